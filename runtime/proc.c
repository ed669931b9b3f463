/* proc.c - the life of a goroutine: creation (newproc), giving up the CPU
 * (goexit, gopark/goready, Gosched, block) through mcall to the scheduler
 * (sched.c). Dead gs keep their stack slot and go to a free list for reuse;
 * allg lists every g ever made, oldest first. */
#include "runtime.h"

static struct g *rt_allgtail;

/* ---- creating goroutines */

static void rt_allgadd(struct g *gp) {
    rt_lock(&rt_sched.lock);
    if (rt_allgtail)
        rt_allgtail->alllink = gp;
    else
        rt_sched.allg = gp;
    rt_allgtail = gp;
    rt_sched.allglen++;
    rt_unlock(&rt_sched.lock);
}

/* A dead g with a stack from the free list, or a new one. */
static struct g *rt_gfget(void) {
    rt_lock(&rt_sched.lock);
    struct g *gp = rt_sched.gfree;
    if (gp) {
        rt_sched.gfree = gp->schedlink;
        rt_sched.ngfree--;
        gp->schedlink = NULL;
    }
    rt_unlock(&rt_sched.lock);
    if (gp)
        return gp;
    gp = rt_stack_newg();
    gp->atomicstatus = const__Gdead;
    rt_allgadd(gp);
    return gp;
}

static void rt_gfput(struct g *gp) {
    rt_lock(&rt_sched.lock);
    gp->schedlink = rt_sched.gfree;
    rt_sched.gfree = gp;
    rt_sched.ngfree++;
    rt_unlock(&rt_sched.lock);
}

/* newproc(fn): start a goroutine running the closure fn (no arguments:
 * the compiler wraps `go f(x)` into one). It starts at fn->fn with DX = fn
 * and SP = stack.hi - 8 of its small segment (the main goroutine: its big
 * one, stack.c), where goexit+1 waits as its return address. */
void rt_newproc(struct funcval *fn) __asm__("runtime.newproc");
void rt_newproc(struct funcval *fn) {
    if (fn == NULL)
        rt_fatal("go of nil func value");
    struct g *newg = rt_gfget();
    newg->goid = (int64_t)__atomic_add_fetch(&rt_sched.goidgen, 1, __ATOMIC_RELAXED);
    rt_stackstart(newg, newg->goid == 1);
    uintptr sp = newg->stack.hi - 8;
    *(uintptr *)sp = (uintptr)rt_goexit + 1;
    memset(&newg->sched, 0, sizeof newg->sched);
    newg->sched.sp = sp;
    newg->sched.pc = fn->fn;
    newg->sched.g = newg;
    newg->sched.ctxt = fn;
    newg->stackguard1 = ~(uintptr)0;
    newg->startpc = fn->fn;
    newg->gopc = (uintptr)__builtin_return_address(0);   /* for "created by" */
    newg->_panic = NULL;
    newg->_defer = NULL;
    newg->param = NULL;
    newg->waitreason = RT_WAIT_ZERO;
    __atomic_store_n(&newg->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    if (g->m->p)
        rt_runqput(g->m->p, newg, 1);
    else                        /* a timer's function on sysmon */
        rt_globrunqput(newg);
    rt_wakep();
}
/* ---- leaving the CPU: exit and park (mcall to g0) */

static void rt_goexit0(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Gdead, __ATOMIC_RELEASE);
    gp->m = NULL;
    gp->_panic = NULL;
    gp->_defer = NULL;
    gp->param = NULL;
    mp->curg = NULL;
    rt_stackrelease(gp);
    rt_gfput(gp);
    rt_schedule();
}

/* goexit1: a goroutine's function returned (through goexit). */
_Noreturn void rt_goexit1(void) __asm__("runtime.goexit1");
_Noreturn void rt_goexit1(void) {
    rt_mcall(rt_goexit0);
    rt_abort();
}

/* On g0: gp is parked; only now may the lock that guards its wake-up
 * (m.waitlock) be released, so a goready on another M finds it waiting. */
static void rt_park_m(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Gwaiting, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    if (mp->waitunlockf) {      /* select: release every channel lock */
        void (*f)(void *) = (void (*)(void *))mp->waitunlockf;
        mp->waitunlockf = NULL;
        f(mp->waitlock);
        mp->waitlock = NULL;
    } else if (mp->waitlock) {
        rt_unlock(mp->waitlock);
        mp->waitlock = NULL;
    }
    rt_schedule();
}

/* Block the current goroutine until rt_goready; reason is a RT_WAIT_*. */
void rt_gopark(int32_t reason) {
    rt_goparkunlock(NULL, reason);
}

/* rt_gopark that releases lock (held by the caller) once the g is parked. */
void rt_goparkunlock(uint32_t *lock, int32_t reason) {
    if (g == g->m->g0)
        rt_fatal("gopark: on g0");
    g->waitreason = reason;
    g->m->waitlock = lock;
    rt_mcall(rt_park_m);
}

