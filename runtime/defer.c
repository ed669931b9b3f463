/* defer.c - defer and recover (docs/abi.md §10).
 *
 * `defer f()` compiles to CALL runtime.deferproc(fn) with fn a func()
 * closure; deferproc records the calling frame's identity (its SP at the
 * CALL, the return PC, its BP) and returns 0. At every return the function
 * calls runtime.deferreturn(), which runs the defers registered by the same
 * frame (same SP), newest first. When a deferred call recovers a panic,
 * gopanic resumes the deferring frame at deferproc's return address with
 * AX = 1 and that frame's SP/BP; the compiled code then takes its
 * deferreturn-and-return path. gorecover(argp) returns the panic value only
 * to a function called directly by the deferred call gopanic made. */
#include "lang.h"

uintptr rt_deferproc(void *fn) __asm__("runtime.deferproc") __attribute__((noinline));
uintptr rt_deferproc(void *fn) {
    uintptr *fp = __builtin_frame_address(0);   /* [0] caller's BP, [1] return PC */
    struct _defer *d = rt_mallocgc(sizeof *d);
    d->fn = fn;
    d->sp = (uintptr)(fp + 2);
    d->pc = fp[1];
    d->bp = fp[0];
    d->link = g->_defer;
    g->_defer = d;
    return 0;
}

void rt_deferreturn(void) __asm__("runtime.deferreturn") __attribute__((noinline));
void rt_deferreturn(void) {
    uintptr sp = (uintptr)((uintptr *)__builtin_frame_address(0) + 2);
    for (;;) {
        struct _defer *d = g->_defer;
        if (d == NULL || d->sp != sp)
            return;
        g->_defer = d->link;
        rt_gocall(d->fn);
    }
}

/* recover(): the compiler passes the argp of the calling function (its
 * entry SP + 8, the address of its first stack argument slot). */
struct rt_eface {
    const rt_type_t *t;
    void *data;
};

struct rt_eface rt_gorecover(uintptr argp) __asm__("runtime.gorecover");
struct rt_eface rt_gorecover(uintptr argp) {
    struct _panic *p = g->_panic;
    if (p && !p->recovered && !p->goexit && argp == p->argp) {
        p->recovered = 1;
        return (struct rt_eface){p->argtype, p->argdata};
    }
    return (struct rt_eface){NULL, NULL};
}

_Noreturn void rt_fatalpanic(struct _panic *p);

/* Runs gp's next deferred call on behalf of p (a panic, or Goexit) and
 * pops it; deferred calls an earlier panic had started are dropped (that
 * panic is aborted). Returns the entry that ran, or NULL when none is left. */
struct _defer *rt_defer_runnext(struct g *gp, struct _panic *p) {
    for (;;) {
        struct _defer *d = gp->_defer;
        if (d == NULL)
            return NULL;
        if (d->started) {           /* an earlier panic's deferred call panicked */
            if (d->_panic)
                d->_panic->aborted = 1;
            d->_panic = NULL;
            gp->_defer = d->link;
            continue;
        }
        d->started = 1;
        d->_panic = p;
        rt_calldeferred(d->fn, &p->argp);
        if (gp->_defer != d)
            rt_fatal("bad defer entry in panic");
        d->_panic = NULL;
        gp->_defer = d->link;
        p->argp = 0;
        return d;
    }
}

/* panic(v): run the deferred calls; resume a frame that recovered. */
_Noreturn void rt_gopanic(const rt_type_t *t, void *data) {
    struct g *gp = g;
    struct _panic p = {.argtype = (struct _type *)t, .argdata = data, .link = gp->_panic};
    gp->_panic = &p;
    for (struct _defer *d; (d = rt_defer_runnext(gp, &p)) != NULL;) {
        if (p.recovered) {
            gp->_panic = p.link;
            while (gp->_panic && ((struct _panic *)gp->_panic)->aborted)
                gp->_panic = ((struct _panic *)gp->_panic)->link;
            if (gp->_panic == NULL)
                gp->sig = 0;
            rt_stack_unwind(gp, d->sp);
            rt_recoveryjump(d->sp, d->pc, d->bp);
        }
    }
    rt_fatalpanic(&p);
}
