/* check_decl.c - declarations: resolving package-level objects lazily (consts,
 * vars, types, func signatures), type expressions, signatures, local
 * declarations, and function bodies. */
#include <string.h>

#include "arena.h"
#include "check.h"

bool check_is_blank(const char *name) { return name[0] == '_' && name[1] == 0; }

void check_unsupported(Checker *c, Pos pos, const char *feature) {
    (void)c;
    size_t first = strcspn(feature, " ");
    bool plural = feature[strlen(feature) - 1] == 's' || (first > 0 && feature[first - 1] == 's');
    check_error(pos, "gocc: %s %s not supported yet", feature, plural ? "are" : "is");
}

/* ---- type expressions ---- */

static Type *invalid(void) { return TYPE(TYPE_INVALID); }

static int64_t array_length(Checker *c, Node *len) {
    check_expr(c, len, NULL);
    if (len->mode == MODE_INVALID)
        return -1;
    if (len->mode != MODE_CONST) {
        check_error(len->pos, "array length %s must be constant", operand_string(len));
        return -1;
    }
    if (types_is_untyped(len->type) || types_is_integer(len->type)) {
        ConstValue *v = const_to_int(len->cval);
        if (v && const_fits_uint(v, (uint64_t)1 << 40)) {
            check_set_final_type(len, types_is_untyped(len->type) ? TYPE(TYPE_INT) : len->type);
            return const_int64(v);
        }
        if (v && const_sign(v) < 0) {
            check_error(len->pos, "invalid array length %s", operand_string(len));
            return -1;
        }
    }
    check_error(len->pos, "array length %s must be integer", operand_string(len));
    return -1;
}

/* Embedded fields are type names or pointers to non-pointer, non-interface
 * type names (checked when the type is known). */
/* An embedded field's name: the type name as written (T, *T, pkg.T), so
 * that `type Int = int; struct{ Int }` has a field Int, not int. */
static const char *embedded_name(Node *texpr, Type *ft) {
    Node *n = texpr;
    while (n && (n->kind == N_PAREN || n->kind == N_STAR))
        n = n->kind == N_PAREN ? n->paren.x : n->star.x;
    if (n && n->kind == N_IDENT)
        return intern(n->ident.name);
    if (n && n->kind == N_SELECTOR && n->selector.sel)
        return intern(n->selector.sel->ident.name);
    Type *base = ft->kind == TYPE_POINTER ? ft->elem : ft;
    return base->kind == TYPE_NAMED ? base->obj->name : types_string(base);
}

static void embedded_field_check(Checker *c, Type *ft, Pos pos) {
    bool ptr = ft->kind == TYPE_POINTER;
    Type *t = ptr ? ft->elem : ft;
    if (t->kind == TYPE_NAMED && !t->underlying) {
        Field *f = ARENA_NEW(perm_arena, Field); /* checked once t is complete */
        f->type = ft;
        f->pos = pos;
        vec_push(&c->pending_embedded, f);
        return;
    }
    Type *u = types_underlying(t);
    if (u->kind == TYPE_UNSAFE_POINTER)
        check_error(pos, "embedded field type cannot be unsafe.Pointer");
    else if (u->kind == TYPE_POINTER)
        check_error(pos, "embedded field type cannot be a pointer");
    else if (ptr && u->kind == TYPE_INTERFACE)
        check_error(pos, "embedded field type cannot be a pointer to an interface");
}

void check_pending_embedded(Checker *c) {
    Vec v = c->pending_embedded;
    c->pending_embedded = (Vec){0};
    for (int i = 0; i < v.len; i++) {
        Field *f = v.items[i];
        Type *t = f->type->kind == TYPE_POINTER ? f->type->elem : f->type;
        if (t->underlying)
            embedded_field_check(c, f->type, f->pos);
    }
    vec_free(&v);
}

