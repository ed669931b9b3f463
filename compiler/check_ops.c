/* check_ops.c - unary and binary operators: operand matching, comparisons,
 * shifts, and exact folding of constant operations (with Go's overflow
 * rules for typed and untyped constants). */
#include <string.h>

#include "arena.h"
#include "check.h"

/* ---- operators ---- */

static bool op_allowed(Op op, Type *t) {
    switch (op) {
    case OP_ADD: return types_is_numeric(t) || types_is_string(t);
    case OP_SUB: case OP_MUL: case OP_QUO: return types_is_numeric(t);
    case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_AND_NOT: return types_is_integer(t);
    case OP_LAND: case OP_LOR: case OP_NOT: return types_is_boolean(t);
    default: return false;
    }
}

static const char *overflow_op_name(Node *n) {
    Op op = n->kind == N_BINARY ? n->binary.op : n->kind == N_UNARY ? n->unary.op : OP_NONE;
    switch (op) {
    case OP_ADD: return "addition ";
    case OP_SUB: return "subtraction ";
    case OP_MUL: return "multiplication ";
    case OP_SHL: return "shift ";
    case OP_XOR: return n->kind == N_UNARY ? "bitwise complement " : "bitwise XOR ";
    default: return "";
    }
}

/* A typed constant result must fit its type; untyped ones must stay within
 * Go's precision limits. */
static void check_const_fits(Node *n) {
    if (n->mode != MODE_CONST)
        return;
    if (const_too_big(n->cval)) {
        check_error(n->pos, "constant %soverflow", overflow_op_name(n));
        check_invalidate(n);
        return;
    }
    if (types_is_untyped(n->type))
        return;
    ConstValue *v;
    int r = const_representable(n->cval, n->type, &v);
    if (r == REPR_OK) {
        n->cval = v;
        return;
    }
    if (r == REPR_OVERFLOW)
        check_error(check_start_pos(n), "%s overflows %s", operand_string(n), types_string(n->type));
    else
        check_error(check_start_pos(n), "cannot use %s as %s value", operand_string(n), types_string(n->type));
    check_invalidate(n);
}

/* <-ch: a comma-ok value of the element type. */
static void receive(Checker *c, Node *n, Node *x) {
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    Type *u = types_underlying(x->type);
    if (u->kind != TYPE_CHAN || u->dir == CHAN_SEND) {
        check_error(check_start_pos(x), "invalid operation: cannot receive from %s %s",
                    u->kind != TYPE_CHAN ? "non-channel" : "send-only channel", operand_string(x));
        check_invalidate(n);
        return;
    }
    n->mode = MODE_COMMAOK;
    n->type = u->elem;
}

/* &x takes the address of the variable at the root of x (through fields
 * and array elements, not through pointers or slices): OBJF_ADDR_TAKEN. */
void check_mark_addr_taken(Node *x) {
    Node *r = unparen(x);
    while (r->kind == N_SELECTOR || r->kind == N_INDEX || r->kind == N_PAREN) {
        if (r->kind == N_SELECTOR && (!r->selector.selection || r->selector.selection->indirect ||
                                      r->selector.selection->kind != SEL_FIELD))
            return;
        if (r->kind == N_INDEX && types_underlying(r->index.x->type)->kind != TYPE_ARRAY)
            return;
        r = r->kind == N_SELECTOR ? r->selector.x : r->kind == N_INDEX ? r->index.x : r->paren.x;
    }
    if (r->kind == N_IDENT && r->ident.obj && r->ident.obj->kind == OBJ_VAR)
        r->ident.obj->flags |= OBJF_ADDR_TAKEN;
}

/* &x: x addressable, or &T{...} */
static void address_of(Checker *c, Node *n, Node *x) {
    Node *ux = unparen(x);
    if (ux->kind == N_COMPOSITE_LIT) {
        check_expr(c, ux, NULL);
        if (ux->mode == MODE_INVALID) {
            check_invalidate(n);
            return;
        }
        x->mode = ux->mode;
        x->type = ux->type;
    } else {
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            check_invalidate(n);
            return;
        }
        if (x->mode != MODE_VARIABLE) {
            check_error(check_start_pos(x), "invalid operation: cannot take address of %s", operand_string(x));
            check_invalidate(n);
            return;
        }
        check_mark_addr_taken(x);
    }
    n->mode = MODE_VALUE;
    n->type = types_pointer(x->type);
}

