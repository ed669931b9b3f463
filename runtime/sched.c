/* sched.c - Ms, Ps and the scheduler loop, in the shape of Go's proc.go.
 *
 * G = goroutine, M = OS thread, P = the right to run Go code, with a local
 * run queue (runq.c). Every M runs schedule() on its g0 stack: find a
 * runnable g (own P, global queue, other Ps), execute it (gogo), and come
 * back through mcall when the g parks, yields or exits (proc.c).
 *
 * When new work appears and a P is idle, wakep starts a "spinning" M (an
 * idle one, or a new thread via clone) that steals from other Ps. An M with
 * nothing to do gives up its P and sleeps on its note; when every M sleeps,
 * checkdead reports the deadlock. */
#include "runtime.h"

struct g rt_g0;
struct m rt_m0;
struct schedt rt_sched;
struct p *rt_allp[const__MaxProcs];
int32_t rt_mainstarted;     /* runtime.main runs: wake other Ms for new work */

/* ---- Ms and Ps */

/* Register mp under its id (reserved from sched.mnext). */
static void rt_mcommoninit(struct m *mp, int64_t id) {
    rt_lock(&rt_sched.lock);
    mp->id = id;
    mp->alllink = rt_sched.allm;
    rt_sched.allm = mp;
    rt_unlock(&rt_sched.lock);
}

/* Parse a positive decimal number; 0 if s is not one. */
static int32_t rt_atoi(const char *s) {
    int32_t n = 0;
    if (!s || !*s)
        return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || n > 100000)
            return 0;
        n = n * 10 + (*s - '0');
    }
    return n;
}

void rt_schedinit(void) __asm__("runtime.schedinit");
void rt_schedinit(void) {
    rt_stackinit();
    rt_gcinit();
    rt_mcommoninit(&rt_m0, rt_sched.mnext++);
    rt_initsig();
    int32_t procs = rt_ncpu;
    int32_t n = rt_atoi(rt_getenv("GOMAXPROCS"));
    if (n > 0)
        procs = n;
    if (procs > const__MaxProcs)
        procs = const__MaxProcs;
    rt_procinit(procs);
}
/* ---- Ms: threads that run the scheduler */

#define RT_CLONE_FLAGS (0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 | 0x80000)
/* CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS */

static void rt_checkdead(void);
static void rt_gcstopm(void);

int32_t rt_gcwaiting;           /* the world is stopping: Ps stop in schedule() */
static int32_t rt_stopwait;     /* Ps still to stop */

/* Idle Ms and idle Ps; callers hold sched.lock. */
static void rt_mput(struct m *mp) {
    mp->schedlink = rt_sched.midle;
    rt_sched.midle = mp;
    rt_sched.nmidle++;
    rt_checkdead();
}

static struct m *rt_mget(void) {
    struct m *mp = rt_sched.midle;
    if (mp) {
        rt_sched.midle = mp->schedlink;
        rt_sched.nmidle--;
        mp->schedlink = NULL;
    }
    return mp;
}

static void rt_pidleput(struct p *pp) {
    if (__atomic_load_n(&rt_gcwaiting, __ATOMIC_ACQUIRE)) {    /* the world is stopping */
        pp->status = const__Pgcstop;
        __atomic_sub_fetch(&rt_stopwait, 1, __ATOMIC_ACQ_REL);
        return;
    }
    pp->status = const__Pidle;
    pp->link = rt_sched.pidle;
    rt_sched.pidle = pp;
    __atomic_add_fetch(&rt_sched.npidle, 1, __ATOMIC_ACQ_REL);
}

struct p *rt_pidleget(void) {
    struct p *pp = rt_sched.pidle;
    if (pp) {
        rt_sched.pidle = pp->link;
        pp->link = NULL;
        __atomic_sub_fetch(&rt_sched.npidle, 1, __ATOMIC_ACQ_REL);
    }
    return pp;
}

void rt_acquirep(struct p *pp) {
    struct m *mp = g->m;
    if (mp->p || pp->m)
        rt_fatal("acquirep: invalid p state");
    mp->p = pp;
    pp->m = mp;
    pp->status = const__Prunning;
}

