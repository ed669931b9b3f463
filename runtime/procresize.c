/* procresize.c - the set of Ps and its size, GOMAXPROCS: made at start-up
 * (schedinit) and changed by runtime.GOMAXPROCS(n) while the world is
 * stopped, in the manner of Go's procresize.
 *
 * rt_allp has room for _MaxProcs Ps and an entry, once set, is never
 * cleared or freed: code that reads rt_sched.nprocs without the world
 * stopped (sysmon, an M looking for work without a P) may look at a P
 * that has just been removed, and finds it in _Pdead with empty queues. A
 * removed P keeps its id and structure and is reused if the set grows
 * again. */
#include "runtime.h"

/* P i joins the set (new, or reused), empty and in _Pgcstop: the caller
 * (start-up, or starttheworld) makes it idle or gives it an M. */
static void rt_pinit(int32_t i) {
    struct p *pp = rt_allp[i];
    if (!pp) {
        pp = rt_persistentalloc(sizeof *pp);
        pp->id = i;
        __atomic_store_n(&rt_allp[i], pp, __ATOMIC_RELEASE);
    }
    pp->link = NULL;
    pp->m = NULL;
    __atomic_store_n(&pp->status, const__Pgcstop, __ATOMIC_RELEASE);
}

/* pp leaves the set (world stopped): its runnable gs go to the global
 * queue, the spans of its cache back to the heap (its counters stay for
 * ReadMemStats). An M still in a system call that entered it with pp
 * finds it _Pdead when it returns and looks for another P. */
static void rt_pdestroy(struct p *pp) {
    rt_runqdrain(pp);
    rt_mcache_release(pp->id);
    pp->m = NULL;
    pp->link = NULL;
    __atomic_store_n(&pp->status, const__Pdead, __ATOMIC_RELEASE);
}

/* Make the set P 0 .. nprocs-1 (1 <= nprocs <= _MaxProcs), at start-up or
 * with the world stopped (idle list empty, every P but the caller's in
 * _Pgcstop). The calling M keeps its P if it stays, else takes P 0. */
void rt_procresize(int32_t nprocs) {
    int32_t old = rt_sched.nprocs;
    if (nprocs < 1 || nprocs > const__MaxProcs)
        rt_fatal("procresize: invalid arg");
    for (int32_t i = old; i < nprocs; i++)
        rt_pinit(i);
    for (int32_t i = nprocs; i < old; i++)
        rt_pdestroy(rt_allp[i]);
    __atomic_store_n(&rt_sched.nprocs, nprocs, __ATOMIC_RELEASE);
    struct m *mp = g->m;
    if (mp->p && mp->p->id >= nprocs)
        mp->p = NULL;
    if (!mp->p) {
        struct p *pp = rt_allp[0];
        mp->p = pp;
        pp->m = mp;
    }
}

static void rt_setmaxprocs_m(void *arg) {
    rt_stoptheworld();
    rt_procresize(*(int32_t *)arg);
    rt_starttheworld();     /* the new set: idle Ps listed, Ps with work started */
}

/* runtime.GOMAXPROCS(n): the current number of Ps; for n > 0, resize the
 * set to n (at most _MaxProcs) with the world stopped, as Go 1.19 does. */
int64_t rt_gomaxprocs(int64_t n) {
    rt_lock(&rt_sched.lock);
    int64_t ret = rt_sched.nprocs;
    rt_unlock(&rt_sched.lock);
    if (n > const__MaxProcs)
        n = const__MaxProcs;
    if (n <= 0 || n == ret)
        return ret;
    int32_t want = (int32_t)n;
    rt_worldsema_acquire();
    rt_systemstack(rt_setmaxprocs_m, &want);
    rt_worldsema_release();
    return ret;
}
