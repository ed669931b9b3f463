/* ssa_opt.c - the machine-independent clean-up passes: phi elimination,
 * copy propagation, constant folding, dead code elimination and a modest
 * control-flow simplification. Each pass is linear in the function size
 * (phielim iterates to a fixpoint, which is short in practice). */
#include <string.h>

#include "ssa.h"

/* ---- phis and copies ---- */

/* A phi whose arguments are all the same value (or itself) is a copy. */
static bool phi_trivial(Value *v) {
    Value *same = NULL;
    for (int i = 0; i < v->nargs; i++) {
        Value *a = ssa_resolve(v->args[i]);
        if (a == v || a == same)
            continue;
        if (same)
            return false;
        same = a;
    }
    if (!same)
        return false;   /* only reachable from itself: dead, deadcode removes it */
    v->op = SSA_COPY;
    v->args[0] = same;
    v->nargs = 1;
    return true;
}

void ssa_phielim(SsaFunc *f) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < f->nblocks; i++)
            for (int j = 0; j < f->blocks[i]->nvals; j++) {
                Value *v = f->blocks[i]->vals[j];
                if (v->op == SSA_PHI && phi_trivial(v))
                    changed = true;
            }
    }
}

void ssa_copyelim(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            for (int k = 0; k < v->nargs; k++)
                v->args[k] = ssa_resolve(v->args[k]);
        }
        if (b->ctl)
            b->ctl = ssa_resolve(b->ctl);
        for (int k = 0; k < b->nrets; k++)
            b->rets[k] = ssa_resolve(b->rets[k]);
    }
}

/* ---- constant folding ---- */

static int64_t ext(int64_t x, int w, bool sign) {
    int sh = 64 - 8 * w;
    if (w >= 8)
        return x;
    return sign ? (int64_t)((uint64_t)x << sh) >> sh : (int64_t)((uint64_t)x << sh >> sh);
}

static bool fold_compare(Value *v, int64_t x, int64_t y, int64_t *r) {
    bool s = v->sign;
    uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
    switch (v->op) {
    case SSA_EQ: *r = x == y; return true;
    case SSA_NE: *r = x != y; return true;
    case SSA_LT: *r = s ? x < y : ux < uy; return true;
    case SSA_LE: *r = s ? x <= y : ux <= uy; return true;
    case SSA_GT: *r = s ? x > y : ux > uy; return true;
    case SSA_GE: *r = s ? x >= y : ux >= uy; return true;
    default: return false;
    }
}

/* Evaluates a binary op on constants; false if it must stay (e.g. x/0). */
static bool fold_binary(Value *v, int64_t x, int64_t y, int64_t *r) {
    uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
    switch (v->op) {
    case SSA_ADD: *r = (int64_t)(ux + uy); return true;
    case SSA_SUB: *r = (int64_t)(ux - uy); return true;
    case SSA_MUL: *r = (int64_t)(ux * uy); return true;
    case SSA_AND: *r = x & y; return true;
    case SSA_OR: *r = x | y; return true;
    case SSA_XOR: *r = x ^ y; return true;
    case SSA_ANDNOT: *r = x & ~y; return true;
    case SSA_SHL: *r = uy >= 64 ? 0 : (int64_t)(ux << uy); return true;
    case SSA_SHR:
        if (v->sign)
            *r = x >> (uy >= 64 ? 63 : uy);
        else
            *r = uy >= 64 ? 0 : (int64_t)(ux >> uy);
        return true;
    case SSA_DIV:
    case SSA_MOD:
        if (y == 0)
            return false;
        if (v->sign && y == -1)   /* no trap: MinInt64 / -1 wraps to MinInt64 */
            *r = v->op == SSA_DIV ? (int64_t)(0 - ux) : 0;
        else if (v->op == SSA_DIV)
            *r = v->sign ? x / y : (int64_t)(ux / uy);
        else
            *r = v->sign ? x % y : (int64_t)(ux % uy);
        return true;
    default: return fold_compare(v, x, y, r);
    }
}

static void make_const(Value *v, int64_t c) {
    v->op = SSA_CONST;
    v->aux = c;
    v->nargs = 0;
    v->sign = false;
}

static void fold_value(Value *v) {
    if (v->nargs == 1 && v->args[0]->op == SSA_CONST) {
        int64_t x = v->args[0]->aux;
        switch (v->op) {
        case SSA_NEG: make_const(v, (int64_t)(0 - (uint64_t)x)); return;
        case SSA_COM: make_const(v, ~x); return;
        case SSA_NOT: make_const(v, !x); return;
        case SSA_EXT: make_const(v, ext(x, (int)v->aux, v->sign)); return;
        default: return;
        }
    }
    int64_t r;
    if (v->nargs == 2 && v->args[0]->op == SSA_CONST && v->args[1]->op == SSA_CONST &&
        ssa_opinfo[v->op].pure && fold_binary(v, v->args[0]->aux, v->args[1]->aux, &r))
        make_const(v, r);
}

/* Drops the edge b -> succ[i] (and succ's phi arguments for it). */
static void remove_edge(Block *b, int i) {
    Block *s = b->succ[i];
    int k = ssa_pred_index(s, b);
    memmove(&s->preds[k], &s->preds[k + 1], sizeof(Block *) * (size_t)(s->npreds - k - 1));
    s->npreds--;
    for (int j = 0; j < s->nvals; j++) {
        Value *v = s->vals[j];
        if (v->op != SSA_PHI)
            continue;
        memmove(&v->args[k], &v->args[k + 1], sizeof(Value *) * (size_t)(v->nargs - k - 1));
        v->nargs--;
    }
    if (i == 0)
        b->succ[0] = b->succ[1];
    b->nsucc--;
}

