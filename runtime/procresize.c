/* procresize.c - changing the number of Ps: at start-up (schedinit) and
 * through runtime.GOMAXPROCS(n), as Go's procresize.
 *
 * rt_allp has room for _MaxProcs Ps and a P, once made, is never freed:
 * sysmon, an M back from a system call (m.oldp) or an M looking for work
 * without a P may still read a P that was just removed, and finds it
 * _Pdead with empty queues. Only sched.nprocs says which Ps count (0 up
 * to nprocs); readers load it once and index rt_allp below it.
 *
 * Resizing runs with the world stopped (sched.c): every P is _Pgcstop and
 * free except the caller's. New Ps start _Pgcstop with empty queues, so
 * that starttheworld puts them on the idle list. A removed P gives its run
 * queue to the head of the global queue, its cache's spans back to the
 * central lists (mcache.c), and becomes _Pdead. Ms that ran on removed Ps
 * sleep on the idle-M list and only run again with a P from startm. A
 * caller whose own P goes away takes P 0. Timers live in one heap served
 * by sysmon (timer.c), so no P owns any. */
#include "malloc.h"

/* A P that joins: empty queues, no M; sysmon's per-P records (indexed by
 * id) stay valid because it compares ticks. */
static struct p *rt_pinit(int32_t id) {
    struct p *pp = rt_allp[id];
    if (!pp)
        pp = rt_persistentalloc(sizeof *pp);
    pp->id = id;
    pp->link = NULL;
    pp->m = NULL;
    pp->runqhead = pp->runqtail = 0;
    pp->runnext = NULL;
    __atomic_store_n(&pp->status, const__Pgcstop, __ATOMIC_RELEASE);
    __atomic_store_n(&rt_allp[id], pp, __ATOMIC_RELEASE);
    return pp;
}

/* A P that leaves (world stopped): queued gs go to the global queue,
 * the cache's spans to the central lists. */
static void rt_pdestroy(struct p *pp) {
    rt_lock(&rt_sched.lock);    /* Ms back from system calls queue gs meanwhile */
    rt_runqdrain_locked(pp);
    rt_unlock(&rt_sched.lock);
    rt_mcache_release(pp->id);
    pp->m = NULL;
    pp->link = NULL;
    __atomic_store_n(&pp->status, const__Pdead, __ATOMIC_RELEASE);
}

/* The calling M gives up its P (if any: start-up) and takes P 0 in the
 * same state. */
static void rt_takep0(void) {
    struct m *mp = g->m;
    uint32_t status = const__Prunning;
    if (mp->p) {
        status = mp->p->status;
        mp->p->m = NULL;
        mp->p = NULL;
    }
    struct p *p0 = rt_allp[0];
    p0->m = NULL;
    rt_acquirep(p0);
    p0->status = status;
}

/* Make the number of Ps n (1.._MaxProcs), with the world stopped or at
 * start-up. The Ps other than the caller's are left _Pgcstop: the
 * caller (starttheworld, schedinit) makes them idle or runs them. */
void rt_procresize(int32_t n) {
    int32_t old = rt_sched.nprocs;
    if (n < 1 || n > const__MaxProcs)
        rt_fatal("procresize: invalid arg");
    for (int32_t i = old; i < n; i++)
        rt_pinit(i);
    struct m *mp = g->m;
    if (!mp->p || mp->p->id >= n)
        rt_takep0();
    for (int32_t i = n; i < old; i++)
        rt_pdestroy(rt_allp[i]);
    __atomic_store_n(&rt_sched.nprocs, n, __ATOMIC_RELEASE);
}
