/* check_cconst.c - complex constants for the type checker: imaginary
 * literals, arithmetic (+ - * / and negation, exact on the rational parts),
 * equality, and representability in complex64/complex128 (each part
 * rounded as a float of half the size) or, with a zero imaginary part, in
 * integer and float types. A complex constant is a pair of int or float
 * constants (check_const.c) and is built only from the public constant
 * operations. */
#include <string.h>

#include "arena.h"
#include "check.h"

static const ConstValue *zero(void) { return const_make_int64(0); }

/* 12i, 1.5i, 0x1p-2i, 0b101i; a decimal with leading zeros ("0123i") is decimal. */
ConstValue *cconst_imag_literal(const char *text, ConstParser parse_int, ConstParser parse_float) {
    size_t n = strlen(text);
    if (n < 2 || text[n - 1] != 'i')
        return NULL;
    char *s = arena_strndup(perm_arena, text, n - 1);
    bool prefixed = s[0] == '0' && strchr("xXbBoO", s[1]) && s[1];
    bool hexfloat = (s[1] == 'x' || s[1] == 'X') && strpbrk(s, ".pP");
    ConstValue *im = prefixed && !hexfloat ? parse_int(s) : parse_float(s);
    return im ? const_make_complex(zero(), im) : NULL;
}

int cconst_representable(const ConstValue *c, Type *t, ConstValue **out) {
    Type *u = types_underlying(t);
    ConstKind k = const_kind(c);
    if (k != CONST_INT && k != CONST_FLOAT && k != CONST_COMPLEX)
        return REPR_MISMATCH;
    if (!types_is_complex(u)) {     /* an integer or float type: the imaginary part must be 0 */
        if (!types_is_numeric(u))
            return REPR_MISMATCH;
        if (!const_is_zero(const_imag(c)))
            return REPR_TRUNCATED;
        int r = const_representable(const_real(c), t, out);     /* as types2: complex -> integer truncates */
        return r == REPR_OVERFLOW && types_is_integer(u) ? REPR_TRUNCATED : r;
    }
    if (u->kind == TYPE_UNTYPED_COMPLEX) {
        if (out)
            *out = const_make_complex(const_real(c), const_imag(c));
        return REPR_OK;
    }
    Type *part = TYPE(u->kind == TYPE_COMPLEX64 ? TYPE_FLOAT32 : TYPE_FLOAT64);
    ConstValue *re, *im;
    int r = const_representable(const_real(c), part, &re);
    if (r != REPR_OK)
        return r;
    r = const_representable(const_imag(c), part, &im);
    if (r != REPR_OK)
        return r;
    if (out)
        *out = const_make_complex(re, im);
    return REPR_OK;
}

ConstValue *cconst_unary(Op op, const ConstValue *x) {
    if (op == OP_ADD)
        return (ConstValue *)x;
    if (op != OP_SUB)
        return NULL;
    Type *f = TYPE(TYPE_UNTYPED_FLOAT);
    ConstValue *re = const_unary(OP_SUB, const_real(x), f), *im = const_unary(OP_SUB, const_imag(x), f);
    return re && im ? const_make_complex(re, im) : NULL;
}

static const ConstValue *add(const ConstValue *a, const ConstValue *b) { return const_binary(OP_ADD, a, b, false); }
static const ConstValue *sub(const ConstValue *a, const ConstValue *b) { return const_binary(OP_SUB, a, b, false); }
static const ConstValue *mul(const ConstValue *a, const ConstValue *b) { return const_binary(OP_MUL, a, b, false); }
static const ConstValue *quo(const ConstValue *a, const ConstValue *b) { return const_binary(OP_QUO, a, b, false); }

/* (a+bi) op (c+di), exactly. The caller has rejected division by zero. */
ConstValue *cconst_binary(Op op, const ConstValue *x, const ConstValue *y) {
    const ConstValue *a = const_real(x), *b = const_imag(x), *c = const_real(y), *d = const_imag(y);
    switch (op) {
    case OP_ADD: return const_make_complex(add(a, c), add(b, d));
    case OP_SUB: return const_make_complex(sub(a, c), sub(b, d));
    case OP_MUL: return const_make_complex(sub(mul(a, c), mul(b, d)), add(mul(a, d), mul(b, c)));
    case OP_QUO: {
        const ConstValue *den = add(mul(c, c), mul(d, d));
        return const_make_complex(quo(add(mul(a, c), mul(b, d)), den), quo(sub(mul(b, c), mul(a, d)), den));
    }
    default: return NULL;
    }
}

bool cconst_equal(const ConstValue *x, const ConstValue *y) {
    return const_compare(OP_EQL, const_real(x), const_real(y)) && const_compare(OP_EQL, const_imag(x), const_imag(y));
}

/* ---- the builtins complex, real and imag (types2's rules) ---- */

