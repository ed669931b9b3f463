/* regalloc.c - linear-scan register allocation over the SSA in layout order
 * (Poletto & Sarkar's scan with the lifetime holes of Wimmer & Mössenböck,
 * without interval splitting), with fixed-register constraints.
 *
 * Each value has an interval made of ranges (regalloc_live.c); between them
 * are holes where another value may use the same register (a loop's phi is
 * dead on the back edge after its new value is computed). Values are visited
 * in order of their start; the scan keeps the intervals covering the current
 * position (active) and those in a hole (inactive). A value gets a register
 * that no active interval holds, no inactive interval it intersects holds,
 * and that no instruction inside its ranges clobbers (a call clobbers every
 * allocatable register, a division AX and DX, a variable shift CX). So a value
 * live across a call never sits in a register: it lives in a stack slot,
 * exactly the values Go would have to spill too. When registers run out, the
 * interval that ends furthest away is spilled for its whole life.
 * Constants and symbol addresses are never stored: when spilled they are
 * rematerialised at each use (LOC_REMAT).
 *
 * Float values (Value.flt) form a second register class, X0-X13 (X14 is the
 * emitter's float scratch, X15 the fixed zero): an interval only ever gets a
 * register of its class, and a call clobbers both classes.
 *
 * Fixed registers at calls, entry and return are reached with parallel moves
 * that the emitter writes; hints (the ABI register a value will be moved to,
 * the register of the phi a value feeds, an operand's register for two-address
 * ops) make most of those moves disappear. */
#include <stdlib.h>
#include <string.h>

#include "regalloc.h"

const int amd64_abi_internal_regs[ABI_INTERNAL_NREGS] = {
    REG_AX, REG_BX, REG_CX, REG_DI, REG_SI, REG_R8, REG_R9, REG_R10, REG_R11,
};
const int amd64_abi_c_args[ABI_C_NARGS] = {REG_DI, REG_SI, REG_DX, REG_CX, REG_R8, REG_R9};
const int amd64_abi_c_results[ABI_C_NRES] = {REG_AX, REG_DX};

int amd64_arg_reg(int abi, int i) {
    if (abi == SSA_ABI_C)
        return i < ABI_C_NARGS ? amd64_abi_c_args[i] : REG_NONE;
    return i < ABI_INTERNAL_NREGS ? amd64_abi_internal_regs[i] : REG_NONE;
}

int amd64_result_reg(int abi, int i) {
    if (abi == SSA_ABI_C)
        return i < ABI_C_NRES ? amd64_abi_c_results[i] : REG_NONE;
    return i < ABI_INTERNAL_NREGS ? amd64_abi_internal_regs[i] : REG_NONE;
}

int amd64_farg_reg(int abi, int i) {
    int max = abi == SSA_ABI_C ? 8 : ABI_INTERNAL_NFREGS;
    return i < max ? REG_X0 + i : REG_NONE;
}

int amd64_word_reg(int abi, Value **words, int k, bool result) {
    int i = 0;
    for (int j = 0; j < k; j++)
        i += words[j]->flt == words[k]->flt;
    if (words[k]->flt)
        return result && abi == SSA_ABI_C ? (i < 2 ? REG_X0 + i : REG_NONE) : amd64_farg_reg(abi, i);
    return result ? amd64_result_reg(abi, i) : amd64_arg_reg(abi, i);
}

/* The ABI register of an incoming argument or a call result word (aux counts its class). */
static int fixed_reg(Value *v, int abi, bool result) {
    if (v->flt)
        return result && abi == SSA_ABI_C ? (v->aux < 2 ? REG_X0 + (int)v->aux : REG_NONE) : amd64_farg_reg(abi, (int)v->aux);
    return result ? amd64_result_reg(abi, (int)v->aux) : amd64_arg_reg(abi, (int)v->aux);
}

int amd64_value_reg(Value *v) {
    if (v->op == SSA_ARG && v->closure)
        return REG_DX;
    if (v->op == SSA_ARG)
        return fixed_reg(v, SSA_ABI_INTERNAL, false);
    return fixed_reg(v, (int)v->args[0]->aux, true);
}

int amd64_call_arg_reg(Value *call, int k) {
    if (call->closure && k == call->nargs - 1)
        return REG_DX;
    return amd64_word_reg((int)call->aux, call->args, k, false);
}

