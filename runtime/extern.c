/* extern.c - the C side of package runtime's Go API (extern.go):
 * NumGoroutine and NumCPU (GOMAXPROCS is in procresize.c). The asm shims
 * in extern_amd64.s call these with the System V ABI. */
#include "runtime.h"

/* Goroutines that exist: every g ever made minus the dead ones kept for
 * reuse, and minus the finalizer goroutine while it is idle (a system
 * goroutine, as in Go). */
int64_t rt_numgoroutine(void) {
    rt_lock(&rt_sched.lock);
    int64_t n = (int64_t)rt_sched.allglen - (int64_t)rt_sched.ngfree;
    rt_unlock(&rt_sched.lock);
    return n - rt_fing_idlecount();
}

int64_t rt_numcpu(void) { return rt_ncpu; }

