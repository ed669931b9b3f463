/* ssa_defer.c - defer statements (docs/abi.md §10): `defer f(args)` becomes
 * a func() closure holding the evaluated arguments (bld_call_closure, shared
 * with go statements) passed to runtime.deferproc; every return of a
 * function that defers calls runtime.deferreturn after its results are
 * evaluated. The frame has a fixed SP, as §10 requires.
 *
 * Not supported yet (clear errors): recover() and so the resumption path
 * (deferproc returning 1), and defers in functions with named results (a
 * deferred call could change them after the return evaluated them). */
#include "ssa_build.h"

void bld_defer_stmt(Builder *b, Node *s) {
    if (b->results) {
        bld_unsupported(b, s->pos, "defer in a function with named results");
        return;
    }
    Value *fv = bld_call_closure(b, s, "defer");
    if (!fv)
        return;
    bld_call_runtime(b, "deferproc", &fv, 1, 0, NULL, s->pos);  /* AX = 1 only after a recover */
    b->has_defer = true;
}

/* Appends CALL runtime.deferreturn to every return block once the body is built. */
void bld_defer_finish(Builder *b) {
    if (!b->has_defer)
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