/* rt_gopark that calls unlockf(arg) on g0 once the g is parked (select
 * releases all its channel locks this way). */
void rt_goparkfn(void (*unlockf)(void *arg), void *arg, int32_t reason) {
    if (g == g->m->g0)
        rt_fatal("gopark: on g0");
    g->waitreason = reason;
    g->m->waitlock = arg;
    g->m->waitunlockf = (void *)unlockf;
    rt_mcall(rt_park_m);
}

/* Make a goroutine parked by rt_gopark runnable; it runs next. An M
 * without a P (sysmon firing a timer) uses the global queue. */
void rt_goready(struct g *gp) {
    if (__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) != const__Gwaiting)
        rt_fatal("bad g->status in ready");
    __atomic_store_n(&gp->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    if (g->m->p)
        rt_runqput(g->m->p, gp, 1);
    else
        rt_globrunqput(gp);
    rt_wakep();
}

/* On g0: put gp (yielding or preempted) on the global queue, reschedule. */
_Noreturn void rt_gosched_m(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    rt_globrunqput(gp);
    rt_schedule();
}

/* runtime.Gosched(): yield; the g goes to the global run queue. */
void rt_Gosched(void);
void rt_Gosched(void) {
    rt_mcall(rt_gosched_m);
}

/* block(): `select {}` - park forever. */
_Noreturn void rt_block(void) __asm__("runtime.block");
_Noreturn void rt_block(void) {
    for (;;)
        rt_gopark(RT_WAIT_SELECT_NO_CASES);
}

/* ---- blocking system calls: hand the P off
 *
 * entersyscall detaches the P from the M (status _Psyscall, remembered in
 * m.oldp) so that sysmon can give it to another M when the call blocks
 * (sysmon.c retake). exitsyscall takes the old P back if it is still
 * there, else any idle P, else queues the g globally and parks the M. */

void rt_entersyscall(void) {
    struct m *mp = g->m;
    struct p *pp = mp->p;
    /* The collector scans this g's stack from here (the callers' frames). */
    g->syscallsp = (uintptr)__builtin_frame_address(0);
    g->syscallpc = (uintptr)__builtin_return_address(0);
    __atomic_store_n(&g->atomicstatus, const__Gsyscall, __ATOMIC_RELEASE);
    mp->oldp = pp;
    mp->p = NULL;
    pp->m = NULL;
    pp->syscalltick++;
    __atomic_store_n(&pp->status, const__Psyscall, __ATOMIC_RELEASE);
}

/* On g0: no P was free; queue gp and let this M sleep. */
static void rt_exitsyscall0(struct g *gp) {
    struct m *mp = g->m;
    gp->syscallsp = 0;          /* g.sched (saved by mcall) takes over */
    __atomic_store_n(&gp->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    rt_globrunqput(gp);
    rt_wakep();
    rt_stopm();
    rt_schedule();
}

void rt_exitsyscall(void) {
    struct m *mp = g->m;
    struct p *pp = mp->oldp;
    uint32_t want = const__Psyscall;
    mp->oldp = NULL;
    if (pp && __atomic_compare_exchange_n(&pp->status, &want, const__Prunning, 0, __ATOMIC_ACQ_REL,
                                          __ATOMIC_ACQUIRE)) {
        mp->p = pp;
        pp->m = mp;
    } else {
        rt_lock(&rt_sched.lock);
        pp = rt_pidleget();
        rt_unlock(&rt_sched.lock);
        if (!pp) {
            rt_mcall(rt_exitsyscall0);
            return;             /* resumed by some M with a P */
        }
        rt_acquirep(pp);
    }
    g->syscallsp = 0;
    __atomic_store_n(&g->atomicstatus, const__Grunning, __ATOMIC_RELEASE);
    g->syscallsp = 0;
}

/* read(fd, p, n) and write(fd, p, n) for the os package: blocking system
 * calls that let other goroutines run meanwhile. Result: count or -errno. */
intptr_t rt_read(intptr_t fd, void *p, intptr_t n) __asm__("runtime.read");
intptr_t rt_read(intptr_t fd, void *p, intptr_t n) {
    void *volatile keep = p;    /* in this frame: p stays alive during the call (GC) */
    (void)keep;
    rt_entersyscall();
    long r = rt_sys_read((int)fd, p, n);
    rt_exitsyscall();
    return r;
}

intptr_t rt_write(intptr_t fd, const void *p, intptr_t n) __asm__("runtime.write");
intptr_t rt_write(intptr_t fd, const void *p, intptr_t n) {
    const void *volatile keep = p;  /* as in rt_read */
    (void)keep;
    rt_entersyscall();
    long r = rt_sys_write((int)fd, p, n);
    rt_exitsyscall();
    return r;
}
