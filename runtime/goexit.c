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
    while (rt_defer_runnext(gp, &p))    /* recover returns nil: p.goexit */
        ;
    gp->_panic = NULL;
    rt_goexit1();
}