void ssa_fold(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++)
            fold_value(b->vals[j]);
        if (b->kind == BK_IF && b->ctl->op == SSA_CONST && b->succ[0] != b->succ[1]) {
            remove_edge(b, b->ctl->aux ? 1 : 0);
            b->kind = BK_PLAIN;
            b->ctl = NULL;
        }
    }
}

/* ---- dead code ---- */

static void mark_reachable(Block *entry, Block **stack) {
    int sp = 0;
    stack[sp++] = entry;
    entry->visited = true;
    while (sp) {
        Block *b = stack[--sp];
        for (int i = 0; i < b->nsucc; i++)
            if (!b->succ[i]->visited) {
                b->succ[i]->visited = true;
                stack[sp++] = b->succ[i];
            }
    }
}

/* Removes blocks not reachable from the entry, with their edges. */
static void remove_unreachable(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++)
        f->blocks[i]->visited = false;
    mark_reachable(f->blocks[0], ARENA_NEWN(f->arena, Block *, f->nblocks));
    int n = 0;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        if (b->visited) {
            f->blocks[n++] = b;
            continue;
        }
        while (b->nsucc)
            remove_edge(b, b->nsucc - 1);
    }
    f->nblocks = n;
}

static void mark_live(Value *v, Value **stack, int *sp, char *live) {
    if (live[v->id])
        return;
    live[v->id] = 1;
    stack[(*sp)++] = v;
}

void ssa_deadcode(SsaFunc *f) {
    remove_unreachable(f);
    char *live = arena_alloc(f->arena, (size_t)f->nvalues + 1);
    Value **stack = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    int sp = 0;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++)
            if (!ssa_opinfo[b->vals[j]->op].pure)
                mark_live(b->vals[j], stack, &sp, live);
        if (b->ctl)
            mark_live(b->ctl, stack, &sp, live);
        for (int k = 0; k < b->nrets; k++)
            mark_live(b->rets[k], stack, &sp, live);
    }
    while (sp) {
        Value *v = stack[--sp];
        for (int k = 0; k < v->nargs; k++)
            mark_live(v->args[k], stack, &sp, live);
    }
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        int n = 0;
        for (int j = 0; j < b->nvals; j++)
            if (live[b->vals[j]->id])
                b->vals[n++] = b->vals[j];
        b->nvals = n;
    }
}

/* ---- control flow ---- */

static bool has_phis(Block *b) { return b->nvals && b->vals[0]->op == SSA_PHI; }

/* b is an empty plain block: let its predecessors jump straight to its successor. */
static bool bypass_empty(SsaFunc *f, Block *b) {
    Block *s = b->succ[0];
    if (b == f->blocks[0] || b->kind != BK_PLAIN || b->nvals || s == b || has_phis(s))
        return false;
    for (int i = 0; i < b->npreds; i++) {
        Block *p = b->preds[i];
        if (p->nsucc == 2 && (p->succ[0] == s || p->succ[1] == s))
            return false;   /* would create a double edge */
    }
    int k = ssa_pred_index(s, b);
    for (int i = 0; i < b->npreds; i++) {
        Block *p = b->preds[i];
        ssa_replace_succ(p, b, s);
        if (i == 0)
            s->preds[k] = p;
        else
            ssa_add_pred(f, s, p);
    }
    b->npreds = 0;
    b->nsucc = 0;
    return true;
}

/* b has one successor s whose only predecessor is b: append s to b. */
static bool merge_into_pred(SsaFunc *f, Block *b) {
    if (b->kind != BK_PLAIN)
        return false;
    Block *s = b->succ[0];
    if (s->npreds != 1 || s == b || s == f->blocks[0])
        return false;
    for (int j = 0; j < s->nvals; j++) {
        Value *v = s->vals[j];
        if (v->op == SSA_PHI) {
            v->op = SSA_COPY;
            v->nargs = 1;
        }
        ssa_append(f, b, v);
    }
    s->nvals = 0;
    b->kind = s->kind;
    b->ctl = s->ctl;
    b->rets = s->rets;
    b->nrets = s->nrets;
    b->cold = s->cold;
    b->nsucc = s->nsucc;
    for (int i = 0; i < s->nsucc; i++) {
        b->succ[i] = s->succ[i];
        ssa_replace_pred(s->succ[i], s, b);
    }
    s->nsucc = 0;
    s->npreds = 0;
    return true;
}

void ssa_simplify_cfg(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        if (!b->npreds && i != 0)
            continue;
        while (b->nsucc == 1 && merge_into_pred(f, b))
            ;
        if (b->npreds)
            bypass_empty(f, b);
    }
    ssa_copyelim(f);
    ssa_deadcode(f);
}

/* Phis (and the copies trivial phis become) take the class and width of
 * their float operands; repeated until nothing changes (phi cycles). */
void ssa_float_phis(SsaFunc *f) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < f->nblocks; i++) {
            Block *blk = f->blocks[i];
            for (int j = 0; j < blk->nvals; j++) {
                Value *v = blk->vals[j];
                if ((v->op != SSA_PHI && v->op != SSA_COPY) || v->flt)
                    continue;
                for (int k = 0; k < v->nargs; k++)
                    if (v->args[k]->flt) {
                        v->flt = true;
                        v->width = v->args[k]->width;
                        v->sign = false;
                        changed = true;
                        break;
                    }
            }
        }
    }
}
