/* extern.c - the C side of package runtime's Go API (extern.go):
 * NumGoroutine, NumCPU, GOMAXPROCS. The asm shims in extern_amd64.s call
 * these with the System V ABI. */
#include "malloc.h"

/* Goroutines that exist: every g ever made minus the dead ones kept for reuse. */
int64_t rt_numgoroutine(void) {
    rt_lock(&rt_sched.lock);
    int64_t n = (int64_t)rt_sched.allglen - (int64_t)rt_sched.ngfree;
    rt_unlock(&rt_sched.lock);
    return n;
}

int64_t rt_numcpu(void) { return rt_ncpu; }

/* On g0 of the caller's M: stop the world, resize, restart. */
static void rt_gomaxprocs_m(void *arg) {
    rt_stoptheworld();
    rt_procresize(*(int32_t *)arg);
    rt_starttheworld();
}

/* runtime.GOMAXPROCS(n): the number of Ps; for n > 0 also make it n
 * (at most _MaxProcs), one stop-the-world at a time (worldsema). As in
 * Go, the result is the value before the call. */
int64_t rt_gomaxprocs(int64_t n) {
    int32_t cur = __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE);
    if (n > const__MaxProcs)
        n = const__MaxProcs;
    if (n <= 0 || n == cur)
        return cur;
    int32_t want = (int32_t)n;
    rt_worldsema_acquire();
    rt_systemstack(rt_gomaxprocs_m, &want);
    rt_worldsema_release();
    return cur;
}
