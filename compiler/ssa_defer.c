/* ssa_defer.c - defer statements (docs/abi.md §10): `defer f(args)` becomes
 * a func() closure holding the evaluated arguments (bld_call_closure, shared
 * with go statements) passed to runtime.deferproc; every return of a
 * function that defers calls runtime.deferreturn after its results are
 * evaluated. The frame has a fixed SP, as §10 requires.
 *
 * With named results, a return stores its values into the result variables,
 * calls deferreturn, then returns what the variables hold (a deferred
 * closure may have changed them through the box it captured).
 *
 * recover() is runtime.gorecover(argp), argp = the entry SP + 8 (the FP
 * pseudo-register). When deferproc returns 1 (a deferred call recovered a
 * panic) no register is valid: the resumption block returns zero results
 * through deferreturn. Functions with named results would have to return the
 * variables' values there; they stop with a fatal error instead (not
 * supported yet). recover()'s value is usable only where the back end
 * supports interface{} values. */
#include <string.h>

#include "ssa_build.h"

/* The block deferproc's AX = 1 leads to: return zero results (deferreturn is
 * added by bld_defer_finish), using no value computed before. */
static void resume(Builder *b, Pos pos) {
    Type *res = b->sig->results;
    bool boxed = b->results != NULL;
    for (int i = 0; b->results && i < res->nfields; i++)
        boxed &= b->results[i]->boxed;
    if (b->results && !boxed) {
        const char *msg = "gocc: recovering into a function with named results is not supported yet";
        Value *a[2] = {ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos), ssa_const(b->f, b->cur, (int64_t)strlen(msg), pos)};
        a[0]->sym = unit_string_sym(b->u, msg, (int64_t)strlen(msg));
        bld_call_runtime(b, "throw", a, 2, 0, NULL, pos);
        b->cur->kind = BK_EXIT;
        return;
    }
    if (b->results) {   /* every result is in a heap cell a deferred closure shares */
        Words *vals = ARENA_NEWN(b->f->arena, Words, res->nfields + 1);
        bld_defer_named_return(b, vals, false, pos);
        Value *rets[ABI_MAX_WORDS];
        int n = bld_abi_ret(b, b->abi, vals, rets, pos);
        b->cur->kind = BK_RET;
        b->cur->pos = pos;
        ssa_set_rets(b->f, b->cur, rets, n);
        return;
    }
    Words *vals = ARENA_NEWN(b->f->arena, Words, res->nfields + 1);
    for (int i = 0; i < res->nfields; i++)
        vals[i] = bld_zero(b, res->fields[i].type, pos);
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

/* Appends CALL runtime.deferreturn to every return block once the body is built. */
void bld_defer_finish(Builder *b) {
    if (!b->has_defer || b->results)
        return;     /* named results: return_stmt called deferreturn */
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
