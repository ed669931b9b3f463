/* regalloc_live.c - what the register allocator needs to know before it
 * assigns registers: critical edges split (so phi moves have a block to live
 * in), the block layout (reverse postorder, cold panic paths last, loops
 * rotated so their exit test follows the body), linear positions for every
 * value, liveness, and from it each value's live interval: ranges with holes,
 * in layout order.
 *
 * Liveness is computed per value by walking backwards from each use to the
 * definition ("path exploration", as in Brandner et al., "Computing Liveness
 * Sets for SSA-Form Programs"), so its cost and memory are proportional to
 * the size of the live sets, not to blocks x values.
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

/* Appends b and, after it, the loop headers rotated to follow it. */
static void place(Block *b, Block **out, int *k) {
    out[(*k)++] = b;
    for (Block *h = b->rot_first; h; h = h->rot_next)
        place(h, out, k);
}

/* Loop rotation: a loop header that tests the exit condition moves after
 * the loop's last block, so each iteration falls into the test and takes one
 * branch back to the body instead of a jump to the header plus a branch. */
static void rotate_loops(SsaFunc *f, Block **rpo, int n) {
    for (int i = 1; i < n; i++) {
        Block *h = rpo[i], *latch = NULL;
        if (h->kind != BK_IF || h->cold)
            continue;
        for (int k = 0; k < h->npreds; k++) {
            Block *p = h->preds[k];
            if (p->order > h->order && !p->cold && (!latch || p->order > latch->order))
                latch = p;
        }
        if (!latch)
            continue;
        h->rot_moved = true;
        h->rot_next = latch->rot_first;
        latch->rot_first = h;
    }
    int k = 0;
    for (int i = 0; i < n; i++)
        if (!rpo[i]->rot_moved)
            place(rpo[i], f->blocks, &k);
}

void ssa_layout(SsaFunc *f) {
    Block **po = ARENA_NEWN(f->arena, Block *, f->nblocks + 1);
    Block **rpo = ARENA_NEWN(f->arena, Block *, f->nblocks + 1);
    int n = postorder(f, po);
    int k = 0;
    for (int pass = 0; pass < 2; pass++)    /* reverse postorder, cold blocks last */
        for (int i = n - 1; i >= 0; i--)
            if (po[i]->cold == (pass == 1))
                rpo[k++] = po[i];
    for (int i = 0; i < k; i++) {
        rpo[i]->order = i;
        rpo[i]->rot_first = rpo[i]->rot_next = NULL;
        rpo[i]->rot_moved = false;
    }
    rotate_loops(f, rpo, k);
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

typedef struct Live {
    SsaFunc *f;
    int *instamp, *outstamp;    /* by block order: id+1 of the value last added */
    int **out;                  /* live-out value ids per block (unordered) */
    int *nout, *capout;
    Block **stack;
} Live;

static void add_out(Live *lv, Block *b, Value *v) {
    int o = b->order;
    if (lv->outstamp[o] == v->id + 1)
        return;
    lv->outstamp[o] = v->id + 1;
    if (lv->nout[o] == lv->capout[o]) {
        int ncap = lv->capout[o] ? 2 * lv->capout[o] : 8;
        int *n = ARENA_NEWN(lv->f->arena, int, ncap);
        if (lv->nout[o])
            memcpy(n, lv->out[o], sizeof(int) * (size_t)lv->nout[o]);
        lv->out[o] = n;
        lv->capout[o] = ncap;
    }
    lv->out[o][lv->nout[o]++] = v->id;
}

/* v is used in b (before any definition in b): mark it live-in there and
 * live-out of the predecessors, up to its definition. */
static void live_up(Live *lv, Block *b, Value *v) {
    int sp = 0;
    lv->stack[sp++] = b;
    while (sp) {
        Block *x = lv->stack[--sp];
        if (x == v->block || lv->instamp[x->order] == v->id + 1)
            continue;
        lv->instamp[x->order] = v->id + 1;
        for (int i = 0; i < x->npreds; i++) {
            add_out(lv, x->preds[i], v);
            lv->stack[sp++] = x->preds[i];
        }
    }
}

/* Stack bound for live_up: every block is pushed at most once per predecessor edge. */
static int edge_count(SsaFunc *f) {
    int n = 1;
    for (int i = 0; i < f->nblocks; i++)
        n += f->blocks[i]->npreds;
    return n;
}

static void compute_liveout(SsaFunc *f, Live *lv) {
    int nb = f->nblocks;
    lv->f = f;
    lv->instamp = ARENA_NEWN(f->arena, int, nb);
    lv->outstamp = ARENA_NEWN(f->arena, int, nb);
    lv->out = ARENA_NEWN(f->arena, int *, nb);
    lv->nout = ARENA_NEWN(f->arena, int, nb);
    lv->capout = ARENA_NEWN(f->arena, int, nb);
    lv->stack = ARENA_NEWN(f->arena, Block *, edge_count(f));
    for (int i = 0; i < nb; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            for (int k = 0; k < v->nargs; k++) {
                Value *a = v->args[k];
                if (v->op == SSA_PHI) {     /* used at the end of the k-th predecessor */
                    add_out(lv, b->preds[k], a);
                    live_up(lv, b->preds[k], a);
                } else
                    live_up(lv, b, a);
            }
        }
        if (b->ctl)
            live_up(lv, b, b->ctl);
        for (int k = 0; k < b->nrets; k++)
            live_up(lv, b, b->rets[k]);
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

static void block_ranges(SsaFunc *f, Block *b, Live *lv, Value **byid) {
    for (int i = 0; i < lv->nout[b->order]; i++)
        add_range(f, byid[lv->out[b->order][i]], b->lstart, b->lend + 1);
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
    int nb = f->nblocks;
    Value **byid = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++) {
            Value *v = f->blocks[i]->vals[j];
            byid[v->id] = v;
            v->ranges = v->rcur = NULL;
            v->lend = 0;
        }
    Live lv;
    compute_liveout(f, &lv);
    for (int i = nb - 1; i >= 0; i--)
        block_ranges(f, f->blocks[i], &lv, byid);
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++) {
            Value *v = f->blocks[i]->vals[j];
            v->rcur = v->ranges;
            v->lfrom = v->ranges ? v->ranges->from : v->lpos;
            if (v->lend < v->lpos)
                v->lend = v->lpos;
        }
}
