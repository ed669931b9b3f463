/* goexit.c - runtime.Goexit: end the calling goroutine after running all
 * its deferred calls, as a panic would but without a value (recover returns
 * nil meanwhile and cannot stop it). The main goroutine may call it too:
 * the program then ends when the other goroutines are done, with checkdead's
 * "no goroutines (main called runtime.Goexit) - deadlock!". */
#include "lang.h"

_Noreturn void rt_goexit1(void) __asm__("runtime.goexit1");

_Noreturn void rt_Goexit(void) {
    struct g *gp = g;
    struct _panic p = {.goexit = 1, .link = gp->_panic};
    gp->_panic = &p;
    for (struct _defer *d; (d = gp->_defer) != NULL;) {
        if (d->started) {           /* a panic's deferred call called Goexit */
            if (d->_panic)
                d->_panic->aborted = 1;
            d->_panic = NULL;
            gp->_defer = d->link;
            continue;
        }
        d->started = 1;
        d->_panic = &p;
        rt_calldeferred(d->fn, &p.argp);
        if (gp->_defer != d)
            rt_fatal("bad defer entry in Goexit");
        d->_panic = NULL;
        gp->_defer = d->link;
        p.argp = 0;
    }
    gp->_panic = NULL;
    rt_goexit1();
}