unsigned amd64_clobbers(Value *v) {
    switch (v->op) {
    case SSA_CALL: return RA_ALLOCATABLE | RA_XMM_ALLOCATABLE;
    case SSA_DIV:
    case SSA_MOD: return (1u << REG_AX) | (1u << REG_DX);
    case SSA_SHL:
    case SSA_SHR: return v->imm ? 0 : 1u << REG_CX;
    default: return 0;
    }
}

/* Sorted clobber positions of one register. */
typedef struct Clob {
    int *pos;
    int n, cap;
} Clob;

typedef struct RA {
    SsaFunc *f;
    Clob clob[REG_COUNT];
    Value *owner[REG_COUNT];    /* active value holding each register */
    Value **active, **inactive, **moved;
    int nactive, ninactive;
} RA;

static void clob_add(RA *ra, int r, int pos) {
    Clob *c = &ra->clob[r];
    if (c->n == c->cap) {
        int ncap = c->cap ? c->cap * 2 : 16;
        int *n = ARENA_NEWN(ra->f->arena, int, ncap);
        if (c->n)
            memcpy(n, c->pos, sizeof(int) * (size_t)c->n);
        c->pos = n;
        c->cap = ncap;
    }
    c->pos[c->n++] = pos;
}

/* Is register r clobbered strictly inside one of v's ranges? */
static bool clobbered_inside(RA *ra, int r, Value *v) {
    Clob *c = &ra->clob[r];
    for (LiveRange *rg = v->ranges; rg; rg = rg->next) {
        int lo = 0, hi = c->n;
        while (lo < hi) {   /* first clobber > from */
            int mid = (lo + hi) / 2;
            if (c->pos[mid] <= rg->from)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < c->n && c->pos[lo] < rg->to)
            return true;
    }
    return false;
}

/* Does v's interval cover position p? (p only grows, so the cursor moves forward.) */
static bool covers(Value *v, int p) {
    while (v->rcur && v->rcur->to <= p)
        v->rcur = v->rcur->next;
    return v->rcur && v->rcur->from <= p;
}

static bool intersects(Value *a, Value *b) {
    LiveRange *x = a->ranges, *y = b->ranges;
    while (x && y) {
        if (x->to <= y->from)
            x = x->next;
        else if (y->to <= x->from)
            y = y->next;
        else
            return true;
    }
    return false;
}

static bool needs_reg(Value *v) { return ssa_opinfo[v->op].result && v->uses > 0 && !v->fused; }

static bool rematerializable(Value *v) { return v->op == SSA_CONST || v->op == SSA_ADDR; }

/* Marks constants and addresses that are only ever copied somewhere (call
 * and phi arguments, results, stored immediates): they are written straight
 * into their destination and need no register of their own. */
static void find_moved_only(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++)
            f->blocks[i]->vals[j]->moved_only = rematerializable(f->blocks[i]->vals[j]);
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            bool copies = v->op == SSA_CALL || v->op == SSA_PHI;
            for (int k = 0; k < v->nargs; k++) {
                Value *a = v->args[k];
                bool imm_store = v->op == SSA_STORE && k == v->nargs - 1 && a->op == SSA_CONST &&
                                 ssa_fits_int32(a->aux);
                if (!copies && !imm_store)
                    a->moved_only = false;
            }
        }
        if (b->ctl)
            b->ctl->moved_only = false;
    }
}

/* Records clobbers, sets ABI hints and the outgoing argument area. */
static void prepare(RA *ra) {
    SsaFunc *f = ra->f;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++) {
            Value *v = b->vals[j];
            unsigned m = amd64_clobbers(v);
            for (int r = 0; r < REG_COUNT; r++)
                if (m >> r & 1)
                    clob_add(ra, r, v->lpos);
            if (v->op == SSA_ARG || v->op == SSA_SELECT)
                v->hint = amd64_value_reg(v);
            else if (v->op == SSA_DIV)
                v->hint = REG_AX;
            else if (v->op == SSA_MOD)
                v->hint = REG_DX;
            if (v->op == SSA_CALL) {
                f->has_calls = true;
                if (v->aux == SSA_ABI_INTERNAL && 8 * v->nargs > f->outargs)
                    f->outargs = 8 * v->nargs;
                for (int k = 0; k < v->nargs; k++)
                    if (v->args[k]->hint == REG_NONE && v->args[k]->lend == v->lpos)
                        v->args[k]->hint = amd64_call_arg_reg(v, k);
            }
            if (v->op == SSA_PHI) {
                v->hintv = v->args[0];
                for (int k = 0; k < v->nargs; k++)
                    if (!v->args[k]->hintv)
                        v->args[k]->hintv = v;
            }
        }
        for (int k = 0; k < b->nrets; k++)
            if (b->rets[k]->hint == REG_NONE)
                b->rets[k]->hint = amd64_word_reg(SSA_ABI_INTERNAL, b->rets, k, true);
    }
}