static struct p *rt_releasep(void) {
    struct m *mp = g->m;
    struct p *pp = mp->p;
    mp->p = NULL;
    pp->m = NULL;
    return pp;
}

/* Start a thread for the reserved M id: it runs fn if given (sysmon, with
 * no P), else the scheduler on pp. */
void rt_newm(int64_t id, struct p *pp, int spinning, void (*fn)(void)) {
    struct m *mp = rt_persistentalloc(sizeof *mp);
    struct g *g0 = rt_persistentalloc(sizeof *g0);
    uintptr stk = (uintptr)rt_sysalloc(const__MStack);
    g0->stack.lo = stk;
    g0->stack.hi = stk + const__MStack;
    g0->stackguard0 = g0->stackguard1 = stk + const__StackGuard;
    g0->m = mp;
    mp->g0 = g0;
    mp->nextp = pp;
    mp->spinning = (uint32_t)spinning;
    mp->mstartfn = (void *)fn;
    rt_mcommoninit(mp, id);
    if (rt_clone(RT_CLONE_FLAGS, (void *)g0->stack.hi, mp, g0, rt_mstart) < 0)
        rt_fatal("newosproc");
}

/* Run pp (or an idle P) on an idle M, or on a new one. */
static void rt_startm(struct p *pp, int spinning) {
    rt_lock(&rt_sched.lock);
    if (!pp)
        pp = rt_pidleget();
    if (!pp) {
        rt_unlock(&rt_sched.lock);
        if (spinning)
            __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_ACQ_REL);
        return;
    }
    struct m *mp = rt_mget();
    if (!mp) {
        int64_t id = rt_sched.mnext++;  /* counted at once, for checkdead */
        rt_unlock(&rt_sched.lock);
        rt_newm(id, pp, spinning, NULL);
        return;
    }
    rt_unlock(&rt_sched.lock);
    mp->spinning = (uint32_t)spinning;
    mp->nextp = pp;
    rt_notewakeup(&mp->park);
}

/* handoffp(pp): pp was taken from an M blocked in a system call (sysmon.c,
 * exported with pidleget/acquirep/stopm for proc.c's syscall code). If
 * work waits, start an M for it; otherwise pp becomes idle. */
void rt_handoffp(struct p *pp) {
    if (!rt_runqempty(pp) || __atomic_load_n(&rt_sched.runqsize, __ATOMIC_ACQUIRE) > 0) {
        rt_startm(pp, 0);
        return;
    }
    rt_lock(&rt_sched.lock);
    rt_pidleput(pp);
    rt_unlock(&rt_sched.lock);
}

/* New work exists: if a P is idle and no M is already looking for work,
 * start one (spinning). */