static Type *complex_of(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_FLOAT32: return TYPE(TYPE_COMPLEX64);
    case TYPE_FLOAT64: return TYPE(TYPE_COMPLEX128);
    case TYPE_UNTYPED_FLOAT: return TYPE(TYPE_UNTYPED_COMPLEX);
    default: return NULL;
    }
}

static Type *part_of(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_COMPLEX64: return TYPE(TYPE_FLOAT32);
    case TYPE_COMPLEX128: return TYPE(TYPE_FLOAT64);
    case TYPE_UNTYPED_COMPLEX: return TYPE(TYPE_UNTYPED_FLOAT);
    default: return NULL;
    }
}

/* An untyped numeric constant with a zero imaginary part counts as untyped float. */
static void untyped_to_float(Node *x) {
    if (types_is_numeric(x->type) && const_is_zero(const_imag(x->cval))) {
        x->type = TYPE(TYPE_UNTYPED_FLOAT);
        x->cval = const_to_float(const_real(x->cval));
    }
}

void check_builtin_complex(Checker *c, Node *call) {
    Node *x = call->call.args.items[0], *y = call->call.args.items[1];
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(call);
        return;
    }
    bool xu = types_is_untyped(x->type), yu = types_is_untyped(y->type);
    if (xu && !yu)
        check_convert_untyped(c, x, y->type);
    else if (yu && !xu)
        check_convert_untyped(c, y, x->type);
    else if (xu && yu && x->mode == MODE_CONST && y->mode == MODE_CONST)
        untyped_to_float(x), untyped_to_float(y);
    else if (xu && yu) {
        check_convert_untyped(c, x, TYPE(TYPE_FLOAT64));
        check_convert_untyped(c, y, TYPE(TYPE_FLOAT64));
    }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        check_invalidate(call);
        return;
    }
    if (!types_identical(x->type, y->type)) {
        check_error(check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(call),
                    types_string(x->type), types_string(y->type));
        check_invalidate(call);
        return;
    }
    Type *t = complex_of(x->type);
    if (!t) {
        check_error(check_start_pos(x), "invalid argument: arguments have type %s, expected floating-point",
                    types_string(x->type));
        check_invalidate(call);
        return;
    }
    call->type = t;
    if (x->mode != MODE_CONST || y->mode != MODE_CONST) {
        call->mode = MODE_VALUE;
        return;
    }
    ConstValue *v = const_make_complex(const_to_float(x->cval), const_to_float(y->cval)), *r = v;
    call->mode = MODE_CONST;
    if (!types_is_untyped(t) && const_representable(v, t, &r) != REPR_OK) {
        check_error(check_start_pos(call), "%s overflows %s", expr_string(call), types_string(t));
        check_invalidate(call);
        return;
    }
    call->cval = r;
}

/* complex(f()) with f returning two floats of one type. False when the
 * single argument is not a multi-valued call (arg_count reports it). */
bool check_builtin_complex_tuple(Checker *c, Node *call) {
    Node *a = call->call.args.items[0];
    check_multi_expr(c, a);
    if (a->mode == MODE_INVALID) {
        check_invalidate(call);
        return true;
    }
    if (!a->type || a->type->kind != TYPE_TUPLE || a->type->nfields != 2)
        return false;
    Type *x = a->type->fields[0].type, *y = a->type->fields[1].type, *t = complex_of(x);
    if (!types_identical(x, y) || !t) {
        check_error(check_start_pos(a), "invalid operation: %s (mismatched or non-float types %s and %s)",
                    expr_string(call), types_string(x), types_string(y));
        check_invalidate(call);
        return true;
    }
    call->type = t;
    call->mode = MODE_VALUE;
    return true;
}

void check_builtin_real_imag(Checker *c, Node *call, bool real) {
    Node *x = call->call.args.items[0];
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        check_invalidate(call);
        return;
    }
    if (types_is_untyped(x->type)) {
        if (x->mode == MODE_CONST && types_is_numeric(x->type))
            x->type = TYPE(TYPE_UNTYPED_COMPLEX);
        else if (x->mode != MODE_CONST) {
            check_convert_untyped(c, x, TYPE(TYPE_COMPLEX128));
            if (x->mode == MODE_INVALID) {
                check_invalidate(call);
                return;
            }
        }
    }
    Type *t = part_of(x->type);
    if (!t) {
        check_error(check_start_pos(x), "invalid argument: argument has type %s, expected complex type",
                    types_string(x->type));
        check_invalidate(call);
        return;
    }
    call->type = t;
    if (x->mode != MODE_CONST) {
        call->mode = MODE_VALUE;
        return;
    }
    call->mode = MODE_CONST;
    call->cval = (ConstValue *)(real ? const_real(x->cval) : const_imag(x->cval));
}
