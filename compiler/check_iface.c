/* check_iface.c - interfaces: interface types (methods, embedded
 * interfaces), method sets and "does T implement I", type assertions and
 * type switches. Implicit conversions of values to interfaces are left on
 * the tree as a value whose type differs from its target's (the back end
 * converts, or reports that it cannot yet). */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"

static int method_cmp(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return strcmp(x->name, y->name);
}

/* Adds m to the method list unless an identical method is there already. */
static void add_method(Vec *ms, StrMap *names, Object *m, Pos pos) {
    Object *o = strmap_get(names, m->name);
    if (o) {
        if (!types_identical(o->type, m->type))
            check_error(pos, "duplicate method %s", m->name);
        return;
    }
    strmap_put(names, m->name, m);
    vec_push(ms, m);
}

Type *check_interface_type(Checker *c, Node *n) {
    Vec ms = {0};
    StrMap names = {0};
    for (int i = 0; i < n->interface_type.methods.len; i++) {
        Node *f = n->interface_type.methods.items[i];
        if (f->field.names.len == 0) {
            Type *e = check_type_expr(c, f->field.type);
            Type *eu = types_underlying(e);
            if (e->kind == TYPE_NAMED && !e->underlying) {
                /* embedding an interface still being declared: completed later */
                vec_push(&c->pending_embeds, n);
                vec_push(&c->pending_embeds, e);
                continue;
            }
            if (check_is_invalid(e)) {
                /* its methods are unknown: so are this interface's (no follow-on errors) */
                vec_free(&ms);
                strmap_free(&names);
                return TYPE(TYPE_INVALID);
            }
            if (eu->kind != TYPE_INTERFACE) {
                check_unsupported(c, check_start_pos(f->field.type), "type constraints");
                continue;
            }
            for (int k = 0; k < eu->nmethods; k++)
                add_method(&ms, &names, eu->methods[k], f->field.type->pos);
            continue;
        }
        Node *id = f->field.names.items[0];
        Type *sig = check_signature(c, f->field.type, NULL, NULL, false);
        Object *m = obj_new(OBJ_FUNC, id->ident.name, id->pos, sig, c->pkg);
        m->decl = f;
        id->ident.obj = m;
        if (check_is_blank(m->name)) {
            check_error(id->pos, "methods must have a unique non-blank name");
            continue;
        }
        add_method(&ms, &names, m, id->pos);
    }
    Type *t = types_new(TYPE_INTERFACE);
    t->nmethods = ms.len;
    t->methods = ARENA_NEWN(perm_arena, Object *, ms.len ? ms.len : 1);
    for (int i = 0; i < ms.len; i++)
        t->methods[i] = ms.items[i];
    qsort(t->methods, (size_t)t->nmethods, sizeof(Object *), method_cmp);
    vec_free(&ms);
    strmap_free(&names);
    return t;
}

/* Adds the methods of interfaces embedded before they were complete. */
void check_complete_interfaces(Checker *c) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i + 1 < c->pending_embeds.len; i += 2) {
            Node *n = c->pending_embeds.items[i];
            Type *e = c->pending_embeds.items[i + 1];
            Type *eu = e->underlying;
            if (!n || !eu)
                continue;
            c->pending_embeds.items[i] = NULL;
            changed = true;
            if (eu == n->type) { /* type I interface{ I } */
                check_error(e->obj->pos, "invalid recursive type %s", e->obj->name);
                continue;
            }
            if (eu->kind != TYPE_INTERFACE)
                continue;
            Type *t = n->type;
            Vec ms = {0};
            StrMap names = {0};
            for (int k = 0; k < t->nmethods; k++)
                add_method(&ms, &names, t->methods[k], n->pos);
            for (int k = 0; k < eu->nmethods; k++)
                add_method(&ms, &names, eu->methods[k], n->pos);
            strmap_free(&names);
            t->methods = ARENA_NEWN(perm_arena, Object *, ms.len ? ms.len : 1);
            for (int k = 0; k < ms.len; k++)
                t->methods[k] = ms.items[k];
            t->nmethods = ms.len;
            qsort(t->methods, (size_t)t->nmethods, sizeof(Object *), method_cmp);
            vec_free(&ms);
        }
    }
}

/* "N(x string) string": a method as Go prints it in have/want lines. */
static const char *method_string(Object *m) {
    return arena_printf(perm_arena, "%s%s", m->name, types_string(m->type) + 4);
}

static bool sig_has_invalid(Type *sig) {
    if (!sig || sig->kind != TYPE_FUNC)
        return true;
    for (int i = 0; i < sig->params->nfields; i++)
        if (check_is_invalid(sig->params->fields[i].type))
            return true;
    for (int i = 0; i < sig->results->nfields; i++)
        if (check_is_invalid(sig->results->fields[i].type))
            return true;
    return false;
}

/* Why t does not implement interface iface, as types2 words it, or NULL if
 * it does: "(missing M method)", "(N method has pointer receiver)", ... */
const char *check_missing_method(Type *t, Type *iface) {
    Type *iu = types_underlying(iface), *tu = types_underlying(t);
    for (int i = 0; i < iu->nmethods; i++) {
        Object *want = iu->methods[i];
        Object *have = NULL;
        bool ptr_only = false;
        if (tu->kind == TYPE_INTERFACE) {
            for (int k = 0; k < tu->nmethods && !have; k++)
                if (tu->methods[k]->name == want->name)
                    have = tu->methods[k];
        } else {
            have = check_find_method(t, want->name, &ptr_only);
        }
        if (!have)
            return arena_printf(perm_arena, "(missing %s method)", want->name);
        if (sig_has_invalid(have->type) || sig_has_invalid(want->type))
            continue; /* errors reported with the method's declaration */
        if (!types_identical(have->type, want->type))
            return arena_printf(perm_arena, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s", want->name,
                                method_string(have), method_string(want));
        if (ptr_only)
            return arena_printf(perm_arena, "(%s method has pointer receiver)", want->name);
    }
    return NULL;
}