static Type *struct_type(Checker *c, Node *n) {
    Vec fields = {0};
    StrMap seen = {0};
    for (int i = 0; i < n->struct_type.fields.len; i++) {
        Node *f = n->struct_type.fields.items[i];
        Type *ft = check_type_expr(c, f->field.type);
        const char *tag = NULL;
        if (f->field.tag) {
            ConstValue *v = const_from_literal(LIT_STRING, f->field.tag->lit.value);
            tag = v ? const_string(v, NULL) : NULL;
        }
        int nnames = f->field.embedded ? 1 : f->field.names.len;
        for (int j = 0; j < nnames; j++) {
            Field *fd = ARENA_NEW(perm_arena, Field);
            fd->type = ft;
            fd->tag = tag;
            fd->pkg = c->pkg;
            fd->embedded = f->field.embedded;
            if (f->field.embedded) {
                fd->name = embedded_name(f->field.type, ft);
                fd->pos = f->field.type->pos;
            } else {
                fd->name = intern(f->field.names.items[j]->ident.name);
                fd->pos = f->field.names.items[j]->pos;
            }
            if (!check_is_blank(fd->name) && strmap_get(&seen, fd->name)) {
                check_error(fd->pos, "%s redeclared", fd->name);
                continue; /* dropped: no ambiguous selectors later */
            }
            strmap_put(&seen, fd->name, fd);
            if (fd->embedded)
                embedded_field_check(c, ft, fd->pos);
            vec_push(&fields, fd);
        }
    }
    Type *t = types_new(TYPE_STRUCT);
    t->nfields = fields.len;
    t->fields = ARENA_NEWN(perm_arena, Field, fields.len);
    for (int i = 0; i < fields.len; i++)
        t->fields[i] = *VEC_AT(fields, Field *, i);
    vec_free(&fields);
    strmap_free(&seen);
    return t;
}

static Type *qualified_type(Checker *c, Node *n) {
    check_expr_or_type(c, n);
    if (n->mode == MODE_TYPE)
        return n->type;
    if (n->mode != MODE_INVALID)
        check_error(check_start_pos(n), "%s is not a type", operand_string(n));
    return invalid();
}

Type *check_type_expr(Checker *c, Node *n) {
    Type *t;
    switch (n->kind) {
    case N_IDENT:
    case N_SELECTOR:
        t = qualified_type(c, n);
        break;
    case N_PAREN: t = check_type_expr(c, n->paren.x); break;
    case N_STAR:
        t = check_type_expr(c, n->star.x);
        t = check_is_invalid(t) && t->kind != TYPE_NAMED ? t : types_pointer(t);
        break;
    case N_ARRAY_TYPE: {
        Type *elem = check_type_expr(c, n->array_type.elem);
        if (!n->array_type.len) {
            t = types_slice(elem);
        } else if (n->array_type.len->kind == N_ELLIPSIS) {
            check_error(n->array_type.len->pos, "invalid use of [...] array (outside a composite literal)");
            t = invalid();
        } else {
            int64_t len = array_length(c, n->array_type.len);
            t = len < 0 ? invalid() : types_array(elem, len);
        }
        break;
    }
    case N_STRUCT_TYPE: t = struct_type(c, n); break;
    case N_FUNC_TYPE: t = check_signature(c, n, NULL, NULL, false); break;
    case N_INTERFACE_TYPE: t = check_interface_type(c, n); break;
    case N_MAP_TYPE: {
        t = types_new(TYPE_MAP);
        t->key = check_type_expr(c, n->map_type.key);
        t->elem = check_type_expr(c, n->map_type.value);
        /* a named key type still being declared is checked when complete */
        Type *k = t->key;
        /* inside a type declaration the key may depend on incomplete types */
        bool pending = (k->kind == TYPE_NAMED && !k->underlying) || (c->decl && c->decl->kind == OBJ_TYPE);
        if (pending) {
            vec_push(&c->pending_keys, n);
        } else if (!check_is_invalid(k) && !types_comparable(k)) {
            check_error(check_start_pos(n->map_type.key), "invalid map key type %s", types_string(k));
            t = invalid();
        }
        break;
    }
    case N_CHAN_TYPE:
        t = types_new(TYPE_CHAN);
        t->dir = n->chan_type.dir;
        t->elem = check_type_expr(c, n->chan_type.elem);
        break;
    default:
        check_expr_or_type(c, n);
        if (n->mode != MODE_INVALID)
            check_error(n->pos, "%s is not a type", expr_string(n));
        t = invalid();
        break;
    }
    n->mode = MODE_TYPE;
    n->type = t;
    return t;
}

/* Map key types that were incomplete when the map type was built. */
void check_pending_map_keys(Checker *c) {
    for (int i = 0; i < c->pending_keys.len; i++) {
        Node *n = c->pending_keys.items[i];
        Type *k = n->type && n->type->kind == TYPE_MAP ? n->type->key : NULL;
        if (k && !check_is_invalid(k) && !types_comparable(k))
            check_error(check_start_pos(n->map_type.key), "invalid map key type %s", types_string(k));
    }
    vec_free(&c->pending_keys);
}

