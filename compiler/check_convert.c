/* check_convert.c - untyped values and assignability: implicit conversion
 * of untyped constants and values to their context's type (recording the
 * final type on the tree), representability errors, and the assignability
 * rules used by assignments, arguments, returns and comparisons. */
#include <string.h>

#include "arena.h"
#include "check.h"

/* ---- untyped values ---- */

/* Sets the final type of an untyped expression tree (after conversion). */
void check_set_final_type(Node *n, Type *t) {
    if (!n || !types_is_untyped(n->type))
        return;
    n->type = t;
    switch (n->kind) {
    case N_PAREN: check_set_final_type(n->paren.x, t); break;
    case N_UNARY: check_set_final_type(n->unary.x, t); break;
    case N_BINARY:
        switch (n->binary.op) {
        case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
            break; /* operands keep their own types */
        case OP_SHL: case OP_SHR: check_set_final_type(n->binary.x, t); break;
        default:
            check_set_final_type(n->binary.x, t);
            check_set_final_type(n->binary.y, t);
            break;
        }
        break;
    default: break;
    }
}

int check_untyped_rank(Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_INT: return 1;
    case TYPE_UNTYPED_RUNE: return 2;
    case TYPE_UNTYPED_FLOAT: return 3;
    case TYPE_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Can an untyped value of kind `from` be converted to (basic) target at all? */
static bool untyped_kind_ok(Type *from, Type *target) {
    Type *u = types_underlying(target);
    if (from->kind == TYPE_UNTYPED_NIL)
        return u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_SLICE ||
               u->kind == TYPE_MAP || u->kind == TYPE_CHAN || u->kind == TYPE_FUNC ||
               u->kind == TYPE_INTERFACE;
    if (u->kind == TYPE_INTERFACE)
        return u->nmethods == 0;
    if (from->kind == TYPE_UNTYPED_BOOL)
        return types_is_boolean(u);
    if (from->kind == TYPE_UNTYPED_STRING)
        return types_is_string(u);
    return types_is_numeric(u);
}

/* Converts untyped x to target in an implicit context; returns REPR_*. */
int check_implicit_convert(Checker *c, Node *x, Type *target) {
    (void)c;
    if (!types_is_untyped(x->type) || target->kind == TYPE_INVALID)
        return REPR_OK;
    if (types_is_untyped(target)) {
        /* both untyped: the larger numeric kind wins */
        if (check_untyped_rank(x->type) && check_untyped_rank(target)) {
            if (check_untyped_rank(target) > check_untyped_rank(x->type))
                check_set_final_type(x, target);
            return REPR_OK;
        }
        return x->type->kind == target->kind ? REPR_OK : REPR_MISMATCH;
    }
    if (!untyped_kind_ok(x->type, target))
        return REPR_MISMATCH;
    if (types_is_interface(target)) {
        check_set_final_type(x, types_default(x->type));
        return REPR_OK;
    }
    if (x->mode == MODE_CONST) {
        ConstValue *v;
        int r = const_representable(x->cval, target, &v);
        if (r != REPR_OK)
            return r;
        x->cval = v;
    }
    check_set_final_type(x, target);
    return REPR_OK;
}

/* Converts an untyped operand to target, reporting errors as types2 does
 * for operands of binary operations and similar contexts. */
void check_convert_untyped(Checker *c, Node *x, Type *target) {
    int r = check_implicit_convert(c, x, target);
    if (r == REPR_OK)
        return;
    Pos p = check_start_pos(x);
    if (r == REPR_OVERFLOW)
        check_error(p, "%s overflows %s", operand_string(x), types_string(target));
    else if (r == REPR_TRUNCATED)
        check_error(p, "%s truncated to %s", operand_string(x), types_string(target));
    else
        check_error(p, "cannot convert %s to type %s", operand_string(x), types_string(target));
    check_invalidate(x);
}

/* Reports whether a value x (already typed) is assignable to type v. */
bool check_assignable(Type *v, Node *x) {
    if (!x)
        return false;
    Type *t = x->type;
    if (types_identical(t, v))
        return true;
    Type *tu = types_underlying(t), *vu = types_underlying(v);
    if (types_identical(tu, vu) && (t->kind != TYPE_NAMED || v->kind != TYPE_NAMED) &&
        tu->kind > TYPE_UNTYPED_NIL)
        return true;
    if (t->kind == TYPE_UNTYPED_NIL)
        return untyped_kind_ok(t, v);
    /* a bidirectional channel is assignable to a directional one */
    if (tu->kind == TYPE_CHAN && vu->kind == TYPE_CHAN && tu->dir == CHAN_BOTH &&
        types_identical(tu->elem, vu->elem) && (t->kind != TYPE_NAMED || v->kind != TYPE_NAMED))
        return true;
    /* a value whose type implements an interface type */
    if (vu->kind == TYPE_INTERFACE && tu->kind != TYPE_INVALID && !types_is_untyped(t))
        return check_missing_method(t, v) == NULL;
    return false;
}

void check_assignment(Checker *c, Node *x, Type *t, const char *context) {
    if (x->mode == MODE_INVALID)
        return;
    if (t && check_is_invalid(t)) {
        check_invalidate(x);
        return;
    }
    if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        check_error(check_start_pos(x), "cannot assign %s to %s in %s", operand_string(x),
                   t ? types_string(t) : "_", context);
        check_invalidate(x);
        return;
    }
    if (types_is_untyped(x->type)) {
        if (x->type->kind == TYPE_UNTYPED_NIL && !t) {
            check_error(check_start_pos(x), "use of untyped nil in %s", context);
            check_invalidate(x);
            return;
        }
        Type *target = !t || types_is_interface(t) ? types_default(x->type) : t;
        int r = check_implicit_convert(c, x, target);
        if (r != REPR_OK) {
            const char *why = r == REPR_OVERFLOW ? " (overflows)" : r == REPR_TRUNCATED ? " (truncated)" : "";
            check_error(check_start_pos(x), "cannot use %s as %s value in %s%s", operand_string(x),
                       types_string(target), context, why);
            check_invalidate(x);
            return;
        }
    }
    if (!t)
        return;
    if (x->type->kind == TYPE_INVALID || t->kind == TYPE_INVALID)
        return;
    if (!check_assignable(t, x)) {
        const char *why = types_is_interface(t) && !types_is_untyped(x->type) ? check_missing_method(x->type, t) : NULL;
        if (why)
            check_error(check_start_pos(x), "cannot use %s as type %s in %s:\n\t%s does not implement %s %s",
                        operand_string(x), types_string(t), context, types_string(x->type), types_string(t), why);
        else
            check_error(check_start_pos(x), "cannot use %s as type %s in %s", operand_string(x), types_string(t),
                        context);
        check_invalidate(x);
        return;
    }
    if (!check_iface_conversion(c, x, t))
        check_invalidate(x);
}
