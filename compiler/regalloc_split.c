/* regalloc_split.c - splits values that live across calls before register
 * allocation. Every register is clobbered by a call, so such a value must
 * live in a stack slot; without a split it would be read from the slot even
 * right after its definition. Here a value v that crosses a call and is used
 * in its own block before the next call gets a copy s = v placed right after
 * its definition (after the block's phis, the entry's arguments, or a call's
 * results); every use except those early ones reads s instead. v then lives
 * in a register up to its last early use, and s, which crosses the call,
 * gets the stack slot: the copy is the spill, as Go spills after the
 * definition. Runs on intervals from ra_intervals; the caller recomputes them. */
#include <string.h>

#include "regalloc.h"

typedef struct CopyAt {   /* copies to insert after one position */
    Value *s;
    struct CopyAt *next;
} CopyAt;

typedef struct Split {
    SsaFunc *f;
    int *calls;         /* positions of the calls, ascending */
    int ncalls;
    Value **repl;       /* by value id: the copy that takes over late uses */
    int *cut;           /* by value id: index of the first call after it in its block */
} Split;

static bool crosses_call(Split *sp, Value *v) {
    for (LiveRange *r = v->ranges; r; r = r->next) {
        int lo = 0, hi = sp->ncalls;
        while (lo < hi) {   /* first call > from */
            int mid = (lo + hi) / 2;
            if (sp->calls[mid] <= r->from)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < sp->ncalls && sp->calls[lo] < r->to)
            return true;
    }
    return false;
}

static bool candidate(Split *sp, Value *v) {
    return ssa_opinfo[v->op].result && v->uses > 0 && !v->fused && v->op != SSA_CONST &&
           v->op != SSA_ADDR && crosses_call(sp, v);
}

/* Does v have a use in its block before the next call (an "early" use)? */
static bool used_early(Split *sp, Value *v) {
    Block *b = v->block;
    int cut = sp->cut[v->id];
    for (int j = 0; j <= cut && j < b->nvals; j++) {
        Value *u = b->vals[j];
        if (u->op == SSA_PHI)
            continue;
        for (int k = 0; k < u->nargs; k++)
            if (u->args[k] == v)
                return true;
    }
    if (cut < b->nvals)
        return false;
    if (b->ctl == v)
        return true;
    for (int k = 0; k < b->nrets; k++)
        if (b->rets[k] == v)
            return true;
    return false;
}

/* Index after which the copy of b->vals[j] goes: after a run of phis, of
 * the entry's arguments, or of one call's results. */
static int copy_after(Block *b, int j) {
    Value *v = b->vals[j];
    while (j + 1 < b->nvals) {
        Value *n = b->vals[j + 1];
        bool same = (v->op == SSA_PHI && n->op == SSA_PHI) || (v->op == SSA_ARG && n->op == SSA_ARG) ||
                    (v->op == SSA_SELECT && n->op == SSA_SELECT && n->args[0] == v->args[0]);
        if (!same)
            break;
        j++;
    }
    return j;
}

/* The value a use of a should read: a itself if the use is early (in a's
 * block, at or before the next call, which reads its arguments before it
 * clobbers anything), else the copy. pos = index of the use, or -1 for the
 * block-end uses (branch condition, results). */
static Value *use_of(Split *sp, Value *a, Block *b, int pos) {
    Value *s = sp->repl[a->id];
    if (!s)
        return a;
    int cut = sp->cut[a->id];
    bool early = a->block == b && (pos < 0 ? cut == b->nvals : pos <= cut);
    return early ? a : s;
}

/* Rewrites the late uses in b (phis read at the end of a predecessor: late). */
static void rewrite_uses(Split *sp, Block *b) {
    for (int j = 0; j < b->nvals; j++) {
        Value *u = b->vals[j];
        for (int k = 0; k < u->nargs; k++)
            u->args[k] = use_of(sp, u->args[k], u->op == SSA_PHI ? NULL : b, j);
    }
    if (b->ctl)
        b->ctl = use_of(sp, b->ctl, b, -1);
    for (int k = 0; k < b->nrets; k++)
        b->rets[k] = use_of(sp, b->rets[k], b, -1);
}

/* Rebuilds b's values with each copy after the value (run) it copies. */
static void insert_copies(Split *sp, Block *b, CopyAt **after, int n) {
    if (!n)
        return;
    Value **vals = ARENA_NEWN(sp->f->arena, Value *, b->nvals + n);
    int k = 0;
    for (int j = 0; j < b->nvals; j++) {
        vals[k++] = b->vals[j];
        for (CopyAt *c = after[j]; c; c = c->next) {
            vals[k++] = c->s;
            c->s->block = b;
        }
    }
    b->vals = vals;
    b->nvals = b->capvals = k;
}

static void find_calls_and_cuts(Split *sp) {
    SsaFunc *f = sp->f;
    int n = 0;
    for (int i = 0; i < f->nblocks; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++)
            n += f->blocks[i]->vals[j]->op == SSA_CALL;
    sp->calls = ARENA_NEWN(f->arena, int, n + 1);
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        int next = b->nvals;
        for (int j = b->nvals - 1; j >= 0; j--) {
            sp->cut[b->vals[j]->id] = next;
            if (b->vals[j]->op == SSA_CALL)
                next = j;
        }
        for (int j = 0; j < b->nvals; j++)
            if (b->vals[j]->op == SSA_CALL)
                sp->calls[sp->ncalls++] = b->vals[j]->lpos;
    }
}

bool ra_split_calls(SsaFunc *f) {
    Split sp = {f, NULL, 0, NULL, NULL};
    sp.repl = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    sp.cut = ARENA_NEWN(f->arena, int, f->nvalues + 1);
    find_calls_and_cuts(&sp);
    if (!sp.ncalls)
        return false;
    CopyAt ***after = ARENA_NEWN(f->arena, CopyAt **, f->nblocks + 1);
    int *ncopies = ARENA_NEWN(f->arena, int, f->nblocks + 1), total = 0;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        after[i] = ARENA_NEWN(f->arena, CopyAt *, b->nvals + 1);
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            if (!candidate(&sp, v) || !used_early(&sp, v))
                continue;
            Value *s = ssa_new_value(f, NULL, SSA_COPY, v->width, v->pos);
            ssa_add_arg(f, s, v);
            int at = copy_after(b, j);
            CopyAt *c = ARENA_NEW(f->arena, CopyAt);
            *c = (CopyAt){s, after[i][at]};
            after[i][at] = c;
            sp.repl[v->id] = s;
            ncopies[i]++;
            total++;
        }
    }
    if (!total)
        return false;
    for (int i = 0; i < f->nblocks; i++)
        rewrite_uses(&sp, f->blocks[i]);
    for (int i = 0; i < f->nblocks; i++)
        insert_copies(&sp, f->blocks[i], after[i], ncopies[i]);
    return true;
}
