/* regalloc_live.c - what the register allocator needs to know before it
 * assigns registers: critical edges split (so phi moves have a block to live
 * in), the block layout (reverse postorder, cold panic paths last), linear
 * positions for every value, liveness by backward dataflow over bitsets, and
 * from it each value's live interval [lpos, lend] in layout order.
 *
 * Positions: a block spans [lstart, lend]; its phis sit at lstart, its other
 * values at lstart + 2(i+1), except that the entry's SSA_ARGs all sit at the
 * entry's lstart and a call's SSA_SELECTs at the call's position + 1 (their
 * registers are all written at once). Block-end uses (phi arguments for a
 * successor, the branch condition, returned words) are at lend. */
#include <string.h>

#include "regalloc.h"

/* ---- critical edges ---- */

void ssa_split_critical(SsaFunc *f) {
    int n = f->nblocks;
    for (int i = 0; i < n; i++) {
        Block *b = f->blocks[i];
        if (b->npreds < 2 || !b->nvals || b->vals[0]->op != SSA_PHI)
            continue;
        for (int k = 0; k < b->npreds; k++) {
            Block *p = b->preds[k];
            if (p->nsucc < 2)
                continue;
            Block *mid = ssa_new_block(f, BK_PLAIN);
            mid->pos = p->pos;
            mid->cold = b->cold;
            for (int s = 0; s < p->nsucc; s++)
                if (p->succ[s] == b) {
                    p->succ[s] = mid;
                    break;
                }
            mid->succ[0] = b;
            mid->nsucc = 1;
            mid->preds = ARENA_NEWN(f->arena, Block *, 1);
            mid->preds[0] = p;
            mid->npreds = mid->cappreds = 1;
            b->preds[k] = mid;
        }
    }
}

/* ---- layout ---- */

/* Depth-first postorder, iterative; returns the number of blocks written. */
static int postorder(SsaFunc *f, Block **out) {
    Block **stack = ARENA_NEWN(f->arena, Block *, f->nblocks + 1);
    int *next = ARENA_NEWN(f->arena, int, f->nblocks + 1);
    int sp = 0, n = 0;
    for (int i = 0; i < f->nblocks; i++)
        f->blocks[i]->visited = false;
    stack[sp] = f->blocks[0];
    next[sp++] = 0;
    f->blocks[0]->visited = true;
    while (sp) {
        Block *b = stack[sp - 1];
        /* visit successors in reverse so that succ[0] comes first in RPO */
        int k = next[sp - 1]++;
        if (k < b->nsucc) {
            Block *s = b->succ[b->nsucc - 1 - k];
            if (!s->visited) {
                s->visited = true;
                stack[sp] = s;
                next[sp++] = 0;
            }
            continue;
        }
        out[n++] = b;
        sp--;
    }
    return n;
}

void ssa_layout(SsaFunc *f) {
    Block **po = ARENA_NEWN(f->arena, Block *, f->nblocks + 1);
    int n = postorder(f, po);
    int k = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = n - 1; i >= 0; i--)
            if (po[i]->cold == (pass == 1))
                f->blocks[k++] = po[i];
    f->nblocks = k;
    for (int i = 0; i < k; i++)
        f->blocks[i]->order = i;
}

/* ---- positions ---- */

static void number_positions(SsaFunc *f) {
    int p = 0;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        b->lstart = p;
        int last = p;
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            if (v->op == SSA_PHI || (v->op == SSA_ARG && i == 0))
                v->lpos = p;
            else if (v->op == SSA_SELECT)
                v->lpos = v->args[0]->lpos + 1;
            else
                v->lpos = p + 2 * (j + 1);
            v->lend = v->lpos;
            last = p + 2 * (j + 1);
        }
        b->lend = last + 2;
        p = b->lend + 2;
    }
}

/* ---- liveness ---- */

static inline void bset(uint64_t *s, int i) { s[i >> 6] |= 1ull << (i & 63); }
static inline void bclr(uint64_t *s, int i) { s[i >> 6] &= ~(1ull << (i & 63)); }
static inline bool bget(const uint64_t *s, int i) { return s[i >> 6] >> (i & 63) & 1; }

