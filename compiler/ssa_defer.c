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
 * Not supported yet (clear error): recover() and so the resumption path
 * (deferproc returning 1). */
#include "ssa_build.h"

void bld_defer_stmt(Builder *b, Node *s) {
    Value *fv = bld_call_closure(b, s, "defer");
    if (!fv)
        return;
    bld_call_runtime(b, "deferproc", &fv, 1, 0, NULL, s->pos);  /* AX = 1 only after a recover */
    b->has_defer = true;
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
