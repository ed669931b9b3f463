/* ssa_complex.c - complex64 and complex128 in the SSA builder. A complex
 * value is two float words (real, imaginary), float32 or float64, in XMM
 * registers; in memory they sit at offsets 0 and 4 (complex64) or 0 and 8
 * (bld_word_off). Addition, subtraction and negation work part by part;
 * multiplication is computed in float64 and rounded back for complex64, as
 * Go does; division calls runtime.complex128div (complex64 converted to
 * complex128 and back); == is both parts equal. */
#include "check.h"
#include "ssa_build.h"

bool bld_is_complex(Type *t) {
    Type *u = bld_under(t);
    return u && types_is_complex(u);
}

/* The float type of a complex type's parts. */
static Type *part_type(Type *t) {
    return TYPE(bld_under(t)->kind == TYPE_COMPLEX64 ? TYPE_FLOAT32 : TYPE_FLOAT64);
}

static Words pair(Value *re, Value *im) { return (Words){{re, im}, 2}; }

Words bld_complex_const(Builder *b, Node *e) {
    Type *pt = part_type(e->type);
    Value *re = bld_float_const(b, pt, 0, e->pos), *im = bld_float_const(b, pt, 0, e->pos);
    re->aux = (int64_t)bld_float_bits((ConstValue *)const_real(e->cval), pt);
    im->aux = (int64_t)bld_float_bits((ConstValue *)const_imag(e->cval), pt);
    return pair(re, im);
}

static Words convert_parts(Builder *b, Words w, Type *from, Type *to, Pos pos) {
    Type *fp = part_type(from), *tp = part_type(to);
    return pair(bld_float_convert(b, w.v[0], fp, tp, pos), bld_float_convert(b, w.v[1], fp, tp, pos));
}

Words bld_complex_convert(Builder *b, Words w, Type *from, Type *to, Pos pos) {
    if (w.n != 2 || !bld_is_complex(from))
        return w;
    return convert_parts(b, w, from, to, pos);
}

Words bld_complex_neg(Builder *b, Type *t, Words x, Pos pos) {
    Type *pt = part_type(t);
    return pair(bld_float_neg(b, pt, x.v[0], pos), bld_float_neg(b, pt, x.v[1], pos));
}

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i, in float64. */
static Words multiply(Builder *b, Type *t, Words x, Words y, Pos pos) {
    Type *c128 = TYPE(TYPE_COMPLEX128), *f64 = TYPE(TYPE_FLOAT64);
    x = convert_parts(b, x, t, c128, pos);
    y = convert_parts(b, y, t, c128, pos);
    Value *ac = bld_float_binary(b, OP_MUL, f64, x.v[0], y.v[0], pos);
    Value *bd = bld_float_binary(b, OP_MUL, f64, x.v[1], y.v[1], pos);
    Value *ad = bld_float_binary(b, OP_MUL, f64, x.v[0], y.v[1], pos);
    Value *bc = bld_float_binary(b, OP_MUL, f64, x.v[1], y.v[0], pos);
    Words r = pair(bld_float_binary(b, OP_SUB, f64, ac, bd, pos), bld_float_binary(b, OP_ADD, f64, ad, bc, pos));
    return convert_parts(b, r, c128, t, pos);
}

static Words divide(Builder *b, Type *t, Words x, Words y, Pos pos) {
    Type *c128 = TYPE(TYPE_COMPLEX128);
    x = convert_parts(b, x, t, c128, pos);
    y = convert_parts(b, y, t, c128, pos);
    Value *args[4] = {x.v[0], x.v[1], y.v[0], y.v[1]}, *res[2];
    bld_call_runtime(b, "complex128div", args, 4, 2, res, pos);
    for (int i = 0; i < 2; i++)
        bld_set_word(res[i], (WordType){8, true, true});
    return convert_parts(b, pair(res[0], res[1]), c128, t, pos);
}

/* An integer constant operand (z++ adds the word 1) as a complex value. */
static Words as_complex(Builder *b, Type *t, Words w, Pos pos) {
    if (w.n == 2)
        return w;
    Type *pt = part_type(t);
    double d = w.n == 1 && w.v[0]->op == SSA_CONST && !w.v[0]->flt ? (double)w.v[0]->aux : 0;
    return pair(bld_float_const(b, pt, d, pos), bld_float_const(b, pt, 0, pos));
}

bool bld_complex_binary(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Words *out) {
    if (!bld_is_complex(t))
        return false;
    Type *pt = part_type(t);
    x = as_complex(b, t, x, pos);
    y = as_complex(b, t, y, pos);
    switch (op) {
    case OP_ADD: case OP_SUB:
        *out = pair(bld_float_binary(b, op, pt, x.v[0], y.v[0], pos), bld_float_binary(b, op, pt, x.v[1], y.v[1], pos));
        return true;
    case OP_MUL: *out = multiply(b, t, x, y, pos); return true;
    case OP_QUO: *out = divide(b, t, x, y, pos); return true;
    default: return false;
    }
}

bool bld_complex_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Value **out) {
    if (!bld_is_complex(t) || x.n != 2 || y.n != 2 || (op != OP_EQL && op != OP_NEQ))
        return false;
    Value *re = bld_float_compare(b, op, x.v[0], y.v[0], pos), *im = bld_float_compare(b, op, x.v[1], y.v[1], pos);
    *out = ssa_value2(b->f, b->cur, op == OP_EQL ? SSA_AND : SSA_OR, 1, pos, re, im);
    return true;
}

/* complex(r, i), real(z), imag(z) with non-constant arguments. */
bool bld_complex_builtin(Builder *b, Node *call, Object *o, Words *out) {
    NodeList args = call->call.args;
    switch (o->builtin) {
    case BUILTIN_COMPLEX: {
        Type *pt = part_type(call->type);
        Node *x = args.items[0], *y = args.items[1];
        Value *re = bld_convert_words(b, bld_expr(b, x), x->type, pt, x->pos).v[0];
        Value *im = bld_convert_words(b, bld_expr(b, y), y->type, pt, y->pos).v[0];
        *out = pair(re, im);
        return true;
    }
    case BUILTIN_REAL: case BUILTIN_IMAG: {
        Words w = bld_expr(b, args.items[0]);
        *out = (Words){{w.v[o->builtin == BUILTIN_IMAG]}, 1};
        return true;
    }
    default: return false;
    }
}

/* print(z): runtime.printcomplex(re, im) with float64 parts. */
void bld_print_complex(Builder *b, Type *t, Words w, Pos pos) {
    w = convert_parts(b, w, t, TYPE(TYPE_COMPLEX128), pos);
    bld_call_runtime(b, "printcomplex", w.v, 2, 0, NULL, pos);
}
