/* ssa_float.c - float32/float64 in the SSA builder: constants (exactly
 * rounded from the checker's rationals to IEEE bits), arithmetic, negation,
 * NaN-aware comparisons and conversions between integers and floats
 * (ssa_float_phis in ssa_opt.c gives phis of float words their class).
 * A float word is a Value with flt set; width 4 is float32, 8 float64. */
#include <string.h>

#include "check.h"
#include "ssa_build.h"

void bld_set_word(Value *v, WordType wt) {
    v->flt = wt.flt;
    v->width = (uint8_t)wt.width;
    v->sign = wt.sign && !wt.flt;
}

void bld_set_classes(Value **words, WordType *wt, int n) {
    int ni = 0, nf = 0;
    for (int i = 0; i < n; i++) {
        bld_set_word(words[i], wt[i]);
        words[i]->aux = wt[i].flt ? nf++ : ni++;
    }
}

bool bld_fits_regs(Value **words, int n) {
    int nf = 0;
    for (int i = 0; i < n; i++)
        nf += words[i]->flt;
    return n - nf <= ABI_INTERNAL_NREGS && nf <= ABI_INTERNAL_NFREGS;
}

static bool is_f32(Type *t) { return bld_under(t)->kind == TYPE_FLOAT32; }

uint64_t bld_float_bits(ConstValue *c, Type *t) {
    ConstValue *f = const_kind(c) == CONST_FLOAT ? c : const_to_float(c);
    if (is_f32(t)) {
        float x = const_float32(f);
        uint32_t bits;
        memcpy(&bits, &x, 4);
        return bits;
    }
    double d = const_float64(f);
    uint64_t bits;
    memcpy(&bits, &d, 8);
    return bits;
}

static Value *bits_const(Builder *b, Type *t, uint64_t bits, Pos pos) {
    Value *v = ssa_const(b->f, b->cur, (int64_t)bits, pos);
    v->flt = true;
    v->width = is_f32(t) ? 4 : 8;
    return v;
}

Value *bld_float_const(Builder *b, Type *t, double d, Pos pos) {
    uint64_t bits;
    if (is_f32(t)) {
        float x = (float)d;
        uint32_t u;
        memcpy(&u, &x, 4);
        bits = u;
    } else
        memcpy(&bits, &d, 8);
    return bits_const(b, t, bits, pos);
}

Words bld_float_const_words(Builder *b, Node *e) {
    return (Words){{bits_const(b, e->type, bld_float_bits(e->cval, e->type), e->pos)}, 1};
}

/* An integer constant used as a float operand (x++ on a float). */
static Value *as_float(Builder *b, Type *t, Value *v, Pos pos) {
    if (v->flt || v->op != SSA_CONST)
        return v;
    return bld_float_const(b, t, (double)v->aux, pos);
}

Value *bld_float_binary(Builder *b, Op op, Type *t, Value *x, Value *y, Pos pos) {
    SsaOp o;
    switch (op) {
    case OP_ADD: o = SSA_FADD; break;
    case OP_SUB: o = SSA_FSUB; break;
    case OP_MUL: o = SSA_FMUL; break;
    case OP_QUO: o = SSA_FDIV; break;
    default: return NULL;
    }
    x = as_float(b, t, x, pos);
    y = as_float(b, t, y, pos);
    Value *v = ssa_value2(b->f, b->cur, o, is_f32(t) ? 4 : 8, pos, x, y);
    v->flt = true;
    return v;
}

Value *bld_float_neg(Builder *b, Type *t, Value *x, Pos pos) {
    Value *v = ssa_value1(b->f, b->cur, SSA_FNEG, is_f32(t) ? 4 : 8, pos, x);
    v->flt = true;
    return v;
}

Value *bld_float_compare(Builder *b, Op op, Value *x, Value *y, Pos pos) {
    SsaOp o;
    switch (op) {
    case OP_EQL: o = SSA_FEQ; break;
    case OP_NEQ: o = SSA_FNE; break;
    case OP_LSS: o = SSA_FLT; break;
    case OP_LEQ: o = SSA_FLE; break;
    case OP_GTR: o = SSA_FGT; break;
    default: o = SSA_FGE; break;
    }
    return ssa_value2(b->f, b->cur, o, 1, pos, x, y);
}

static Value *cvt(Builder *b, SsaCvt k, Value *x, WordType to, Pos pos) {
    Value *v = ssa_value1(b->f, b->cur, SSA_CVT, to.width, pos, x);
    v->aux = k;
    v->flt = to.flt;
    v->sign = to.sign && !to.flt;
    return v;
}

/* Truncates or extends an integer word to the canonical form of type t. */
static Value *canon(Builder *b, Value *v, WordType wt, Pos pos) {
    if (wt.width >= 8)
        return v;
    Value *e = ssa_value1(b->f, b->cur, SSA_EXT, wt.width, pos, v);
    e->aux = wt.width;
    e->sign = wt.sign;
    return e;
}

Value *bld_float_convert(Builder *b, Value *x, Type *from, Type *to, Pos pos) {
    WordType fw[MAXWORDS], tw[MAXWORDS];
    bld_type_words(from, fw);
    bld_type_words(to, tw);
    if (fw[0].flt && tw[0].flt) {
        if (fw[0].width == tw[0].width)
            return x;
        return cvt(b, CVT_F2F, x, tw[0], pos);
    }
    if (tw[0].flt) {    /* canonical integers: only uint64-sized unsigned values can have the top bit set */
        bool big = !fw[0].sign && fw[0].width == 8;
        return cvt(b, big ? CVT_U2F : CVT_I2F, x, tw[0], pos);
    }
    /* as Go: a 32-bit conversion for int8-int32, uint8 and uint16; 64 bits for uint32, int64 */
    bool big = !tw[0].sign && tw[0].width == 8;
    bool narrow = tw[0].width < 4 || (tw[0].width == 4 && tw[0].sign);
    Value *v = cvt(b, big ? CVT_F2U : CVT_F2I, x, (WordType){narrow ? 4 : 8, !big, false}, pos);
    if (narrow)     /* the 32-bit result, sign-extended, then narrowed */
        v = canon(b, v, (WordType){4, true, false}, pos);
    return canon(b, v, tw[0], pos);
}
