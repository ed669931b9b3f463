/* ssa_defer.c - defer statements (docs/abi.md §10): `defer f(args)` becomes
 * a func() closure holding the evaluated arguments (bld_call_closure, shared
 * with go statements; ssa_callwrap.c for every other call shape) passed to
 * runtime.deferproc; every return of a function that defers calls
 * runtime.deferreturn after its results are evaluated. The frame has a fixed
 * SP, as §10 requires.
 *
 * In a function that defers, every named result lives in memory: a zeroed
 * heap cell, or its stack object when escape analysis keeps it in the frame
 * (a deferred closure may change it, and a recovered panic returns what it
 * holds). The addresses are also stored in fixed frame slots (stack objects
 * of their own): the block deferproc's AX = 1 leads to may use no value
 * computed before it (no register is valid, and spill slots may have been
 * reused), so it reads the addresses from those slots. A return stores its
 * values into the results' memory, calls deferreturn, then returns what the
 * memory holds.
 *
 * recover() is runtime.gorecover(argp), argp = the entry SP + 8 (the FP
 * pseudo-register): two words, the interface{} panic value or nil. */
#include <string.h>

#include "ssa_build.h"

/* The frame slot holding the address of named result k. */
static Value *result_slot(Builder *b, int k, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = ssa_sym_stk;
    a->aux = b->result_slots + 8 * k;
    return a;
}

Var *bld_defer_result_var(Builder *b, Object *o, Type *t, int k, Pos pos) {
    if (k == 0) {
        b->result_slots = b->f->stkobjs;
        b->f->stkobjs += 8 * b->sig->results->nfields;
    }
    Var *v = o ? bld_var_of(b, o) : bld_new_var(b, t);
    Value *mem;
    if (v->stack) {     /* a stack object (escape.c): zeroed here */
        mem = bld_read_var(b, v).v[0];
        bld_store(b, t, mem, bld_zero(b, t, pos), pos);
    } else {            /* boxed: its one word is the address of a zeroed heap cell */
        v->boxed = true;
        v->nwords = 1;
        v->wt[0] = (WordType){8, false, false};
        mem = bld_alloc(b, t, pos);
        bld_write_var(b, v, (Words){{mem}, 1});
    }
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, result_slot(b, k, pos), mem);
    st->mwidth = 8;
    return v;
}

/* The block deferproc's AX = 1 leads to: zero results (bld_defer_finish
 * adds the deferreturn), or deferreturn and the named results' cells, their
 * addresses read from the frame slots. */
static void resume(Builder *b, Pos pos) {
    Type *res = b->sig->results;
    Words *vals = ARENA_NEWN(b->f->arena, Words, res->nfields + 1);
    if (b->results)
        bld_call_runtime(b, "deferreturn", NULL, 0, 0, NULL, pos);
    for (int i = 0; i < res->nfields; i++) {
        Type *t = res->fields[i].type;
        if (!b->results) {
            vals[i] = bld_zero(b, t, pos);
            continue;
        }
        Value *cell = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, result_slot(b, i, pos));
        cell->mwidth = 8;
        vals[i] = bld_load(b, t, cell, pos);
    }
    Value *rets[ABI_MAX_WORDS];
    int n = bld_abi_ret(b, b->abi, vals, rets, pos);
    b->cur->kind = BK_RET;
    b->cur->pos = pos;
    ssa_set_rets(b->f, b->cur, rets, n);
}

/* recover(): (type, data) words of the recovered panic value, or nil. */
Words bld_recover(Builder *b, Pos pos) {
    Value *argp = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    argp->sym = ssa_sym_fp;
    Words w = {{0}, 2};
    bld_call_runtime(b, "gorecover", &argp, 1, 2, w.v, pos);
    return w;
}

void bld_defer_stmt(Builder *b, Node *s) {
    Value *fv = bld_call_closure(b, s, "defer");
    if (!fv)
        return;
    Value *r;
    bld_call_runtime(b, "deferproc", &fv, 1, 1, &r, s->pos);
    b->has_defer = true;
    Value *resumed = ssa_value2(b->f, b->cur, SSA_NE, 1, s->pos, r, ssa_const(b->f, b->cur, 0, s->pos));
    Block *rec = bld_block(b), *next = bld_block(b);
    rec->cold = true;
    bld_branch(b, resumed, rec, next);
    bld_seal(b, rec);
    bld_start(b, rec);
    resume(b, s->pos);
    bld_seal(b, next);
    bld_start(b, next);
}

/* Once the body is built: deferreturn at every return (with named results
 * the returns already call it). */
void bld_defer_finish(Builder *b) {
    if (!b->has_defer || b->results)
        return;
    Block *save = b->cur;
    for (int i = 0; i < b->f->nblocks; i++) {
        Block *blk = b->f->blocks[i];
        if (blk->kind != BK_RET)
            continue;
        b->cur = blk;
        bld_call_runtime(b, "deferreturn", NULL, 0, 0, NULL, blk->pos);
    }
    b->cur = save;
}

/* Whether the statement s (a function body) contains a defer statement
 * outside function literals. */
bool bld_body_defers(Node *s) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_DEFER_STMT: return true;
    case N_BLOCK_STMT:
        for (int i = 0; i < s->block.stmts.len; i++)
            if (bld_body_defers(s->block.stmts.items[i]))
                return true;
        return false;
    case N_LABELED_STMT: return bld_body_defers(s->labeled.stmt);
    case N_IF_STMT: return bld_body_defers(s->if_stmt.then) || bld_body_defers(s->if_stmt.els);
    case N_FOR_STMT: return bld_body_defers(s->for_stmt.body);
    case N_RANGE_STMT: return bld_body_defers(s->range_stmt.body);
    case N_SWITCH_STMT: return bld_body_defers(s->switch_stmt.body);
    case N_TYPE_SWITCH_STMT: return bld_body_defers(s->type_switch.body);
    case N_SELECT_STMT: return bld_body_defers(s->select_stmt.body);
    case N_CASE_CLAUSE:
        for (int i = 0; i < s->case_clause.body.len; i++)
            if (bld_body_defers(s->case_clause.body.items[i]))
                return true;
        return false;
    case N_COMM_CLAUSE:
        for (int i = 0; i < s->comm_clause.body.len; i++)
            if (bld_body_defers(s->comm_clause.body.items[i]))
                return true;
        return false;
    default: return false;
    }
}

/* A return in a function with named results that defers: results to their
 * variables (when the return lists values), deferreturn, results back. */
void bld_defer_named_return(Builder *b, Words *vals, bool store, Pos pos) {
    Type *res = b->sig->results;
    for (int i = 0; store && i < res->nfields; i++) {
        Var *v = b->results[i];
        if (v->boxed)
            bld_store(b, res->fields[i].type, bld_read_var(b, v).v[0], vals[i], pos);
        else
            bld_write_var(b, v, vals[i]);
    }
    bld_call_runtime(b, "deferreturn", NULL, 0, 0, NULL, pos);
    for (int i = 0; i < res->nfields; i++) {
        vals[i] = bld_read_var(b, b->results[i]);
        if (b->results[i]->boxed)
            vals[i] = bld_load(b, res->fields[i].type, vals[i].v[0], pos);
    }
}
