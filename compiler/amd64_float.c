/* amd64_float.c - SSE code for the float ops of the SSA: scalar arithmetic
 * (ADDSD/ADDSS ...), negation by flipping the sign bit, NaN-aware compares
 * (UCOMISD with the parity flag, as Go does), and the conversions between
 * integers and floats, including Go's sequences for uint64. Float constants
 * are written as `$1.5` operands, which the assembler places in rodata. X14
 * is the float scratch register; R12 and R13 are the integer ones. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "amd64.h"

static double const_value(Value *v) {
    if (v->width == 4) {
        uint32_t bits = (uint32_t)v->aux;
        float f;
        memcpy(&f, &bits, 4);
        return f;
    }
    double d;
    memcpy(&d, &v->aux, 8);
    return d;
}

Opnd amd64_fconst(Value *v) {
    Opnd o;
    double d = const_value(v);
    if (!isfinite(d))
        diag_fatal("internal error: non-finite float constant v%d", v->id);
    snprintf(o.s, sizeof o.s, "$%.17g", d);
    if (!strpbrk(o.s, ".e"))
        strcat(o.s, ".0");
    return o;
}

static const char *sfx(Value *v) { return v->width == 4 ? "SS" : "SD"; }

static bool in_reg(Value *v, int r) { return v->loc.kind == LOC_REG && v->loc.reg == r; }

/* x op y, two-address: d = x; d op= y. */
static void emit_arith(Emit *e, Value *v, const char *op) {
    Value *x = v->args[0], *y = v->args[1];
    bool commutes = v->op == SSA_FADD || v->op == SSA_FMUL;
    int d = amd64_fdst_reg(v);
    if (in_reg(y, d) && !in_reg(x, d)) {
        if (commutes) {
            Value *t = x;
            x = y, y = t;
        } else
            d = RA_XSCRATCH;    /* y stays readable in v's register */
    }
    amd64_to_reg(e, x, d);
    amd64_ins(e, "%s%s %s, %s", op, sfx(v), amd64_src(e, y, RA_XSCRATCH).s, amd64_regname[d]);
    amd64_finish(e, v, d);
}

/* -x: flip the sign bit through an integer register (so -0.0 is right). */
static void emit_neg(Emit *e, Value *v) {
    amd64_to_reg(e, v->args[0], RA_SCRATCH);
    if (v->width == 4)
        amd64_ins(e, "XORL $-2147483648, R12");
    else {
        amd64_ins(e, "MOVQ $-9223372036854775808, R13");
        amd64_ins(e, "XORQ R13, R12");
    }
    amd64_finish(e, v, RA_SCRATCH);
}

/* Compares: UCOMIS[SD] a, b sets the flags of b - a; unordered sets ZF, PF
 * and CF. x < y is "y above x", so NaN operands give false everywhere
 * except !=. */
static void emit_compare(Emit *e, Value *v) {
    Value *x = v->args[0], *y = v->args[1];
    bool swap = v->op == SSA_FLT || v->op == SSA_FLE;
    Value *a = swap ? x : y, *r = swap ? y : x;
    int d = amd64_dst_reg(v);
    int rr = amd64_in_reg(e, r, RA_XSCRATCH);
    amd64_ins(e, "UCOMI%s %s, %s", sfx(x), amd64_src(e, a, RA_XSCRATCH).s, amd64_regname[rr]);
    const char *d8 = amd64_regname8[d];
    switch (v->op) {
    case SSA_FEQ:
        amd64_ins(e, "SETEQ %s", d8);
        amd64_ins(e, "SETPC R13B");
        amd64_ins(e, "ANDL R13, %s", amd64_regname[d]);
        break;
    case SSA_FNE:
        amd64_ins(e, "SETNE %s", d8);
        amd64_ins(e, "SETPS R13B");
        amd64_ins(e, "ORL R13, %s", amd64_regname[d]);
        break;
    case SSA_FLT: case SSA_FGT: amd64_ins(e, "SETHI %s", d8); break;
    default: amd64_ins(e, "SETCC %s", d8); break;
    }
    amd64_ins(e, "MOVBQZX %s, %s", d8, amd64_regname[d]);
    amd64_finish(e, v, d);
}

