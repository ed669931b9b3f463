/* check_assign.c - assignments: value lists shaped as types2 does it (the
 * right-hand side is evaluated as a list, one multi-valued call giving its
 * results; counts are compared; then each value is assigned), used by var
 * declarations, :=, =, op=, ++/-- and return statements. */
#include <string.h>

#include "arena.h"
#include "check.h"

/* Evaluates rhs; fills l. A single call returning several values expands. */
void check_rhs_list(Checker *c, NodeList rhs, RhsList *l, int nvars) {
    memset(l, 0, sizeof *l);
    l->exprs = rhs;
    if (rhs.len == 1) {
        Node *x = rhs.items[0];
        check_multi_expr(c, x);
        if (nvars == 2 && (x->mode == MODE_MAPINDEX || x->mode == MODE_COMMAOK)) {
            /* v, ok = m[k] (and x.(T), <-ch): the node is marked MODE_COMMAOK */
            x->mode = MODE_COMMAOK;
            l->commaok = true;
            l->n = 2;
            l->types = ARENA_NEWN(perm_arena, Type *, 2);
            l->types[0] = x->type;
            l->types[1] = TYPE(TYPE_UNTYPED_BOOL);
            return;
        }
        if (x->mode != MODE_INVALID && x->type && x->type->kind == TYPE_TUPLE) {
            l->tuple = true;
            l->n = x->type->nfields;
            l->types = ARENA_NEWN(perm_arena, Type *, l->n ? l->n : 1);
            for (int i = 0; i < l->n; i++)
                l->types[i] = x->type->fields[i].type;
            return;
        }
        l->n = 1;
        l->types = ARENA_NEWN(perm_arena, Type *, 1);
        l->types[0] = x->mode == MODE_INVALID ? NULL : x->type;
        l->any_invalid = x->mode == MODE_INVALID;
        return;
    }
    l->n = rhs.len;
    l->types = ARENA_NEWN(perm_arena, Type *, rhs.len ? rhs.len : 1);
    for (int i = 0; i < rhs.len; i++) {
        Node *x = rhs.items[i];
        check_expr(c, x, NULL);
        l->types[i] = x->mode == MODE_INVALID ? NULL : x->type;
        l->any_invalid |= x->mode == MODE_INVALID;
    }
}

/* Assigns value i of l to a target of type t (NULL: blank or new variable).
 * Returns the value's final type, or NULL after an error. */
Type *check_assign_value(Checker *c, RhsList *l, int i, Type *t, const char *context) {
    if (l->commaok) {
        Type *vt = l->types[i];
        if (i == 1 && (!t || check_is_invalid(t)))
            return t ? NULL : TYPE(TYPE_BOOL);
        if (i == 1 && types_is_interface(t)) {
            Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = TYPE(TYPE_BOOL)};
            if (check_assignable(t, &tmp))
                return t; /* the bool goes into the interface */
        }
        if (i == 1 && !types_is_boolean(t)) {
            Node *x = l->exprs.items[0];
            check_error(check_start_pos(x), "cannot use %s (untyped bool value) as type %s in %s", expr_string(x),
                        types_string(t), context);
            return NULL;
        }
        if (i == 1)
            return t;
        if (!t)
            return vt;
        Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = vt};
        if (!check_assignable(t, &tmp)) {
            Node *x = l->exprs.items[0];
            check_error(check_start_pos(x), "cannot use %s (value of type %s) as type %s in %s", expr_string(x),
                        types_string(vt), types_string(t), context);
            return NULL;
        }
        return vt;
    }
    if (!l->tuple) {
        Node *x = l->exprs.items[i];
        if (x->mode == MODE_INVALID)
            return NULL;
        check_assignment(c, x, t, context);
        return x->mode == MODE_INVALID ? NULL : x->type;
    }
    Type *vt = l->types[i];
    if (!t || check_is_invalid(t))
        return t ? NULL : vt;
    Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = vt};
    if (!check_assignable(t, &tmp)) {
        Node *x = l->exprs.items[0];
        check_error(check_start_pos(x), "cannot use %s (value of type %s) as type %s in %s", expr_string(x),
                    types_string(vt), types_string(t), context);
        return NULL;
    }
    return vt;
}

/* Reports a count mismatch unless a value was already in error. */
void check_count_mismatch(RhsList *l, int nvars) {
    if (!l->any_invalid)
        check_assign_error(l->exprs, nvars, l->n);
}

/* Returns a summary of value types as types2 prints it: "(number, string)". */
static const char *types_summary(RhsList *l) {
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < l->n; i++) {
        Type *t = l->types[i];
        if (i)
            buf_puts(&b, ", ");
        buf_puts(&b, !t || t->kind == TYPE_INVALID ? "<T>"
                     : types_is_untyped(t)          ? (types_is_numeric(t) ? "number" : types_string(t) + 8)
                                                    : types_string(t));
    }
    buf_putc(&b, ')');
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}

