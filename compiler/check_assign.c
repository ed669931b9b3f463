/* check_assign.c - assigning lists of values, shaped as types2 does it:
 * the right-hand side is evaluated as a list (one multi-valued call gives
 * its results), counts are compared, then each value is assigned. Used by
 * var declarations, :=, = and return statements. */
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
            if (check_assignable(t, &tmp)) {
                check_unsupported(c, check_start_pos(l->exprs.items[0]), "conversions to interface types");
                return NULL;
            }
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
