/* check_select.c - selectors (fields through embedded structs, methods,
 * pkg.Name) and index expressions on strings, arrays and slices. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"

/* ---- selectors ---- */

/* The result of looking up a field or method (Go spec "Selectors"). */
typedef struct Lookup {
    Object *method;
    Field *field;
    int *path;      /* field indices through embedded fields */
    int npath;
    bool indirect;  /* a pointer is dereferenced on the way */
    bool ptr_recv;  /* method has a pointer receiver */
    int found;      /* matches at the shallowest depth (> 1: ambiguous) */
} Lookup;

/* One candidate type at the current embedding depth. */
typedef struct Probe {
    Type *t;
    int *path;
    int npath;
    bool indirect;
} Probe;

static void probe_push(Vec *v, Type *t, int *path, int npath, int idx, bool ind) {
    Probe *p = ARENA_NEW(perm_arena, Probe);
    p->t = t;
    p->npath = npath + (idx >= 0);
    p->path = ARENA_NEWN(perm_arena, int, p->npath ? p->npath : 1);
    if (npath)
        memcpy(p->path, path, sizeof(int) * (size_t)npath);
    if (idx >= 0)
        p->path[npath] = idx;
    p->indirect = ind;
    vec_push(v, p);
}

/* Checks one candidate for name; records a match in lk. */
static void probe_one(Probe *p, const char *name, Lookup *lk, Vec *next, StrMap *seen) {
    Type *t = p->t;
    bool ind = p->indirect;
    if (t->kind == TYPE_POINTER) {
        t = t->elem;
        ind = true;
    }
    if (t->kind == TYPE_NAMED) {
        char key[32];
        int n = snprintf(key, sizeof key, "%p", (void *)t);
        if (strmap_getn(seen, key, (size_t)n))
            return; /* already searched at a shallower depth */
        strmap_putn(seen, key, (size_t)n, t);
        for (int i = 0; i < t->nmethods; i++)
            if (t->methods[i]->name == name) {
                Type *rt = t->methods[i]->type ? t->methods[i]->type->recv : NULL;
                *lk = (Lookup){.method = t->methods[i], .path = p->path, .npath = p->npath, .indirect = ind,
                               .ptr_recv = rt && rt->kind == TYPE_POINTER, .found = lk->found + 1};
                return;
            }
    }
    Type *u = types_underlying(t);
    if (u->kind == TYPE_INTERFACE) {
        if (ind && p->npath == 0)
            return; /* no methods through a pointer to an interface */
        for (int i = 0; i < u->nmethods; i++)
            if (u->methods[i]->name == name)
                *lk = (Lookup){.method = u->methods[i], .path = p->path, .npath = p->npath, .indirect = ind,
                               .found = lk->found + 1};
        return;
    }
    if (u->kind != TYPE_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        if (f->name == name) {
            Probe q = *p;
            Lookup r = {.field = f, .indirect = ind, .found = lk->found + 1};
            r.npath = q.npath + 1;
            r.path = ARENA_NEWN(perm_arena, int, r.npath);
            if (q.npath)
                memcpy(r.path, q.path, sizeof(int) * (size_t)q.npath);
            r.path[q.npath] = i;
            *lk = r;
        } else if (f->embedded) {
            probe_push(next, f->type, p->path, p->npath, i, ind);
        }
    }
}

/* Finds field or method name in t, shallowest embedding depth first.
 * Returns false if there is none; lk->found > 1 means ambiguous. */
static bool lookup_in(Type *t, const char *name, Lookup *lk, int depth) {
    (void)depth;
    memset(lk, 0, sizeof *lk);
    /* a named pointer type gives access to its base type's fields (not methods) */
    bool fields_only = t->kind == TYPE_NAMED && types_underlying(t)->kind == TYPE_POINTER;
    if (fields_only)
        t = types_underlying(t);
    Vec level = {0}, next = {0};
    StrMap seen = {0};
    probe_push(&level, t, NULL, 0, -1, false);
    for (int d = 0; level.len && d < 64; d++) {
        for (int i = 0; i < level.len; i++)
            probe_one(level.items[i], name, lk, &next, &seen);
        if (lk->found)
            break;
        vec_free(&level);
        level = next;
        next = (Vec){0};
    }
    vec_free(&level);
    vec_free(&next);
    strmap_free(&seen);
    if (fields_only && lk->method)
        lk->found = 0;
    return lk->found > 0;
}

/* Does a struct embed a type that earlier errors made invalid? */
/* The method name of t's method set (promoted through embedded fields);
 * *ptr_only is set when it needs a pointer receiver t does not provide. */
Object *check_find_method(Type *t, const char *name, bool *ptr_only) {
    Lookup lk = {0};
    *ptr_only = false;
    if (!lookup_in(t, intern(name), &lk, 0) || !lk.method)
        return NULL;
    *ptr_only = lk.ptr_recv && !lk.indirect && t->kind != TYPE_POINTER;
    return lk.method;
}