void rt_wakep(void) {
    if (!rt_mainstarted || __atomic_load_n(&rt_sched.npidle, __ATOMIC_ACQUIRE) == 0)
        return;
    int32_t zero = 0;
    if (!__atomic_compare_exchange_n(&rt_sched.nmspinning, &zero, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return;
    rt_startm(NULL, 1);
}

/* Park the M until startm hands it a P (in m.nextp). */
void rt_stopm(void) {
    struct m *mp = g->m;
    rt_lock(&rt_sched.lock);
    rt_mput(mp);
    rt_unlock(&rt_sched.lock);
    rt_notesleep(&mp->park);
    rt_noteclear(&mp->park);
    rt_acquirep(mp->nextp);
    mp->nextp = NULL;
}

/* Called (with sched.lock) when an M goes idle: if no M runs, no g can
 * ever become runnable again. */
static void rt_checkdead(void) {
    int64_t run = rt_sched.mnext - rt_sched.nmidle - rt_sched.nmsys;
    if (run > 0)
        return;
    if (run < 0)
        rt_fatal("checkdead: inconsistent counts");
    if (rt_timers_pending() > 0)    /* sysmon will wake a sleeper */
        return;
    int32_t waiting = 0;
    for (struct g *gp = rt_sched.allg; gp; gp = gp->alllink) {
        uint32_t s = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
        if (s == const__Gwaiting)
            waiting++;
        else if (s == const__Grunnable)
            return;     /* being readied (sysmon's timers: goready then wakep), not dead */
        else if (s != const__Gdead && s != const__Gidle) {
            rt_prints("runtime: checkdead: find g ");
            rt_printint(gp->goid);
            rt_prints(" in status ");
            rt_printuint(s);
            rt_prints("\n");
            rt_fatal("checkdead: runnable g");
        }
    }
    rt_fatal_isuser = 1;    /* Go's fatal(), not throw(): tracebacks hide runtime frames */
    if (waiting == 0)
        rt_fatal("no goroutines (main called runtime.Goexit) - deadlock!");
    rt_fatal("all goroutines are asleep - deadlock!");
}
/* ---- the scheduler loop (on g0) */

static _Noreturn void rt_execute(struct g *gp) {
    struct m *mp = g->m;
    mp->curg = gp;
    gp->m = mp;
    gp->waitreason = RT_WAIT_ZERO;
    __atomic_store_n(&gp->atomicstatus, const__Grunning, __ATOMIC_RELEASE);
    mp->p->schedtick++;
    rt_gogo(&gp->sched);
}

/* Some P's ring or runnext is not empty. */
static int rt_anywork(void) {
    int32_t n = __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE);  /* no P: GOMAXPROCS may change it */
    for (int32_t i = 0; i < n; i++)
        if (!rt_runqempty(rt_allp[i]))
            return 1;
    return __atomic_load_n(&rt_sched.runqsize, __ATOMIC_ACQUIRE) > 0;
}

/* A runnable g: from this P, the global queue, or another P; when there is
 * none, give up the P and sleep until woken with a new one. */
static struct g *rt_findrunnable(void) {
    struct m *mp = g->m;
    for (;;) {
        if (__atomic_load_n(&rt_gcwaiting, __ATOMIC_ACQUIRE)) {
            rt_gcstopm();
            continue;
        }
        struct p *pp = mp->p;
        struct g *gp = NULL;
        /* Now and then take from the global queue first, for fairness. */
        if (pp->schedtick % 61 == 0)
            gp = rt_globrunqget();
        if (!gp)
            gp = rt_runqget(pp);
        if (!gp)
            gp = rt_globrunqget();
        if (!gp && __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE) > 1)
            gp = rt_runqsteal(pp);
        if (gp)
            return gp;
        rt_lock(&rt_sched.lock);
        gp = rt_globrunqget_locked();
        if (gp) {
            rt_unlock(&rt_sched.lock);
            return gp;
        }
        rt_pidleput(rt_releasep());
        rt_unlock(&rt_sched.lock);
        if (mp->spinning) {
            mp->spinning = 0;
            __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_ACQ_REL);
        }
        /* Work may have arrived after we looked: take a P back for it. */
        if (rt_anywork()) {
            rt_lock(&rt_sched.lock);
            pp = rt_pidleget();
            rt_unlock(&rt_sched.lock);
            if (pp) {
                rt_acquirep(pp);
                continue;
            }
        }
        rt_stopm();
    }
}

_Noreturn void rt_schedule(void) {
    struct m *mp = g->m;
    if (g != mp->g0)
        rt_fatal("schedule: not on g0");
    struct g *gp = rt_findrunnable();
    if (mp->spinning) {     /* found work: let another M look for more */
        mp->spinning = 0;
        __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_ACQ_REL);
        rt_wakep();
    }
    rt_execute(gp);
}

/* mstart1: the C part of mstart, on g0 with g0.sched.sp recorded. New Ms
 * take the P that startm gave them, or run their mstartfn (sysmon). */
void rt_mstart1(void) __asm__("runtime.mstart1");
void rt_mstart1(void) {
    struct m *mp = g->m;
    if (g != mp->g0)
        rt_fatal("mstart: not on g0");
    rt_minit();
    mp->procid = (uint64_t)rt_sys_gettid();
    if (mp->mstartfn) {
        ((void (*)(void))mp->mstartfn)();
        rt_fatal("mstart: mstartfn returned");
    }
    if (mp != &rt_m0) {
        rt_acquirep(mp->nextp);
        mp->nextp = NULL;
    }
    rt_schedule();
}