/* return x, y, ... against the function's result types. */
void check_return_values(Checker *c, Node *s, Type *res) {
    RhsList l;
    check_rhs_list(c, s->ret.results, &l, 0);
    if (l.n != res->nfields) {
        if (l.any_invalid)
            return;
        Node **items = s->ret.results.items;
        Pos at = s->pos;
        if (l.n > res->nfields)
            at = check_start_pos(l.tuple ? items[0] : items[res->nfields]);
        else if (l.n > 0)
            at = check_start_pos(l.tuple ? items[0] : items[l.n - 1]);
        check_error(at, "%s return values\n\thave %s\n\twant %s", l.n > res->nfields ? "too many" : "not enough",
                    types_summary(&l), types_string(res));
        return;
    }
    for (int i = 0; i < l.n; i++)
        check_assign_value(c, &l, i, res->fields[i].type, "return statement");
}

/* ---- assignment statements ---- */

static const char *expr_list_string(NodeList l) {
    Buf b = {0};
    for (int i = 0; i < l.len; i++) {
        if (i)
            buf_puts(&b, ", ");
        buf_puts(&b, expr_string(l.items[i]));
    }
    const char *s = arena_strndup(perm_arena, b.data ? (const char *)b.data : "", b.len);
    buf_free(&b);
    return s;
}

/* Checks an assignment target; returns its type or NULL for `_`. */
Type *check_lhs_expr(Checker *c, Node *x, bool *ok) {
    Node *u = unparen(x);
    if (u->kind == N_IDENT && check_is_blank(u->ident.name)) {
        u->mode = x->mode = MODE_VARIABLE;
        u->type = x->type = NULL;
        return NULL;
    }
    /* assigning to a variable does not count as a use */
    Object *o = u->kind == N_IDENT ? scope_lookup(c->scope, u->ident.name) : NULL;
    unsigned used = o ? o->flags & OBJF_USED : 0;
    check_expr(c, x, NULL);
    if (o && o->kind == OBJ_VAR && !used)
        o->flags &= ~(unsigned)OBJF_USED;
    if (x->mode == MODE_INVALID) {
        *ok = false;
        return NULL;
    }
    if (x->mode != MODE_VARIABLE && x->mode != MODE_MAPINDEX) {
        Node *ux = unparen(x);
        if (ux->kind == N_SELECTOR && ux->selector.selection && ux->selector.selection->kind == SEL_FIELD)
            check_error(check_start_pos(x), "cannot assign to struct field %s in map", expr_string(x));
        else
            check_error(check_start_pos(x), "cannot assign to %s", operand_string(x));
        *ok = false;
        return NULL;
    }
    return x->type;
}

static void plain_assign(Checker *c, Node *s) {
    NodeList lhs = s->assign.lhs, rhs = s->assign.rhs;
    RhsList l;
    check_rhs_list(c, rhs, &l, lhs.len);
    if (l.n != lhs.len) {
        for (int i = 0; i < lhs.len; i++)
            check_use(c, lhs.items[i]);
        check_count_mismatch(&l, lhs.len);
        return;
    }
    bool all_ok = true;
    for (int i = 0; i < lhs.len; i++) {
        bool ok = true;
        Type *t = check_lhs_expr(c, lhs.items[i], &ok);
        if (!ok)
            continue;
        if (!check_assign_value(c, &l, i, t, t ? "assignment" : "assignment to _ identifier") && t)
            all_ok = false;
    }
    /* as types2: no follow-on "declared but not used" after a failed assignment */
    for (int i = 0; !all_ok && i < lhs.len; i++) {
        Node *u = unparen(lhs.items[i]);
        if (u->kind == N_IDENT && u->ident.obj && u->ident.obj->kind == OBJ_VAR)
            u->ident.obj->flags |= OBJF_USED;
    }
}