/* ---- signatures ---- */

static Object *declare_var(Checker *c, Scope *scope, Node *ident, Type *t, unsigned flags) {
    Object *o = obj_new(OBJ_VAR, ident->ident.name, ident->pos, t, c->pkg);
    o->flags = flags;
    o->decl = ident;
    o->outer_func = c->func;
    ident->ident.obj = o;
    ident->type = t;
    ident->mode = MODE_VARIABLE;
    /* duplicates were reported with the signature (check_signature) */
    if (scope && !check_is_blank(o->name))
        scope_insert(scope, o);
    return o;
}

/* Builds a tuple from an N_FIELD list; declares the names in scope if given. */
static Type *field_tuple(Checker *c, NodeList list, Scope *scope, unsigned flags, bool *variadic, StrMap *seen) {
    Vec fields = {0};
    for (int i = 0; i < list.len; i++) {
        Node *f = list.items[i];
        Node *tx = f->field.type;
        Type *t;
        if (tx->kind == N_ELLIPSIS) {
            if (!variadic || i != list.len - 1 || f->field.names.len > 1) {
                check_error(tx->pos, "can only use ... with final parameter in list");
                t = invalid();
            } else {
                *variadic = true;
                t = types_slice(check_type_expr(c, tx->ellipsis.elem));
            }
            tx->mode = MODE_TYPE;
            tx->type = t;
        } else {
            t = check_type_expr(c, tx);
        }
        int n = f->field.names.len ? f->field.names.len : 1;
        for (int j = 0; j < n; j++) {
            Field *fd = ARENA_NEW(perm_arena, Field);
            fd->type = t;
            fd->name = "";
            if (f->field.names.len) {
                Node *id = f->field.names.items[j];
                fd->name = intern(id->ident.name);
                fd->pos = id->pos;
                if (!check_is_blank(fd->name) && strmap_put(seen, fd->name, fd))
                    check_error(id->pos, "%s redeclared in this block", fd->name);
                if (scope)
                    declare_var(c, scope, id, t, flags);
            }
            vec_push(&fields, fd);
        }
    }
    Field *arr = ARENA_NEWN(perm_arena, Field, fields.len);
    for (int i = 0; i < fields.len; i++)
        arr[i] = *VEC_AT(fields, Field *, i);
    Type *tup = types_tuple(arr, fields.len);
    vec_free(&fields);
    return tup;
}

/* The signature of an N_FUNC_TYPE (and receiver); with declare, parameter
 * objects are created in scope (function bodies). */
Type *check_signature(Checker *c, Node *ftype, Node *recv, Scope *scope, bool declare) {
    Scope *s = declare ? scope : NULL;
    Type *rt = NULL;
    StrMap seen = {0}; /* receiver, parameter and result names share one block */
    if (recv) {
        NodeList one = {&recv, 1};
        Type *r = field_tuple(c, one, s, OBJF_PARAM, NULL, &seen);
        rt = r->fields[0].type;
    }
    bool variadic = false;
    Type *params = field_tuple(c, ftype->func_type.params, s, OBJF_PARAM, &variadic, &seen);
    Type *results = field_tuple(c, ftype->func_type.results, s, OBJF_RESULT, NULL, &seen);
    strmap_free(&seen);
    Type *t = types_func(params, results, variadic);
    t->recv = rt;
    return t;
}

/* ---- package-level objects ---- */

static void const_decl(Checker *c, Object *obj, DeclInfo *d) {
    Node *spec = d->spec;
    Type *t = NULL;
    if (spec->value_spec.type) {
        t = check_type_expr(c, spec->value_spec.type);
        Type *u = types_underlying(t);
        if (u->kind != TYPE_INVALID && !(u->kind <= TYPE_STRING && u->kind >= TYPE_BOOL)) {
            check_error(spec->value_spec.type->pos, "invalid constant type %s", types_string(t));
            t = invalid();
        }
    }
    obj->type = invalid();
    if (d->index >= spec->value_spec.values.len) {
        if (d->index == spec->value_spec.values.len || spec->value_spec.values.len == 0)
            check_error(obj->pos, spec->value_spec.values.len ? "missing init expr for const declaration"
                                                             : "missing init expr for const declaration");
        return;
    }
    Node *x = spec->value_spec.values.items[d->index];
    ConstValue *outer_iota = c->iota; /* const decls nest through function literals */
    c->iota = const_make_int64(spec->value_spec.iota);
    check_expr(c, x, t);
    c->iota = outer_iota;
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode != MODE_CONST) {
        check_error(x->pos, "%s is not constant", operand_string(x));
        return;
    }
    if (t) {
        if (t->kind == TYPE_INVALID)
            return;
        check_assignment(c, x, t, "constant declaration");
        if (x->mode == MODE_INVALID)
            return;
    }
    obj->type = x->type;
    obj->cval = x->cval;
    if (d->index == spec->value_spec.values.len - 1 && spec->value_spec.names.len < spec->value_spec.values.len &&
        !spec->value_spec.implicit)
        check_error(spec->value_spec.values.items[spec->value_spec.names.len]->pos, "extra init expr");
}