/* ---- stopping the world (mgc.c, mstats.c), as Go's stopTheWorld: the
 * caller keeps its own P and takes every idle one; goroutines running on
 * the other Ps are asked to yield (stackguard0 = _StackPreempt, so their
 * next function prologue or allocation enters the scheduler, which parks
 * the P in _Pgcstop and the M on the idle list). When that takes a while
 * (a loop without calls), their threads also get SIGURG, whose handler
 * sends Go code into morestack at once (signal_linux.c). Runs on g0
 * (systemstack) of an M with a P. */

static void rt_preemptp(struct p *pp, int signal) {
    struct m *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
    struct g *gp = mp ? __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE) : NULL;
    if (gp && gp != mp->g0) {
        __atomic_store_n(&gp->stackguard0, (uintptr)const__StackPreempt, __ATOMIC_RELEASE);
        if (signal)     /* a loop without calls: signal_linux.c */
            rt_signalpreempt(mp);
    }
}

/* On g0 in the scheduler: give the P to the stopping world, sleep. */
static void rt_gcstopm(void) {
    struct m *mp = g->m;
    if (mp->spinning) {
        mp->spinning = 0;
        __atomic_sub_fetch(&rt_sched.nmspinning, 1, __ATOMIC_ACQ_REL);
    }
    struct p *pp = rt_releasep();
    rt_lock(&rt_sched.lock);
    pp->status = const__Pgcstop;
    __atomic_sub_fetch(&rt_stopwait, 1, __ATOMIC_ACQ_REL);
    rt_unlock(&rt_sched.lock);
    rt_stopm();
}

void rt_stoptheworld(void) {
    struct p *mine = g->m->p, *pp;
    rt_lock(&rt_sched.lock);
    __atomic_store_n(&rt_stopwait, rt_sched.nprocs - 1, __ATOMIC_RELEASE);
    __atomic_store_n(&rt_gcwaiting, 1, __ATOMIC_RELEASE);
    mine->status = const__Pgcstop;
    while ((pp = rt_pidleget())) {
        pp->status = const__Pgcstop;
        __atomic_sub_fetch(&rt_stopwait, 1, __ATOMIC_ACQ_REL);
    }
    rt_unlock(&rt_sched.lock);
    rt_timers_quiesce();        /* timer.c: sysmon runs no timer function now */
    for (uint32_t round = 0; __atomic_load_n(&rt_stopwait, __ATOMIC_ACQUIRE) > 0; round++) {
        for (int32_t i = 0; i < rt_sched.nprocs; i++) {
            struct p *pp = rt_allp[i];
            uint32_t want = const__Psyscall;
            if (pp == mine)
                continue;
            if (__atomic_load_n(&pp->status, __ATOMIC_ACQUIRE) == const__Prunning)
                rt_preemptp(pp, round % 8 == 1);
            /* The M is in a system call: take its P (exitsyscall will find
             * none and park the goroutine until the world restarts). */
            else if (__atomic_compare_exchange_n(&pp->status, &want, const__Pgcstop, 0, __ATOMIC_ACQ_REL,
                                                 __ATOMIC_ACQUIRE))
                __atomic_sub_fetch(&rt_stopwait, 1, __ATOMIC_ACQ_REL);
        }
        rt_sys_sched_yield();
    }
}

/* Restart: Ps with queued work get an M, the others go idle. */
void rt_starttheworld(void) {
    struct p *mine = g->m->p;
    rt_lock(&rt_sched.lock);
    __atomic_store_n(&rt_gcwaiting, 0, __ATOMIC_RELEASE);
    mine->status = const__Prunning;
    for (int32_t i = 0; i < rt_sched.nprocs; i++) {
        struct p *pp = rt_allp[i];
        if (pp != mine && pp->status == const__Pgcstop && rt_runqempty(pp))
            rt_pidleput(pp);
    }
    rt_unlock(&rt_sched.lock);
    for (int32_t i = 0; i < rt_sched.nprocs; i++) {
        struct p *pp = rt_allp[i];
        if (pp != mine && pp->status == const__Pgcstop) {
            pp->status = const__Pidle;
            rt_startm(pp, 0);
        }
    }
    rt_wakep();
}