void check_unary(Checker *c, Node *n) {
    Node *x = n->unary.x;
    Op op = n->unary.op;
    if (op == OP_AND) {
        address_of(c, n, x);
        return;
    }
    if (op == OP_ARROW) {
        receive(c, n, x);
        return;
    }
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    bool ok = op == OP_NOT ? types_is_boolean(x->type)
              : op == OP_XOR ? types_is_integer(x->type)
                             : types_is_numeric(x->type);
    if (!ok) {
        check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_string(op),
                   operand_string(x));
        check_invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_unary(op, x->cval, x->type);
        if (!n->cval) {
            check_invalidate(n);
            return;
        }
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}

static bool is_comparison(Op op) { return op >= OP_EQL && op <= OP_GEQ; }

static void mismatch(Node *n, Node *x, Node *y) {
    if (check_is_invalid(x->type) || check_is_invalid(y->type)) {
        check_invalidate(n);
        return;
    }
    check_error(check_start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
               types_string(x->type), types_string(y->type));
    check_invalidate(n);
}

/* Brings both operands of a binary operation to a common type. */
static bool match_operands(Checker *c, Node *n, Node *x, Node *y) {
    bool xu = types_is_untyped(x->type), yu = types_is_untyped(y->type);
    if (xu && !yu) {
        if (check_implicit_convert(c, x, y->type) == REPR_MISMATCH) {
            mismatch(n, x, y);
            return false;
        }
        check_convert_untyped(c, x, y->type);
    } else if (yu && !xu) {
        if (check_implicit_convert(c, y, x->type) == REPR_MISMATCH) {
            mismatch(n, x, y);
            return false;
        }
        check_convert_untyped(c, y, x->type);
    } else if (xu && yu) {
        if (check_untyped_rank(x->type) && check_untyped_rank(y->type)) {
            Type *t = check_untyped_rank(x->type) > check_untyped_rank(y->type) ? x->type : y->type;
            check_set_final_type(x, t);
            check_set_final_type(y, t);
        } else if (x->type->kind != y->type->kind) {
            mismatch(n, x, y);
            return false;
        }
    }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(n);
        return false;
    }
    return true;
}

/* types2's kindString: the kind of a composite type, else the type itself. */
static const char *kind_string(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_ARRAY: return "array";
    case TYPE_SLICE: return "slice";
    case TYPE_STRUCT: return "struct";
    case TYPE_POINTER: return "pointer";
    case TYPE_FUNC: return "func";
    case TYPE_INTERFACE: return "interface";
    case TYPE_MAP: return "map";
    case TYPE_CHAN: return "chan";
    default: return types_string(t);
    }
}

/* Why values of type t cannot be compared with ==, as types2 words it. */
const char *check_incomparable_cause(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_FUNC: case TYPE_MAP:
        return arena_printf(perm_arena, "%s can only be compared to nil", kind_string(t));
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!types_comparable(u->fields[i].type))
                return arena_printf(perm_arena, "struct containing %s cannot be compared",
                                    types_string(u->fields[i].type));
        return "";
    case TYPE_ARRAY: return arena_printf(perm_arena, "%s cannot be compared", types_string(t));
    default: return "";
    }
}

static bool has_nil(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_INTERFACE: case TYPE_UNTYPED_NIL:
        return true;
    default: return false;
    }
}

static void comparison_error(Node *n, Node *x, Node *y, Node *at, const char *cause) {
    if (!*cause)
        cause = arena_printf(perm_arena, "operator %s not defined on %s", ast_op_string(n->binary.op),
                             kind_string(at->type));
    check_error(check_start_pos(at), "invalid operation: %s %s %s (%s)", expr_string(x), ast_op_string(n->binary.op),
                expr_string(y), cause);
    check_invalidate(n);
}