/* live-in of b from live-out: walk the block backwards. */
static void block_livein(Block *b, const uint64_t *out, uint64_t *in, int words) {
    memcpy(in, out, sizeof(uint64_t) * (size_t)words);
    if (b->ctl)
        bset(in, b->ctl->id);
    for (int k = 0; k < b->nrets; k++)
        bset(in, b->rets[k]->id);
    for (int j = b->nvals - 1; j >= 0; j--) {
        Value *v = b->vals[j];
        bclr(in, v->id);
        if (v->op == SSA_PHI)
            continue;
        for (int k = 0; k < v->nargs; k++)
            bset(in, v->args[k]->id);
    }
}

/* live-out of b: live-in of each successor minus its phis, plus the phi
 * arguments that flow along the edge from b. */
static void block_liveout(Block *b, uint64_t **livein, uint64_t *out, int words) {
    memset(out, 0, sizeof(uint64_t) * (size_t)words);
    for (int s = 0; s < b->nsucc; s++) {
        Block *c = b->succ[s];
        uint64_t *in = livein[c->order];
        for (int w = 0; w < words; w++)
            out[w] |= in[w];
        int k = ssa_pred_index(c, b);
        for (int j = 0; j < c->nvals && c->vals[j]->op == SSA_PHI; j++)
            bset(out, c->vals[j]->args[k]->id);
    }
}

/* Adds [from, to) to v's ranges. Blocks are visited last to first and
 * values backwards, so new ranges never start after the first one. */
static void add_range(SsaFunc *f, Value *v, int from, int to) {
    LiveRange *r = v->ranges;
    if (r && from <= r->to && to >= r->from) {
        if (from < r->from)
            r->from = from;
        if (to > r->to)
            r->to = to;
        if (to > v->lend)
            v->lend = to;
        return;
    }
    r = ARENA_NEW(f->arena, LiveRange);
    *r = (LiveRange){from, to, v->ranges};
    v->ranges = r;
    if (to > v->lend)
        v->lend = to;
}

/* The definition of v at pos: its first range starts there. */
static void set_from(SsaFunc *f, Value *v, int pos) {
    if (!v->ranges)
        add_range(f, v, pos, pos + 1);  /* dead value: live at its definition only */
    else
        v->ranges->from = pos;
}

static void block_ranges(SsaFunc *f, Block *b, const uint64_t *out, int words, Value **byid) {
    for (int w = 0; w < words; w++)
        for (uint64_t m = out[w]; m; m &= m - 1)
            add_range(f, byid[w * 64 + __builtin_ctzll(m)], b->lstart, b->lend + 1);
    if (b->ctl)
        add_range(f, b->ctl, b->lstart, b->lend);
    for (int k = 0; k < b->nrets; k++)
        add_range(f, b->rets[k], b->lstart, b->lend);
    for (int j = b->nvals - 1; j >= 0; j--) {
        Value *v = b->vals[j];
        set_from(f, v, v->lpos);
        if (v->op == SSA_PHI)
            continue;
        for (int k = 0; k < v->nargs; k++)
            add_range(f, v->args[k], b->lstart, v->lpos);
    }
}

/* Computes every value's interval: lpos, ranges, lend. */
void ra_intervals(SsaFunc *f) {
    number_positions(f);
    int words = (f->nvalues + 63) / 64, nb = f->nblocks;
    uint64_t **in = ARENA_NEWN(f->arena, uint64_t *, nb), **out = ARENA_NEWN(f->arena, uint64_t *, nb);
    for (int i = 0; i < nb; i++) {
        in[i] = ARENA_NEWN(f->arena, uint64_t, words + 1);
        out[i] = ARENA_NEWN(f->arena, uint64_t, words + 1);
    }
    uint64_t *tmp = ARENA_NEWN(f->arena, uint64_t, words + 1);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = nb - 1; i >= 0; i--) {
            Block *b = f->blocks[i];
            block_liveout(b, in, out[i], words);
            block_livein(b, out[i], tmp, words);
            if (memcmp(tmp, in[i], sizeof(uint64_t) * (size_t)words)) {
                memcpy(in[i], tmp, sizeof(uint64_t) * (size_t)words);
                changed = true;
            }
        }
    }
    Value **byid = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++) {
            Value *v = f->blocks[i]->vals[j];
            byid[v->id] = v;
            v->ranges = v->rcur = NULL;
            v->lend = 0;
        }
    for (int i = nb - 1; i >= 0; i--)
        block_ranges(f, f->blocks[i], out[i], words, byid);
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++) {
            Value *v = f->blocks[i]->vals[j];
            v->rcur = v->ranges;
            if (v->lend < v->lpos)
                v->lend = v->lpos;
        }
}