/* Moves intervals between active, inactive and handled for position p. */
static void advance(RA *ra, int p) {
    Value **keep = ra->active;
    int na = 0, ni = 0, n = ra->nactive;
    Value **moved = ra->moved;
    int nmoved = 0;
    for (int i = 0; i < n; i++) {
        Value *w = ra->active[i];
        if (w->loc.kind != LOC_REG || w->lend <= p) {
            if (w->loc.kind == LOC_REG && ra->owner[w->loc.reg] == w)
                ra->owner[w->loc.reg] = NULL;
        } else if (!covers(w, p)) {
            ra->owner[w->loc.reg] = NULL;
            moved[nmoved++] = w;
        } else
            keep[na++] = w;
    }
    for (int i = 0; i < ra->ninactive; i++) {
        Value *w = ra->inactive[i];
        if (w->loc.kind != LOC_REG || w->lend <= p)
            continue;
        if (covers(w, p)) {
            keep[na++] = w;
            ra->owner[w->loc.reg] = w;
        } else
            ra->inactive[ni++] = w;
    }
    for (int i = 0; i < nmoved; i++)
        ra->inactive[ni++] = moved[i];
    ra->nactive = na;
    ra->ninactive = ni;
}

/* May v take register r for its whole interval (ignoring active owners)? */
static bool usable(RA *ra, Value *v, int r) {
    unsigned class = v->flt ? RA_XMM_ALLOCATABLE : RA_ALLOCATABLE;
    if (r == REG_NONE || !(class >> r & 1) || clobbered_inside(ra, r, v))
        return false;
    for (int i = 0; i < ra->ninactive; i++)
        if (ra->inactive[i]->loc.reg == r && intersects(ra->inactive[i], v))
            return false;
    return true;
}

static bool usable_free(RA *ra, Value *v, int r) { return r != REG_NONE && !ra->owner[r] && usable(ra, v, r); }

static int pick_free(RA *ra, Value *v) {
    static const int order[] = {REG_AX, REG_BX, REG_CX, REG_DX, REG_SI, REG_DI, REG_R8,
                                REG_R9, REG_R10, REG_R11, REG_R15};
    if (usable_free(ra, v, v->hint))
        return v->hint;
    if (v->hintv && v->hintv->loc.kind == LOC_REG && usable_free(ra, v, v->hintv->loc.reg))
        return v->hintv->loc.reg;
    if (v->nargs && v->op != SSA_PHI && v->op != SSA_CALL) {
        Value *a = v->args[0];
        if (a->loc.kind == LOC_REG && a->lend == v->lpos && usable_free(ra, v, a->loc.reg))
            return a->loc.reg;
    }
    if (v->flt) {
        for (int r = REG_X0; r <= REG_X13; r++)
            if (usable_free(ra, v, r))
                return r;
        return REG_NONE;
    }
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (usable_free(ra, v, order[i]))
            return order[i];
    return REG_NONE;
}

static void spill(Value *v) {
    v->loc.kind = (v->op == SSA_CONST || v->op == SSA_ADDR) ? LOC_REMAT : LOC_STACK;
}

static void assign(RA *ra, Value *v, int r) {
    v->loc.kind = LOC_REG;
    v->loc.reg = r;
    ra->owner[r] = v;
    ra->active[ra->nactive++] = v;
}

static void allocate(RA *ra, Value *v) {
    advance(ra, v->lfrom);
    int r = pick_free(ra, v);
    if (r != REG_NONE) {
        assign(ra, v, r);
        return;
    }
    Value *victim = NULL;   /* the active interval ending last whose register v may use */
    for (int i = 0; i < ra->nactive; i++) {
        Value *w = ra->active[i];
        if (usable(ra, v, w->loc.reg) && (!victim || w->lend > victim->lend))
            victim = w;
    }
    if (!victim || victim->lend <= v->lend) {
        spill(v);
        return;
    }
    r = victim->loc.reg;
    ra->owner[r] = NULL;
    spill(victim);
    advance(ra, v->lfrom);  /* drops the victim from the active list */
    assign(ra, v, r);
}

/* Stack slots for spilled values, after the outgoing argument area. Slots
 * are shared by values whose intervals do not overlap: the same linear scan
 * as for registers, with an unbounded number of "registers". The stack
 * objects (non-escaping variables, 8-byte aligned) come last. */
