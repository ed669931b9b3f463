/* amd64_lower.c - instruction selection on the SSA: constant operands that
 * fit in 32 bits become immediates (ADDQ $1, AX rather than a register),
 * constant-first operands of commutative ops and compares are swapped to the
 * second place, shifts by constants >= 64 are resolved, and a compare used
 * only by its block's branch is fused into it (CMPQ + Jcc, no SETcc). */
#include "ssa.h"

static bool imm_const(Value *v) { return v->op == SSA_CONST && ssa_fits_int32(v->aux); }

static SsaOp swap_compare(SsaOp op) {
    switch (op) {
    case SSA_LT: return SSA_GT;
    case SSA_GT: return SSA_LT;
    case SSA_LE: return SSA_GE;
    case SSA_GE: return SSA_LE;
    default: return op;
    }
}

static bool is_compare(SsaOp op) { return op >= SSA_EQ && op <= SSA_GE; }

static void swap_args(Value *v) {
    Value *t = v->args[0];
    v->args[0] = v->args[1];
    v->args[1] = t;
}

static void make_imm(Value *v, int64_t c) {
    v->imm = true;
    v->aux2 = c;
    v->nargs = 1;
}

static void lower_shift(Value *v) {
    int64_t c = v->args[1]->aux;
    if ((uint64_t)c < 64) {
        make_imm(v, c);
        return;
    }
    if (v->op == SSA_SHR && v->sign) {
        make_imm(v, 63);
        return;
    }
    v->op = SSA_CONST;      /* everything shifted out */
    v->aux = 0;
    v->nargs = 0;
}

/* x * 2^k -> x << k; unsigned x / 2^k -> x >> k; unsigned x % 2^k -> x & (2^k-1). */
static bool strength_reduce(Value *v, int64_t c) {
    if (c <= 1 || (c & (c - 1)))
        return false;
    int k = __builtin_ctzll((uint64_t)c);
    if (v->op == SSA_MUL)
        v->op = SSA_SHL;
    else if (v->op == SSA_DIV && !v->sign)
        v->op = SSA_SHR;
    else if (v->op == SSA_MOD && !v->sign && ssa_fits_int32(c - 1)) {
        v->op = SSA_AND;
        make_imm(v, c - 1);
        return true;
    } else
        return false;
    make_imm(v, k);
    return true;
}

static void lower_value(Value *v) {
    if (v->op == SSA_LOAD && !v->sym && v->nargs == 2 && imm_const(v->args[1]) &&
        ssa_fits_int32(v->aux + v->args[1]->aux)) {
        v->aux += v->args[1]->aux;  /* constant index: n(base) */
        v->nargs = 1;
        return;
    }
    if (v->nargs != 2)
        return;
    bool commutes = ssa_opinfo[v->op].commutative || is_compare(v->op);
    if (commutes && v->args[0]->op == SSA_CONST && v->args[1]->op != SSA_CONST) {
        swap_args(v);
        v->op = swap_compare(v->op);
    }
    Value *y = v->args[1];
    if (y->op != SSA_CONST)
        return;
    if (strength_reduce(v, y->aux))
        return;
    switch (v->op) {
    case SSA_SHL:
    case SSA_SHR: lower_shift(v); return;
    case SSA_ANDNOT:
        if (ssa_fits_int32(~y->aux)) {
            v->op = SSA_AND;
            make_imm(v, ~y->aux);
        }
        return;
    case SSA_ADD: case SSA_SUB: case SSA_MUL: case SSA_AND: case SSA_OR: case SSA_XOR:
    case SSA_DIV: case SSA_MOD:
    case SSA_EQ: case SSA_NE: case SSA_LT: case SSA_LE: case SSA_GT: case SSA_GE:
        if (imm_const(y))
            make_imm(v, y->aux);
        return;
    default: return;
    }
}

/* Moves the compare controlling b to the end of b and marks it fused. */
static void fuse_branch(Block *b) {
    Value *c = b->ctl;
    if (!c || !is_compare(c->op) || c->block != b || c->uses != 1 || c->args[0]->op == SSA_CONST)
        return;
    int i = 0;
    while (b->vals[i] != c)
        i++;
    for (; i + 1 < b->nvals; i++)
        b->vals[i] = b->vals[i + 1];
    b->vals[b->nvals - 1] = c;
    c->fused = true;
}

void amd64_lower(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++)
            lower_value(f->blocks[i]->vals[j]);
    ssa_count_uses(f);
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i]->kind == BK_IF)
            fuse_branch(f->blocks[i]);
}