static Object *spec_obj(Node *spec, int i) { return spec->value_spec.names.items[i]->ident.obj; }

/* Checks all names of a package-level or local var spec together. */
/* After a failed initialisation: no follow-on errors for these variables. */
static void spec_vars_failed(Node *spec, bool typed) {
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Object *o = spec_obj(spec, i);
        o->flags |= OBJF_USED;
        if (!typed)
            o->type = invalid();
    }
}

/* Checks all names of a package-level or local var spec together. */
static void var_spec(Checker *c, Node *spec) {
    NodeList names = spec->value_spec.names, values = spec->value_spec.values;
    Type *t = spec->value_spec.type ? check_type_expr(c, spec->value_spec.type) : NULL;
    for (int i = 0; i < names.len; i++)
        spec_obj(spec, i)->type = t ? t : invalid();
    if (values.len == 0) {
        if (!t)
            check_error(names.items[0]->pos, "missing type or init expr");
        return;
    }
    if (values.len == names.len) {
        /* each variable with its own initialiser */
        for (int i = 0; i < names.len; i++) {
            Node *x = values.items[i];
            Object *o = spec_obj(spec, i);
            check_expr(c, x, NULL);
            if (x->mode != MODE_INVALID)
                check_assignment(c, x, t, "variable declaration");
            if (x->mode == MODE_INVALID) {
                o->flags |= OBJF_USED;
                continue;
            }
            if (!t)
                o->type = x->type;
        }
        return;
    }
    RhsList l;
    check_rhs_list(c, values, &l, names.len);
    if (l.n != names.len) {
        spec_vars_failed(spec, t != NULL);
        check_count_mismatch(&l, names.len);
        return;
    }
    bool ok = true;
    for (int i = 0; i < names.len; i++) {
        Type *vt = check_assign_value(c, &l, i, t, "assignment");
        ok &= vt != NULL;
        if (vt && !t)
            spec_obj(spec, i)->type = vt;
    }
    if (!ok)
        spec_vars_failed(spec, true);
}

static void type_decl(Checker *c, Object *obj, DeclInfo *d) {
    Node *spec = d->spec;
    if (spec->type_spec.alias) {
        Type *t = check_type_expr(c, spec->type_spec.type);
        if (!obj->type || obj->type->kind == TYPE_INVALID || !d->alias_reentered)
            obj->type = t;
        return;
    }
    Type *named = types_named(obj);
    obj->type = named;
    Type *rhs = check_type_expr(c, spec->type_spec.type);
    if (rhs->kind == TYPE_NAMED && !rhs->underlying) {
        /* type T2 T1 while T1 is still being declared: T2 gets T1's
         * underlying type when T1 is complete (check_resolve_pending) */
        vec_push(&c->pending_named, named);
        vec_push(&c->pending_named, rhs);
        vec_push(&c->named_from, named);
        vec_push(&c->named_from, rhs);
        return;
    }
    named->underlying = types_underlying(rhs);
    check_resolve_pending(c, false);
    check_complete_interfaces(c);
}

/* Completes named types declared as other named types that were incomplete;
 * at the end (final) what remains is a cycle: "invalid recursive type". */