static void layout_frame(SsaFunc *f, Value **vals, int nvals) {
    int nslots = 0, nactive = 0, nfree = 0, cap = 16;
    Value **active = ARENA_NEWN(f->arena, Value *, cap);
    int *freeslots = ARENA_NEWN(f->arena, int, cap);
    for (int i = 0; i < nvals; i++) {
        Value *v = vals[i];
        if (v->loc.kind != LOC_STACK)
            continue;
        int n = 0;
        for (int k = 0; k < nactive; k++) {
            if (active[k]->lend <= v->lfrom)
                freeslots[nfree++] = active[k]->loc.off;
            else
                active[n++] = active[k];
        }
        nactive = n;
        v->loc.off = nfree ? freeslots[--nfree] : f->outargs + 8 * nslots++;
        if (nactive == cap) {   /* every slot is in use: nfree == 0 */
            Value **na = ARENA_NEWN(f->arena, Value *, 2 * cap);
            memcpy(na, active, sizeof(Value *) * (size_t)cap);
            active = na;
            freeslots = ARENA_NEWN(f->arena, int, 2 * cap);
            cap *= 2;
        }
        active[nactive++] = v;
    }
    f->stkbase = f->outargs + 8 * nslots;
    f->framesize = (f->stkbase + ((f->stkobjs + 7) & ~7) + 15) & ~15;
}

/* ---- checking the result ---- */

typedef struct Use {
    int from, to;
    Value *v;
} Use;

static int by_from(const void *a, const void *b) {
    const Use *x = a, *y = b;
    return x->from < y->from ? -1 : x->from > y->from;
}

/* Verifies the allocation: no two values overlap in one register, and no
 * instruction inside a value's ranges clobbers its register. Linear in the
 * number of ranges (after sorting); aborts on a bug, never on bad input. */
static void check_allocation(RA *ra, Value **vals, int n) {
    SsaFunc *f = ra->f;
    int nr = 0;
    for (int i = 0; i < n; i++)
        for (LiveRange *r = vals[i]->ranges; r && vals[i]->loc.kind == LOC_REG; r = r->next)
            nr++;
    Use *u = ARENA_NEWN(f->arena, Use, nr + 1);
    for (int reg = 0; reg < REG_COUNT; reg++) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            Value *v = vals[i];
            if (v->loc.kind != LOC_REG || v->loc.reg != reg)
                continue;
            if (clobbered_inside(ra, reg, v))
                diag_fatal("internal error: %s: v%d lives in clobbered %s", f->name, v->id, amd64_regname[reg]);
            for (LiveRange *r = v->ranges; r; r = r->next)
                u[k++] = (Use){r->from, r->to, v};
        }
        qsort(u, (size_t)k, sizeof(Use), by_from);
        Use last = {0, 0, NULL};    /* the range reaching furthest so far */
        for (int i = 0; i < k; i++) {
            if (last.v && u[i].from < last.to && u[i].v != last.v)
                diag_fatal("internal error: %s: v%d and v%d overlap in %s", f->name, last.v->id, u[i].v->id,
                           amd64_regname[reg]);
            if (u[i].to > last.to)
                last = u[i];
        }
    }
}

static int by_start(const void *a, const void *b) {
    const Value *x = *(Value *const *)a, *y = *(Value *const *)b;
    if (x->lfrom != y->lfrom)
        return x->lfrom < y->lfrom ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

void ssa_regalloc(SsaFunc *f) {
    ssa_count_uses(f);
    ra_intervals(f);
    if (ra_split_calls(f)) {
        ssa_count_uses(f);
        ra_intervals(f);
    }
    RA ra = {0};
    ra.f = f;
    ra.active = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    ra.inactive = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    ra.moved = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    prepare(&ra);
    find_moved_only(f);
    Value **vals = ARENA_NEWN(f->arena, Value *, f->nvalues + 1);
    int n = 0;
    for (int i = 0; i < f->nblocks; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++) {
            Value *v = f->blocks[i]->vals[j];
            v->loc.kind = LOC_NONE;
            if (needs_reg(v) && v->moved_only)
                v->loc.kind = LOC_REMAT;
            else if (needs_reg(v))
                vals[n++] = v;
        }
    qsort(vals, (size_t)n, sizeof(Value *), by_start);  /* intervals in order of their start */
    for (int i = 0; i < n; i++)
        allocate(&ra, vals[i]);
    check_allocation(&ra, vals, n);
    layout_frame(f, vals, n);
}