/* uint64 -> float: as int64 when the top bit is clear, else halve (keeping
 * the low bit for rounding), convert and double. */
static void emit_u2f(Emit *e, Value *v, int d) {
    const char *cvt = v->width == 4 ? "CVTSQ2SS" : "CVTSQ2SD";
    const char *dn = amd64_regname[d];
    amd64_to_reg(e, v->args[0], RA_SCRATCH);
    amd64_ins(e, "TESTQ R12, R12");
    amd64_ins(e, "JLT v%d_big", v->id);
    amd64_ins(e, "%s R12, %s", cvt, dn);
    amd64_ins(e, "JMP v%d_done", v->id);
    amd64_label(e, "v%d_big", v->id);
    amd64_ins(e, "MOVQ R12, R13");
    amd64_ins(e, "SHRQ $1, R13");
    amd64_ins(e, "ANDL $1, R12");
    amd64_ins(e, "ORQ R12, R13");
    amd64_ins(e, "%s R13, %s", cvt, dn);
    amd64_ins(e, "ADD%s %s, %s", sfx(v), dn, dn);
    amd64_label(e, "v%d_done", v->id);
}

/* float -> uint64: below 2^63 as int64, else subtract 2^63, convert and set the top bit. */
static void emit_f2u(Emit *e, Value *v, int d) {
    Value *x = v->args[0];
    const char *s = sfx(x), *dn = amd64_regname[d];
    amd64_to_reg(e, x, RA_XSCRATCH);
    amd64_ins(e, "UCOMI%s $9223372036854775808.0, X14", s);
    amd64_ins(e, "JCC v%d_big", v->id);
    amd64_ins(e, "CVTT%s2SQ X14, %s", s, dn);
    amd64_ins(e, "JMP v%d_done", v->id);
    amd64_label(e, "v%d_big", v->id);
    amd64_ins(e, "SUB%s $9223372036854775808.0, X14", s);
    amd64_ins(e, "CVTT%s2SQ X14, %s", s, dn);
    amd64_ins(e, "MOVQ $-9223372036854775808, R13");
    amd64_ins(e, "ORQ R13, %s", dn);
    amd64_label(e, "v%d_done", v->id);
}

static void emit_cvt(Emit *e, Value *v) {
    Value *x = v->args[0];
    int d = v->flt ? amd64_fdst_reg(v) : amd64_dst_reg(v);
    const char *dn = amd64_regname[d];
    switch ((SsaCvt)v->aux) {
    case CVT_I2F:
        amd64_ins(e, "%s %s, %s", v->width == 4 ? "CVTSQ2SS" : "CVTSQ2SD",
                  amd64_regname[amd64_in_reg(e, x, RA_SCRATCH)], dn);
        break;
    case CVT_U2F: emit_u2f(e, v, d); break;
    case CVT_F2I:
        amd64_ins(e, "CVTT%s2S%c %s, %s", sfx(x), v->width == 4 ? 'L' : 'Q', amd64_src(e, x, RA_XSCRATCH).s, dn);
        break;
    case CVT_F2U: emit_f2u(e, v, d); break;
    case CVT_F2F:
        amd64_ins(e, "%s %s, %s", v->width == 4 ? "CVTSD2SS" : "CVTSS2SD", amd64_src(e, x, RA_XSCRATCH).s, dn);
        break;
    }
    amd64_finish(e, v, d);
}

bool amd64_float_value(Emit *e, Value *v) {
    switch (v->op) {
    case SSA_FADD: emit_arith(e, v, "ADD"); return true;
    case SSA_FSUB: emit_arith(e, v, "SUB"); return true;
    case SSA_FMUL: emit_arith(e, v, "MUL"); return true;
    case SSA_FDIV: emit_arith(e, v, "DIV"); return true;
    case SSA_FNEG: emit_neg(e, v); return true;
    case SSA_FEQ: case SSA_FNE: case SSA_FLT: case SSA_FLE: case SSA_FGT: case SSA_FGE:
        emit_compare(e, v);
        return true;
    case SSA_CVT: emit_cvt(e, v); return true;
    default: return false;
    }
}