static bool has_invalid_embedding(Type *t, int depth) {
    if (t->kind == TYPE_POINTER)
        t = t->elem;
    Type *u = types_underlying(t);
    if (u->kind != TYPE_STRUCT || depth > 8)
        return false;
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].embedded &&
            (check_is_invalid(u->fields[i].type) || has_invalid_embedding(u->fields[i].type, depth + 1)))
            return true;
    return false;
}

static void qualified(Checker *c, Node *n, Object *pkgname) {
    (void)c;
    pkgname->flags |= OBJF_USED;
    const char *name = n->selector.sel->ident.name;
    Object *o = scope_lookup_local(pkgname->imported->scope, name);
    if (!o && pkgname->imported->missing) {
        check_invalidate(n);
        return;
    }
    if (!o) {
        check_error(n->selector.sel->pos, "undefined: %s.%s", pkgname->imported->name, name);
        check_invalidate(n);
        return;
    }
    Selection *s = ARENA_NEW(perm_arena, Selection);
    s->kind = SEL_QUALIFIED;
    s->obj = o;
    n->selector.selection = s;
    n->selector.sel->ident.obj = o;
    n->type = o->type;
    switch (o->kind) {
    case OBJ_TYPE: n->mode = MODE_TYPE; break;
    case OBJ_BUILTIN: n->mode = MODE_BUILTIN; break;
    case OBJ_CONST: n->mode = MODE_CONST; n->cval = o->cval; break;
    case OBJ_VAR: n->mode = MODE_VARIABLE; break;
    default: n->mode = MODE_VALUE; break;
    }
}

/* T.M or (*T).M: the method as a function taking the receiver first. */
static void method_expr(Checker *c, Node *n, Type *t) {
    const char *name = intern(n->selector.sel->ident.name);
    if (check_is_invalid(t)) {
        check_invalidate(n);
        return;
    }
    Lookup lk;
    bool found = lookup_in(t, name, &lk, 0);
    if (found && lk.field) {
        check_error(n->selector.sel->pos, "%s undefined (type %s has no method %s)", expr_string(n), types_string(t),
                    name);
        check_invalidate(n);
        return;
    }
    if (!found || lk.found > 1) {
        check_error(n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", expr_string(n),
                    types_string(t), name);
        check_invalidate(n);
        return;
    }
    if (lk.ptr_recv && !lk.indirect && t->kind != TYPE_POINTER) {
        check_error(n->selector.sel->pos, "cannot call pointer method %s on %s", name, types_string(t));
        check_invalidate(n);
        return;
    }
    Type *mt = lk.method->type;
    Field *ps = ARENA_NEWN(perm_arena, Field, mt->params->nfields + 1);
    ps[0].name = "";
    ps[0].type = t;
    for (int i = 0; i < mt->params->nfields; i++)
        ps[i + 1] = mt->params->fields[i];
    Selection *s = ARENA_NEW(perm_arena, Selection);
    s->kind = SEL_METHOD_EXPR;
    s->obj = lk.method;
    s->recv = t;
    s->path = lk.path;
    s->npath = lk.npath;
    s->indirect = lk.indirect;
    n->selector.selection = s;
    n->selector.sel->ident.obj = lk.method;
    check_record_dep(c, lk.method);     /* initialisation order sees T.M's body */
    n->mode = MODE_VALUE;
    n->type = types_func(types_tuple(ps, mt->params->nfields + 1), mt->results, mt->variadic);
}

/* Reports a failed lookup of name in t (as types2 words it); false if none. */
static bool lookup_failed(Node *n, Type *t, const char *name, bool found, Lookup *lk) {
    if (!found && t->kind == TYPE_POINTER && types_is_interface(t->elem)) {
        check_error(n->selector.sel->pos, "%s undefined (type %s is pointer to interface, not interface)",
                    expr_string(n), types_string(t));
        return true;
    }
    if (!found && has_invalid_embedding(t, 0))
        return true; /* the field may be in a type that had errors */
    if (!found) {
        check_error(n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", expr_string(n),
                    types_string(t), name);
        return true;
    }
    if (lk->found > 1) {
        check_error(n->selector.sel->pos, "ambiguous selector %s", expr_string(n));
        return true;
    }
    return false;
}