/* x.(T) */
void check_type_assert(Checker *c, Node *n) {
    Node *x = n->assert.x;
    check_expr(c, x, NULL);
    if (!n->assert.type) {
        check_error(n->pos, "use of .(type) outside type switch");
        check_invalidate(n);
        return;
    }
    Type *t = check_type_expr(c, n->assert.type);
    if (x->mode == MODE_INVALID || check_is_invalid(t)) {
        check_invalidate(n);
        return;
    }
    if (!types_is_interface(x->type)) {
        check_error(check_start_pos(x), "invalid operation: %s is not an interface", operand_string(x));
        check_invalidate(n);
        return;
    }
    if (!types_is_interface(t)) {
        const char *why = check_missing_method(t, x->type);
        if (why) {
            check_error(check_start_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s",
                        expr_string(n), types_string(t), types_string(x->type), why);
            check_invalidate(n);
            return;
        }
    }
    n->mode = MODE_COMMAOK;
    n->type = t;
}

/* One case type of a type switch; returns it (NULL for nil or errors). */
static Type *type_case(Checker *c, Node *sw, Node *e, Vec *seen, bool *is_nil) {
    Node *x = sw->type_switch.x;
    Node *u = unparen(e);
    *is_nil = false;
    if (u->kind == N_IDENT && !strcmp(u->ident.name, "nil")) {
        Object *o = scope_lookup(c->scope, "nil");
        if (o && o->kind == OBJ_NIL) {
            u->ident.obj = o;
            e->mode = MODE_VALUE;
            e->type = TYPE(TYPE_UNTYPED_NIL);
            *is_nil = true;
            for (int i = 0; i < seen->len; i++) {
                Node *prev = seen->items[i];
                if (prev->type->kind == TYPE_UNTYPED_NIL) {
                    check_error(check_start_pos(e), "duplicate case nil in type switch\n\t%s:%d:%d: previous case",
                                prev->pos.file, prev->pos.line, prev->pos.col);
                    return NULL;
                }
            }
            vec_push(seen, e);
            return NULL;
        }
    }
    Type *t = check_type_expr(c, e);
    if (check_is_invalid(t))
        return NULL;
    for (int i = 0; i < seen->len; i++) {
        Node *prev = seen->items[i];
        if (types_identical(prev->type, t)) {
            check_error(check_start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                        types_string(t), prev->pos.file, prev->pos.line, prev->pos.col);
            return t;
        }
    }
    vec_push(seen, e);
    if (!types_is_interface(t)) {
        const char *why = check_missing_method(t, x->type);
        if (why)
            check_error(check_start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                        expr_string(e), operand_string(x), types_string(t), why);
    }
    return t;
}

/* switch [init;] [v :=] x.(type) { case T1, T2: ... } */
void check_type_switch(Checker *c, Node *s, void (*body)(Checker *, NodeList, void *), void *arg) {
    Node *x = s->type_switch.x;
    check_expr(c, x, NULL);
    bool ok = x->mode != MODE_INVALID;
    if (ok && !types_is_interface(x->type)) {
        check_error(check_start_pos(x), "%s is not an interface", operand_string(x));
        ok = false;
    }
    Node *bind = s->type_switch.bind;
    if (bind && check_is_blank(bind->ident.name))
        check_error(bind->pos, "no new variable on left side of :=");
    NodeList clauses = s->type_switch.body->block.stmts;
    Vec seen = {0};
    bool used = false;
    Node *dflt = NULL;
    Vec objs = {0};
    for (int i = 0; i < clauses.len; i++) {
        Node *cl = clauses.items[i];
        if (cl->case_clause.is_default) {
            if (dflt)
                check_error(cl->pos, "multiple defaults (first at %s:%d:%d)", dflt->pos.file, dflt->pos.line,
                            dflt->pos.col);
            else
                dflt = cl;
        }
        Type *single = NULL;
        int ntypes = 0;
        bool bad_case = false;
        for (int k = 0; ok && k < cl->case_clause.list.len; k++) {
            bool is_nil;
            Type *t = type_case(c, s, cl->case_clause.list.items[k], &seen, &is_nil);
            ntypes++;
            single = is_nil ? NULL : t;
            bad_case |= !is_nil && !t;
        }
        c->scope = scope_new(c->scope, false);
        if (bind && !check_is_blank(bind->ident.name)) {
            Type *vt = ok && !(ntypes == 1 && bad_case) ? (ntypes == 1 && single ? single : x->type)
                                                        : TYPE(TYPE_INVALID);
            Object *o = obj_new(OBJ_VAR, bind->ident.name, bind->pos, vt, c->pkg);
            o->decl = bind;
            o->outer_func = c->func;
            cl->case_clause.implicit = o;
            scope_insert(c->scope, o);
            vec_push(&objs, o);
        }
        body(c, cl->case_clause.body, arg);
        c->scope = c->scope->parent;
    }
    for (int i = 0; i < objs.len; i++)
        used |= (((Object *)objs.items[i])->flags & OBJF_USED) != 0;
    if (bind && !check_is_blank(bind->ident.name)) {
        bind->mode = MODE_VARIABLE;
        bind->type = ok ? x->type : TYPE(TYPE_INVALID);
        if (!used && ok)
            check_error(bind->pos, "%s declared but not used", bind->ident.name);
    }
    vec_free(&seen);
    vec_free(&objs);
}