void check_resolve_pending(Checker *c, bool final) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i + 1 < c->pending_named.len; i += 2) {
            Type *named = c->pending_named.items[i], *rhs = c->pending_named.items[i + 1];
            if (named->underlying || !rhs->underlying)
                continue;
            named->underlying = rhs->underlying;
            changed = true;
        }
    }
    if (!final)
        return;
    /* what is left are cycles of names (type A B; type B A): one error per
     * cycle, at the member declared first */
    for (;;) {
        Type *first = NULL;
        for (int i = 0; i + 1 < c->pending_named.len; i += 2) {
            Type *named = c->pending_named.items[i];
            if (!named->underlying && (!first || named->obj->pos.line < first->obj->pos.line ||
                                       (named->obj->pos.line == first->obj->pos.line &&
                                        named->obj->pos.col < first->obj->pos.col)))
                first = named;
        }
        if (!first)
            break;
        check_error(first->obj->pos, "invalid recursive type %s", first->obj->name);
        /* everything on first's chain shares its fate */
        for (Type *t = first; t && !t->underlying;) {
            t->underlying = invalid();
            Type *next = NULL;
            for (int i = 0; i + 1 < c->pending_named.len; i += 2)
                if (c->pending_named.items[i] == t)
                    next = c->pending_named.items[i + 1];
            t = next;
        }
        check_resolve_pending(c, false);
    }
    vec_free(&c->pending_named);
}

static void func_decl(Checker *c, Object *obj, DeclInfo *d) {
    Node *fd = d->spec;
    obj->type = check_signature(c, fd->func_decl.type, fd->func_decl.recv, NULL, false);
}

/* Resolves a package-level object's declaration (once; detects cycles). */
void check_obj_decl(Checker *c, Object *obj) {
    DeclInfo *d = obj->check;
    if (!d || d->state == 2)
        return;
    if (d->state == 1) {
        if (obj->kind == OBJ_TYPE && d->spec->type_spec.alias && !d->alias_reentered) {
            /* type F = func(T) used inside T's declaration: evaluate the
             * alias's right-hand side again (T itself is known by now) */
            d->alias_reentered = true;
            Scope *saved = c->scope;
            c->scope = d->file_scope;
            obj->type = check_type_expr(c, d->spec->type_spec.type);
            c->scope = saved;
            d->alias_reentered = false;
            return;
        }
        if (obj->kind == OBJ_TYPE && obj->type && !d->spec->type_spec.alias)
            return; /* a named type may refer to itself (through pointers etc.) */
        if (obj->kind == OBJ_FUNC)
            return;
        if (obj->kind == OBJ_TYPE)
            check_error(obj->pos, "invalid recursive type %s", obj->name);
        else
            check_error(obj->pos, "initialization loop for %s", obj->name);
        obj->type = invalid();
        return;
    }
    d->state = 1;
    Checker saved = *c;
    c->closure = &c->glob_ctx;
    c->scope = d->file_scope;
    c->decl = obj;
    c->func = NULL;
    c->iota = NULL;
    switch (obj->kind) {
    case OBJ_CONST: const_decl(c, obj, d); break;
    case OBJ_TYPE: type_decl(c, obj, d); break;
    case OBJ_FUNC: func_decl(c, obj, d); break;
    case OBJ_VAR: {
        Node *spec = d->spec;
        for (int i = 0; i < spec->value_spec.names.len; i++) {
            DeclInfo *di = spec_obj(spec, i)->check;
            if (di)
                di->state = 1;
        }
        var_spec(c, spec);
        for (int i = 0; i < spec->value_spec.names.len; i++) {
            DeclInfo *di = spec_obj(spec, i)->check;
            if (di)
                di->state = 2;
        }
        break;
    }
    default: break;
    }
    c->scope = saved.scope;
    c->decl = saved.decl;
    c->func = saved.func;
    c->iota = saved.iota;
    c->closure = saved.closure;
    d->state = 2;
}

/* ---- local declarations ---- */

static void local_const_spec(Checker *c, Node *spec) {
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Node *id = spec->value_spec.names.items[i];
        Object *o = obj_new(OBJ_CONST, id->ident.name, id->pos, NULL, c->pkg);
        DeclInfo d = {.spec = spec, .index = i};
        const_decl(c, o, &d);
        o->flags |= OBJF_USED; /* unused constants are not an error */
        id->ident.obj = o;
        id->mode = MODE_CONST;
        id->type = o->type;
        id->cval = o->cval;
    }
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Object *o = spec->value_spec.names.items[i]->ident.obj;
        if (!check_is_blank(o->name) && scope_insert(c->scope, o))
            check_error(o->pos, "%s redeclared in this block", o->name);
    }
}