static void comparison(Checker *c, Node *n, Node *x, Node *y) {
    Op op = n->binary.op;
    bool xnil = x->type->kind == TYPE_UNTYPED_NIL, ynil = y->type->kind == TYPE_UNTYPED_NIL;
    /* an untyped operand takes the other's type where the kinds allow it */
    if (types_is_untyped(x->type) != types_is_untyped(y->type)) {
        Node *u = types_is_untyped(x->type) ? x : y, *t = u == x ? y : x;
        if (check_implicit_convert(c, u, t->type) != REPR_MISMATCH)
            check_convert_untyped(c, u, t->type);
    } else if (types_is_untyped(x->type) && check_untyped_rank(x->type) && check_untyped_rank(y->type)) {
        Type *t = check_untyped_rank(x->type) > check_untyped_rank(y->type) ? x->type : y->type;
        check_set_final_type(x, t);
        check_set_final_type(y, t);
    }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    if (check_is_invalid(x->type) || check_is_invalid(y->type)) {
        check_invalidate(n);
        return;
    }
    if (!check_assignable(x->type, y) && !check_assignable(y->type, x)) {
        comparison_error(n, x, y, y, arena_printf(perm_arena, "mismatched types %s and %s", types_string(x->type),
                                                  types_string(y->type)));
        return;
    }
    if (op == OP_EQL || op == OP_NEQ) {
        if (xnil || ynil) {
            if (!has_nil(xnil ? y->type : x->type) || (xnil && ynil)) {
                comparison_error(n, x, y, y, "");
                return;
            }
        } else if (!types_comparable(x->type)) {
            comparison_error(n, x, y, x, check_incomparable_cause(x->type));
            return;
        } else if (!types_comparable(y->type)) {
            comparison_error(n, x, y, y, check_incomparable_cause(y->type));
            return;
        }
    } else if (!types_is_ordered(x->type)) {
        comparison_error(n, x, y, x, "");
        return;
    } else if (!types_is_ordered(y->type)) {
        comparison_error(n, x, y, y, "");
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_make_bool(const_compare(op, x->cval, y->cval));
    } else {
        n->mode = MODE_VALUE;
        /* untyped operands of a non-constant comparison get their default types */
        check_set_final_type(x, types_default(x->type));
        check_set_final_type(y, types_default(y->type));
    }
    n->type = TYPE(TYPE_UNTYPED_BOOL);
}

static void shift(Checker *c, Node *n, Node *x, Node *y) {
    (void)c;
    /* the count */
    if (y->mode == MODE_CONST) {
        ConstValue *v = const_to_int(y->cval);
        if (!v || !types_is_numeric(y->type)) {
            check_error(check_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
            check_invalidate(n);
            return;
        }
        if (const_sign(v) < 0) {
            check_error(check_start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
            check_invalidate(n);
            return;
        }
        if (types_is_untyped(y->type))
            check_set_final_type(y, TYPE(TYPE_UINT));
        y->cval = v;
    } else if (!types_is_integer(y->type)) {
        check_error(check_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
        check_invalidate(n);
        return;
    }
    /* the shifted operand */
    if (x->mode == MODE_CONST && types_is_untyped(x->type)) {
        ConstValue *v = const_to_int(x->cval);
        if (!v || !types_is_numeric(x->type)) {
            check_error(check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                       operand_string(x));
            check_invalidate(n);
            return;
        }
        /* an untyped float or complex constant representable as an integer
         * shifts as an untyped int; in a non-constant shift the result stays
         * untyped until the context gives the whole shift its type (spec) */
        x->cval = v;
        if (x->type->kind == TYPE_UNTYPED_FLOAT || x->type->kind == TYPE_UNTYPED_COMPLEX)
            x->type = TYPE(TYPE_UNTYPED_INT);
    } else if (!types_is_integer(x->type)) {
        check_error(check_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
        check_invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        if (!const_fits_uint(y->cval, 10000)) {
            check_error(check_start_pos(y), "invalid shift count %s", operand_string(y));
            check_invalidate(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cval = const_shift(n->binary.op, x->cval, const_uint64(y->cval));
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}

/* x && y, x || y: boolean operands, folded when both are constant. */
static void logical(Checker *c, Node *n) {
    Node *x = n->binary.x, *y = n->binary.y;
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    if (!match_operands(c, n, x, y))
        return;
    if (!types_identical(x->type, y->type)) {
        mismatch(n, x, y);
        return;
    }
    if (!types_is_boolean(x->type)) {
        check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s",
                   ast_op_string(n->binary.op), operand_string(x));
        check_invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_binary(n->binary.op, x->cval, y->cval, false);
    } else {
        n->mode = MODE_VALUE;
    }
}

void check_binary(Checker *c, Node *n) {
    if (n->binary.op == OP_LAND || n->binary.op == OP_LOR) {
        logical(c, n);
        return;
    }
    Node *x = n->binary.x, *y = n->binary.y;
    Op op = n->binary.op;
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(n);
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(c, n, x, y);
        return;
    }
    if (is_comparison(op)) {
        comparison(c, n, x, y);
        return;
    }
    if (!match_operands(c, n, x, y))
        return;
    if (!types_identical(x->type, y->type)) {
        mismatch(n, x, y);
        return;
    }
    if (!op_allowed(op, x->type)) {
        check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_string(op),
                   operand_string(x));
        check_invalidate(n);
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && y->mode == MODE_CONST && const_is_zero(y->cval) &&
        (x->mode == MODE_CONST || types_is_integer(x->type))) {
        check_error(check_start_pos(y), "invalid operation: division by zero");
        check_invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_binary(op, x->cval, y->cval, types_is_integer(x->type));
        if (!n->cval) {
            check_invalidate(n);
            return;
        }
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}
