/* procresize.c - changing the number of Ps: at start-up (schedinit) and
 * when runtime.GOMAXPROCS(n) asks for another number.
 *
 * A P, once made, is never freed: rt_allp[id] stays valid for readers that
 * raced with a resize (work stealing, sysmon), and a later resize that
 * grows again reuses it. A removed P is left in _Pdead with an empty run
 * queue and no cached spans. Resizing at run time stops the world, so
 * every P is in _Pgcstop and no goroutine runs while the set changes. */
#include "malloc.h"

/* P id, made on first use. */
static struct p *rt_pget(int32_t id) {
    struct p *pp = rt_allp[id];
    if (!pp) {
        pp = rt_persistentalloc(sizeof *pp);
        pp->id = id;
        pp->status = const__Pgcstop;
        __atomic_store_n(&rt_allp[id], pp, __ATOMIC_RELEASE);
    }
    return pp;
}

/* P pp leaves the set: its queued goroutines go to the global queue (they
 * keep their order), its cached spans to the central lists. */
static void rt_pretire(struct p *pp) {
    struct g *gp;
    while ((gp = rt_runqget(pp)))
        rt_globrunqput(gp);
    rt_mcache_release(pp->id);
    pp->link = NULL;
    pp->status = const__Pdead;
}

/* Start-up: nprocs Ps; m0 takes P 0, the others wait on the idle list. */
void rt_procinit(int32_t nprocs) {
    for (int32_t i = 0; i < nprocs; i++)
        rt_pget(i)->status = const__Pidle;
    rt_sched.nprocs = nprocs;
    for (int32_t i = nprocs - 1; i > 0; i--) {
        rt_allp[i]->link = rt_sched.pidle;
        rt_sched.pidle = rt_allp[i];
        rt_sched.npidle++;
    }
    struct p *pp = rt_allp[0];
    pp->status = const__Prunning;
    pp->m = &rt_m0;
    rt_m0.p = pp;
}

/* On g0 with the world stopped: make the set n Ps. New Ps are in
 * _Pgcstop, so that starttheworld puts them on the idle list. If this M's
 * own P is removed, it continues with P 0. */
static void rt_procresize_stopped(int32_t n) {
    int32_t old = rt_sched.nprocs;
    for (int32_t i = old; i < n; i++)
        rt_pget(i)->status = const__Pgcstop;
    for (int32_t i = n; i < old; i++)
        rt_pretire(rt_allp[i]);
    struct m *mp = g->m;
    if (mp->p->id >= n) {
        mp->p->m = NULL;
        mp->p = rt_allp[0];
        rt_allp[0]->m = mp;
    }
    /* Grown Ps exist before the count says so (stealers read both without
     * a lock); shrunk ones stay valid behind it. */
    __atomic_store_n(&rt_sched.nprocs, n, __ATOMIC_RELEASE);
}

static void rt_gomaxprocs_m(void *arg) {
    rt_stoptheworld();
    rt_procresize_stopped(*(int32_t *)arg);
    rt_starttheworld();
}

/* runtime.GOMAXPROCS(n): the current number of Ps; for n > 0 the number
 * becomes n (at most _MaxProcs). */
int64_t rt_gomaxprocs(int64_t n) {
    int32_t prev = __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE);
    if (n <= 0 || n == prev)
        return prev;
    int32_t want = n > const__MaxProcs ? const__MaxProcs : (int32_t)n;
    rt_worldsema_acquire();
    prev = rt_sched.nprocs;
    rt_systemstack(rt_gomaxprocs_m, &want);
    rt_worldsema_release();
    return prev;
}