static void local_var_spec(Checker *c, Node *spec) {
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Node *id = spec->value_spec.names.items[i];
        Object *o = obj_new(OBJ_VAR, id->ident.name, id->pos, NULL, c->pkg);
        o->decl = spec;
        o->outer_func = c->func;
        id->ident.obj = o;
    }
    var_spec(c, spec); /* initialisers are checked before the names are in scope */
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Node *id = spec->value_spec.names.items[i];
        Object *o = id->ident.obj;
        id->type = o->type;
        id->mode = MODE_VARIABLE;
        if (check_is_blank(o->name))
            continue;
        if (scope_insert(c->scope, o)) {
            check_error(o->pos, "%s redeclared in this block", o->name);
            continue;
        }
        vec_push(&c->locals, o);
        if (i == 0)
            check_block_decl(c, o->pos, o->name);
    }
}

static void local_type_spec(Checker *c, Node *spec) {
    Node *id = spec->type_spec.name;
    Object *o = obj_new(OBJ_TYPE, id->ident.name, id->pos, NULL, c->pkg);
    DeclInfo d = {.spec = spec};
    o->flags |= OBJF_USED;
    if (!check_is_blank(o->name) && scope_insert(c->scope, o))
        check_error(o->pos, "%s redeclared in this block", o->name);
    type_decl(c, o, &d);
    check_resolve_pending(c, true);
    check_complete_interfaces(c);
    check_pending_embedded(c);
    check_value_cycles(c, &o, 1);
    check_pending_map_keys(c);
    id->ident.obj = o;
    id->mode = MODE_TYPE;
    id->type = o->type;
    if (o->type->kind == TYPE_NAMED)
        o->link_name = arena_printf(perm_arena, "%s.%s", c->pkg->path, o->name);
}

void check_local_decl(Checker *c, Node *gd) {
    for (int i = 0; i < gd->gen_decl.specs.len; i++) {
        Node *spec = gd->gen_decl.specs.items[i];
        switch (gd->gen_decl.tok) {
        case OP_CONST: local_const_spec(c, spec); break;
        case OP_VAR: local_var_spec(c, spec); break;
        case OP_TYPE: local_type_spec(c, spec); break;
        default: break;
        }
    }
}

/* ---- function bodies ---- */

static void report_unused(Checker *c, int from) {
    for (int i = from; i < c->locals.len; i++) {
        Object *o = VEC_AT(c->locals, Object *, i);
        if (!(o->flags & OBJF_USED) && !(o->flags & (OBJF_PARAM | OBJF_RESULT)) && !check_is_invalid(o->type))
            check_error(o->pos, "%s declared but not used", o->name);
    }
}

/* Declares the objects of an N_FIELD list whose types are already in tuple. */
static void declare_fields(Checker *c, NodeList list, Type *tuple, unsigned flags) {
    int k = 0;
    for (int i = 0; i < list.len; i++) {
        Node *f = list.items[i];
        if (f->field.names.len == 0) {
            k++;
            continue;
        }
        for (int j = 0; j < f->field.names.len && k < tuple->nfields; j++, k++)
            declare_var(c, c->scope, f->field.names.items[j], tuple->fields[k].type, flags);
    }
}

void check_declare_params(Checker *c, Node *recv, Node *ftype, Type *sig) {
    if (recv && recv->field.names.len == 1)
        declare_var(c, c->scope, recv->field.names.items[0], sig->recv, OBJF_PARAM);
    declare_fields(c, ftype->func_type.params, sig->params, OBJF_PARAM);
    declare_fields(c, ftype->func_type.results, sig->results, OBJF_RESULT);
}

void check_func_body(Checker *c, Object *fn) {
    Node *fd = fn->decl;
    DeclInfo *d = fn->check;
    Checker saved = *c;
    c->func = fn;
    c->decl = fn;
    c->sig = fn->type;
    c->locals = (Vec){0};
    c->labels = (Vec){0};
    ClosureCtx ctx = {.fn = fn};
    c->closure = &ctx;
    Scope *s = scope_new(d->file_scope, true);
    c->scope = s;
    check_declare_params(c, fd->func_decl.recv, fd->func_decl.type, fn->type);
    check_block(c, fd->func_decl.body);
    if (fn->type->results->nfields > 0 && !check_is_terminating(fd->func_decl.body, NULL))
        check_error(fd->func_decl.body->block.rbrace, "missing return");
    report_unused(c, 0);
    vec_free(&c->locals);
    vec_free(&c->labels);
    c->func = saved.func;
    c->decl = saved.decl;
    c->sig = saved.sig;
    c->scope = saved.scope;
    c->locals = saved.locals;
    c->labels = saved.labels;
    c->closure = saved.closure;
}
