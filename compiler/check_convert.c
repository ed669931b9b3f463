/* check_convert.c - conversions: implicit conversion of untyped constants
 * and values to their context's type (recording the final type on the
 * tree), representability errors, assignability (assignments, arguments,
 * returns, comparisons), and explicit conversions T(x). */
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
/* A non-constant shift inside untyped expression n (its left operand
 * takes n's final type, which must then be an integer type). */
static Node *untyped_shift(Node *n) {
    n = unparen(n);
    if (n->kind == N_UNARY)
        return untyped_shift(n->unary.x);
    if (n->kind != N_BINARY || n->mode == MODE_CONST)
        return NULL;
    switch (n->binary.op) {
    case OP_SHL: case OP_SHR: return n;
    case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ: return NULL;
    default: {
        Node *l = untyped_shift(n->binary.x);
        return l ? l : untyped_shift(n->binary.y);
    }
    }
}

int check_implicit_convert(Checker *c, Node *x, Type *target) {
    if (x->mode == MODE_INVALID)
        return REPR_REPORTED;
    if (x->mode != MODE_CONST && types_is_untyped(x->type) && !types_is_untyped(target) &&
        !types_is_integer(target) && !types_is_interface(target)) {
        Node *sh = untyped_shift(x);
        if (sh) {
            check_error(check_start_pos(sh->binary.x), "invalid operation: %s (shift of type %s)", expr_string(sh),
                        types_string(target));
            check_invalidate(x);
            return REPR_REPORTED;
        }
    }
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
    if (r == REPR_REPORTED) {
        check_invalidate(x);
        return;
    }
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
        if (r == REPR_REPORTED) {
            check_invalidate(x);
            return;
        }
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
}

/* ---- explicit conversions T(x) ---- */

/* integer, []byte or []rune -> string (and, by symmetry, string -> []byte/[]rune). */
static bool string_conversion(Type *from, Type *to) {
    Type *fu = types_underlying(from), *tu = types_underlying(to);
    if (!types_is_string(tu) || types_is_string(fu))
        return false;
    if (types_is_integer(fu))
        return true;
    if (fu->kind != TYPE_SLICE)
        return false;
    TypeKind ek = types_underlying(fu->elem)->kind;
    return ek == TYPE_UINT8 || ek == TYPE_INT32;
}

static bool convertible(Type *from, Type *to) {
    Type *fu = types_underlying(from), *tu = types_underlying(to);
    Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = from};
    if (check_assignable(to, &tmp) || types_identical_ignore_tags(fu, tu))
        return true;
    if (fu->kind == TYPE_POINTER && tu->kind == TYPE_POINTER &&
        types_identical_ignore_tags(types_underlying(fu->elem), types_underlying(tu->elem)))
        return true;
    if ((types_is_integer(fu) || types_is_float(fu)) && (types_is_integer(tu) || types_is_float(tu)))
        return true;
    if (types_is_complex(fu) && types_is_complex(tu))
        return true;
    if ((fu->kind == TYPE_POINTER || fu->kind == TYPE_UINTPTR) && tu->kind == TYPE_UNSAFE_POINTER)
        return true;
    if (fu->kind == TYPE_UNSAFE_POINTER && (tu->kind == TYPE_POINTER || tu->kind == TYPE_UINTPTR))
        return true;
    if (string_conversion(from, to) || string_conversion(to, from))
        return true;
    /* slice to array pointer (Go 1.17) */
    if (fu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER && types_underlying(tu->elem)->kind == TYPE_ARRAY &&
        types_identical(fu->elem, types_underlying(tu->elem)->elem))
        return true;
    return false;
}

/* T(x) with a constant x and a basic T: a constant of type T. */
static void const_conversion(Node *call, Node *x, Type *t) {
    Type *tu = types_underlying(t);
    ConstValue *v = NULL;
    if (types_is_string(tu) && types_is_integer(x->type) && const_is_int(x->cval)) {
        /* string(65) == "A"; out-of-range values give "\uFFFD" */
        check_set_final_type(x, types_is_untyped(x->type) ? types_default(x->type) : x->type);
        call->mode = MODE_CONST;
        call->type = t;
        call->cval = const_rune_string(x->cval);
        return;
    }
    int r = const_representable(x->cval, t, &v);
    bool float_to_int = types_is_integer(tu) && !types_is_untyped(x->type) && types_is_float(x->type);
    if (r == REPR_TRUNCATED && float_to_int)
        r = REPR_MISMATCH;
    if (r != REPR_OK) {
        check_error(check_start_pos(x), "cannot convert %s to type %s", operand_string(x), types_string(t));
        check_invalidate(call);
        return;
    }
    check_set_final_type(x, types_is_untyped(x->type) ? t : x->type);
    call->mode = MODE_CONST;
    call->type = t;
    call->cval = v;
}

void check_conversion(Checker *c, Node *call, Type *t) {
    NodeList args = call->call.args;
    if (args.len != 1) {
        check_error(args.len ? check_start_pos(args.items[1]) : call->pos, "%s arguments in conversion to %s",
                   args.len ? "too many" : "missing", types_string(t));
        for (int i = 0; i < args.len; i++)
            check_use(c, args.items[i]);
        check_invalidate(call);
        return;
    }
    Node *x = args.items[0];
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID || check_is_invalid(t)) {
        check_invalidate(call);
        return;
    }
    Type *tu = types_underlying(t);
    bool const_target = tu->kind >= TYPE_BOOL && tu->kind <= TYPE_STRING;
    if (x->mode == MODE_CONST && const_target) {
        const_conversion(call, x, t);
        return;
    }
    if (types_is_untyped(x->type)) {
        Type *target = types_is_interface(t) || !const_target ? types_default(x->type) : t;
        if (x->type->kind == TYPE_UNTYPED_NIL)
            target = t;
        if (x->type->kind != TYPE_UNTYPED_NIL && x->mode != MODE_CONST &&
            check_implicit_convert(c, x, target) == REPR_REPORTED) {
            check_invalidate(call);
            return;
        }
        check_set_final_type(x, target);
        if (x->type->kind == TYPE_UNTYPED_NIL && (tu->kind == TYPE_POINTER || tu->kind == TYPE_UNSAFE_POINTER ||
                                                  tu->kind == TYPE_SLICE || tu->kind == TYPE_FUNC)) {
            x->type = t;
            call->mode = MODE_VALUE;
            call->type = t;
            return;
        }
    }
    if (types_is_interface(t)) {
        if (!check_assignable(t, x)) {
            const char *why = check_missing_method(x->type, t);
            check_error(check_start_pos(x), "cannot convert %s to type %s%s%s%s%s%s", operand_string(x),
                        types_string(t), why ? ":\n\t" : "", why ? types_string(x->type) : "",
                        why ? " does not implement " : "", why ? types_string(t) : "",
                        why ? arena_printf(perm_arena, " %s", why) : "");
            check_invalidate(call);
            return;
        }
        call->mode = MODE_VALUE;
        call->type = t;
        return;
    }
    if (!convertible(x->type, t)) {
        check_error(check_start_pos(x), "cannot convert %s to type %s", operand_string(x), types_string(t));
        check_invalidate(call);
        return;
    }
    call->mode = MODE_VALUE;
    call->type = t;
}