/* x.f or x.M found by lookup: the selection and the node's mode and type. */
static void selected(Node *n, Node *x, Type *t, Lookup *lk) {
    Selection *s = ARENA_NEW(perm_arena, Selection);
    s->recv = t;
    s->indirect = lk->indirect;
    s->npath = lk->npath;
    s->path = ARENA_NEWN(perm_arena, int, lk->npath ? lk->npath : 1);
    memcpy(s->path, lk->path, sizeof(int) * (size_t)lk->npath);
    n->selector.selection = s;
    if (lk->field) {
        s->kind = SEL_FIELD;
        n->type = lk->field->type;
        n->mode = x->mode == MODE_VARIABLE || lk->indirect ? MODE_VARIABLE : MODE_VALUE;
        if (check_is_invalid(n->type))
            check_invalidate(n);
        return;
    }
    s->kind = SEL_METHOD;
    s->obj = lk->method;
    n->selector.sel->ident.obj = lk->method;
    if (lk->ptr_recv && !lk->indirect && t->kind != TYPE_POINTER) {
        if (x->mode != MODE_VARIABLE) {
            check_error(check_start_pos(n), "cannot call pointer method %s on %s", lk->method->name,
                        types_string(t));
            check_invalidate(n);
            return;
        }
        check_mark_addr_taken(x); /* x.M() means (&x).M() */
    }
    Type *mt = lk->method->type;
    n->type = types_func(mt->params, mt->results, mt->variadic);
    n->mode = MODE_VALUE;
}

void check_selector(Checker *c, Node *n) {
    Node *x = n->selector.x;
    if (x->kind == N_IDENT) {
        Object *o = scope_lookup(c->scope, x->ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            x->ident.obj = o;
            qualified(c, n, o);
            return;
        }
    }
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    if (x->mode == MODE_TYPE) {
        method_expr(c, n, x->type);
        return;
    }
    const char *name = intern(n->selector.sel->ident.name);
    Lookup lk = {0};
    Type *t = x->type;
    if (check_is_invalid(t) || (t->kind == TYPE_POINTER && check_is_invalid(t->elem))) {
        check_invalidate(n);
        return;
    }
    bool found = (t->kind != TYPE_POINTER || types_underlying(t->elem)->kind != TYPE_POINTER) &&
                 lookup_in(t, name, &lk, 0);
    if (lookup_failed(n, t, name, found, &lk)) {
        check_invalidate(n);
        return;
    }
    selected(n, x, t, &lk);
    if (lk.method)
        check_record_dep(c, lk.method);     /* initialisation order sees x.M's body */
}

/* ---- index expressions ---- */

bool check_index(Checker *c, Node *i, int64_t length) {
    check_expr(c, i, NULL);
    if (i->mode == MODE_INVALID)
        return false;
    if (i->mode == MODE_CONST && types_is_untyped(i->type)) {
        check_convert_untyped(c, i, TYPE(TYPE_INT));
        if (i->mode == MODE_INVALID)
            return false;
    }
    if (!types_is_integer(i->type)) {
        check_error(check_start_pos(i), "invalid argument: index %s must be integer", operand_string(i));
        return false;
    }
    if (i->mode == MODE_CONST) {
        if (const_sign(i->cval) < 0) {
            check_error(check_start_pos(i), "invalid argument: index %s must not be negative", operand_string(i));
            return false;
        }
        if (length == 0 || (length > 0 && !const_fits_uint(i->cval, (uint64_t)length - 1))) {
            check_error(check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", const_text(i->cval),
                       (long long)length);
            return false;
        }
    }
    return true;
}

void check_index_expr(Checker *c, Node *n) {
    Node *x = n->index.x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID || n->index.indices.len != 1) {
        for (int i = 0; i < n->index.indices.len; i++)
            check_use(c, n->index.indices.items[i]);
        if (n->index.indices.len != 1)
            check_unsupported(c, n->pos, "generics");
        check_invalidate(n);
        return;
    }
    Node *i = n->index.indices.items[0];
    Type *u = types_underlying(x->type);
    int64_t length = -1;
    if (u->kind == TYPE_POINTER && types_underlying(u->elem)->kind == TYPE_ARRAY)
        u = types_underlying(u->elem), n->mode = MODE_VARIABLE;
    else
        n->mode = MODE_VALUE;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (types_is_untyped(x->type))
            check_set_final_type(x, TYPE(TYPE_STRING));
        n->type = types_byte;
        n->mode = MODE_VALUE;
        break;
    case TYPE_ARRAY:
        length = u->len;
        n->type = u->elem;
        if (x->mode == MODE_VARIABLE)
            n->mode = MODE_VARIABLE;
        break;
    case TYPE_SLICE:
        n->type = u->elem;
        n->mode = MODE_VARIABLE;
        break;
    case TYPE_MAP:
        check_expr(c, i, NULL);
        if (i->mode != MODE_INVALID)
            check_assignment(c, i, u->key, "map index");
        n->mode = i->mode == MODE_INVALID ? MODE_INVALID : MODE_MAPINDEX;
        n->type = u->elem;
        return;
    default:
        check_use(c, i);
        check_error(check_start_pos(x), "invalid operation: cannot index %s", operand_string(x));
        check_invalidate(n);
        return;
    }
    if (x->mode == MODE_CONST && types_is_string(x->type)) {
        int64_t len;
        const_string(x->cval, &len);
        length = len;
    }
    if (!check_index(c, i, length))
        check_invalidate(n);
}