/* The objects a := declares or reuses, before any right-hand value is used. */
static Object **short_var_lhs(Checker *c, NodeList lhs, bool *any_new) {
    Object **objs = ARENA_NEWN(perm_arena, Object *, lhs.len);
    for (int i = 0; i < lhs.len; i++) {
        Node *id = lhs.items[i];
        if (id->kind != N_IDENT) {
            check_use(c, id);
            check_error(check_start_pos(id), "non-name %s on left side of :=", expr_string(id));
            continue;
        }
        Object *old = check_is_blank(id->ident.name) ? NULL : scope_lookup_local(c->scope, id->ident.name);
        for (int j = 0; j < i && !old; j++)
            if (objs[j] && !check_is_blank(objs[j]->name) && objs[j]->name == intern(id->ident.name)) {
                check_error(id->pos, "%s repeated on left side of :=", id->ident.name);
                old = objs[j];
            }
        id->ident.obj = old;
        if (old) {
            objs[i] = old;
            id->mode = MODE_VARIABLE;
            id->type = old->type;
            continue;
        }
        Object *o = obj_new(OBJ_VAR, id->ident.name, id->pos, NULL, c->pkg);
        o->decl = id;
        o->outer_func = c->func;
        o->flags |= OBJF_CHECK_NEW;
        objs[i] = o;
        id->ident.obj = o;
        if (!check_is_blank(o->name))
            *any_new = true;
    }
    return objs;
}

static bool is_new(Object *o) { return o && (o->flags & OBJF_CHECK_NEW); }

/* Where Go reports := errors: the operator (the parser records it). */
static Pos assign_op_pos(Node *s) { return s->assign.oppos.line ? s->assign.oppos : s->pos; }

static void short_var_decl(Checker *c, Node *s) {
    NodeList lhs = s->assign.lhs, rhs = s->assign.rhs;
    bool any_new = false;
    Object **objs = short_var_lhs(c, lhs, &any_new);
    RhsList l;
    check_rhs_list(c, rhs, &l, lhs.len);
    bool ok = l.n == lhs.len;
    if (!ok)
        check_count_mismatch(&l, lhs.len);
    for (int i = 0; ok && i < lhs.len; i++) {
        Object *o = objs[i];
        Type *want = o && !is_new(o) && o->kind == OBJ_VAR ? o->type : NULL;
        Type *vt = check_assign_value(c, &l, i, want, "assignment");
        if (!vt)
            ok = false;
        if (o && is_new(o)) {
            o->type = vt ? vt : TYPE(TYPE_INVALID);
            lhs.items[i]->mode = MODE_VARIABLE;
            lhs.items[i]->type = o->type;
        }
    }
    for (int i = 0; i < lhs.len; i++) {
        Object *o = objs[i];
        if (!o || !is_new(o))
            continue;
        if (!o->type) {
            o->type = TYPE(TYPE_INVALID);
            lhs.items[i]->type = o->type;
        }
        if (!ok)
            o->flags |= OBJF_USED; /* no follow-on "declared but not used" */
    }
    if (!any_new)
        check_error(assign_op_pos(s), "no new variables on left side of :=");
    for (int i = 0; i < lhs.len; i++) {
        if (!is_new(objs[i]))
            continue;
        objs[i]->flags &= ~(unsigned)OBJF_CHECK_NEW;
        if (check_is_blank(objs[i]->name))
            continue;
        scope_insert(c->scope, objs[i]);
        vec_push(&c->locals, objs[i]);
    }
    if (any_new) /* Go names the whole left side: "x, y" */
        check_block_decl(c, assign_op_pos(s), expr_list_string(lhs));
}

static void op_assign(Checker *c, Node *s) {
    NodeList lhs = s->assign.lhs, rhs = s->assign.rhs;
    if (lhs.len != 1 || rhs.len != 1) {
        check_error(s->pos, "assignment operation %s= requires single-valued expressions",
                   ast_op_string(s->assign.op));
        return;
    }
    /* x op= y is checked as x = x op y */
    Node *bin = ast_new(N_BINARY, lhs.items[0]->pos);
    bin->binary.op = s->assign.op;
    bin->binary.x = lhs.items[0];
    bin->binary.y = rhs.items[0];
    check_expr(c, bin, NULL);
    if (bin->mode == MODE_INVALID)
        return;
    Node *x = lhs.items[0];
    if (x->mode != MODE_VARIABLE && x->mode != MODE_MAPINDEX) {
        check_error(check_start_pos(x), "cannot assign to %s", operand_string(x));
        return;
    }
    check_assignment(c, bin, x->type, "assignment");
}

void check_assign_stmt(Checker *c, Node *s) {
    if (s->assign.op == OP_DEFINE)
        short_var_decl(c, s);
    else if (s->assign.op == OP_ASSIGN)
        plain_assign(c, s);
    else
        op_assign(c, s);
}

void check_incdec(Checker *c, Node *s) {
    Node *x = s->incdec.x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID)
        return;
    if (!types_is_numeric(x->type)) {
        check_error(check_start_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_string(x),
                   s->incdec.op == OP_INC ? "++" : "--", types_string(x->type));
        return;
    }
    if (x->mode != MODE_VARIABLE && x->mode != MODE_MAPINDEX)
        check_error(check_start_pos(x), "cannot assign to %s", operand_string(x));
}
