/* proc.c - goroutines and the scheduler, in the shape of Go's proc.go.
 *
 * G = goroutine, M = OS thread, P = the right to run Go code, with a local
 * run queue (a ring of _RunqSize gs plus runnext). A global run queue takes
 * the overflow. Every M runs schedule() on its g0 stack: find a runnable g,
 * execute it (gogo), and come back through mcall when the g parks or exits.
 * Dead gs keep their stack slot and go to a free list for reuse.
 *
 * This walking skeleton runs one M (m0). The shapes (allm, idle Ps,
 * nmspinning) are there for the thread-creating scheduler that follows. */
#include "runtime.h"

struct g rt_g0;
struct m rt_m0;
struct schedt rt_sched;
struct p *rt_allp[const__MaxProcs];

static struct g *rt_allgtail;

/* ---- Ms and Ps */

static void rt_mcommoninit(struct m *mp) {
    rt_lock(&rt_sched.lock);
    mp->id = rt_sched.mnext++;
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

/* Create nprocs Ps; m0 takes P 0, the others wait on the idle list. */
static void rt_procresize(int32_t nprocs) {
    for (int32_t i = 0; i < nprocs; i++) {
        struct p *pp = rt_persistentalloc(sizeof *pp);
        pp->id = i;
        pp->status = const__Pidle;
        rt_allp[i] = pp;
    }
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

void rt_schedinit(void) __asm__("runtime.schedinit");
void rt_schedinit(void) {
    rt_stackinit();
    rt_mcommoninit(&rt_m0);
    rt_initsig();
    int32_t procs = rt_ncpu;
    int32_t n = rt_atoi(rt_getenv("GOMAXPROCS"));
    if (n > 0)
        procs = n;
    if (procs > const__MaxProcs)
        procs = const__MaxProcs;
    rt_procresize(procs);
}

/* ---- run queues */

static void rt_globrunqput(struct g *gp) {
    rt_lock(&rt_sched.lock);
    gp->schedlink = NULL;
    if (rt_sched.runqtail)
        rt_sched.runqtail->schedlink = gp;
    else
        rt_sched.runqhead = gp;
    rt_sched.runqtail = gp;
    rt_sched.runqsize++;
    rt_unlock(&rt_sched.lock);
}

static struct g *rt_globrunqget(void) {
    rt_lock(&rt_sched.lock);
    struct g *gp = rt_sched.runqhead;
    if (gp) {
        rt_sched.runqhead = gp->schedlink;
        if (!rt_sched.runqhead)
            rt_sched.runqtail = NULL;
        rt_sched.runqsize--;
        gp->schedlink = NULL;
    }
    rt_unlock(&rt_sched.lock);
    return gp;
}

/* Queue gp on pp. With next, gp goes to runnext and the g it displaces to
 * the tail, as Go does for new and readied goroutines. A full ring
 * overflows into the global queue. */
static void rt_runqput(struct p *pp, struct g *gp, int next) {
    if (next) {
        struct g *old = pp->runnext;
        pp->runnext = gp;
        if (!old)
            return;
        gp = old;
    }
    uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = pp->runqtail;
    if (t - h < const__RunqSize) {
        pp->runq[t % const__RunqSize] = gp;
        __atomic_store_n(&pp->runqtail, t + 1, __ATOMIC_RELEASE);
        return;
    }
    rt_globrunqput(gp);
}

static struct g *rt_runqget(struct p *pp) {
    struct g *gp = pp->runnext;
    if (gp) {
        pp->runnext = NULL;
        return gp;
    }
    uint32_t h = pp->runqhead;
    if (h == pp->runqtail)
        return NULL;
    gp = pp->runq[h % const__RunqSize];
    __atomic_store_n(&pp->runqhead, h + 1, __ATOMIC_RELEASE);
    return gp;
}

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
    gp = rt_persistentalloc(sizeof *gp);
    rt_stackalloc(&gp->stack);
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
 * and SP = stack.hi - 8, where goexit+1 waits as its return address. */
void rt_newproc(struct funcval *fn) __asm__("runtime.newproc");
void rt_newproc(struct funcval *fn) {
    if (fn == NULL)
        rt_fatal("go of nil func value");
    struct g *newg = rt_gfget();
    uintptr sp = newg->stack.hi - 8;
    *(uintptr *)sp = (uintptr)rt_goexit + 1;
    memset(&newg->sched, 0, sizeof newg->sched);
    newg->sched.sp = sp;
    newg->sched.pc = fn->fn;
    newg->sched.g = newg;
    newg->sched.ctxt = fn;
    newg->stacksize = const__FixedStack;
    newg->stackguard0 = newg->stack.hi - const__FixedStack + const__StackGuard;
    newg->stackguard1 = ~(uintptr)0;
    newg->startpc = fn->fn;
    newg->_panic = NULL;
    newg->_defer = NULL;
    newg->param = NULL;
    newg->waitreason = RT_WAIT_ZERO;
    newg->goid = (int64_t)__atomic_add_fetch(&rt_sched.goidgen, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&newg->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    rt_runqput(g->m->p, newg, 1);
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

/* No g can run and nothing (timers, other Ms) can make one runnable. */
static _Noreturn void rt_checkdead(void) {
    rt_fatal("all goroutines are asleep - deadlock!");
}

static _Noreturn void rt_schedule(void) {
    struct m *mp = g->m;
    if (g != mp->g0)
        rt_fatal("schedule: not on g0");
    struct p *pp = mp->p;
    struct g *gp = NULL;
    /* Now and then take from the global queue first, for fairness. */
    if (pp->schedtick % 61 == 0 && rt_sched.runqsize > 0)
        gp = rt_globrunqget();
    if (!gp)
        gp = rt_runqget(pp);
    if (!gp)
        gp = rt_globrunqget();
    if (!gp)
        rt_checkdead();
    rt_execute(gp);
}

/* mstart1: the C part of mstart, on g0 with g0.sched.sp recorded. */
void rt_mstart1(void) __asm__("runtime.mstart1");
void rt_mstart1(void) {
    if (g != g->m->g0)
        rt_fatal("mstart: not on g0");
    rt_minit();
    rt_schedule();
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
    rt_gfput(gp);
    rt_schedule();
}

/* goexit1: a goroutine's function returned (through goexit). */
_Noreturn void rt_goexit1(void) __asm__("runtime.goexit1");
_Noreturn void rt_goexit1(void) {
    rt_mcall(rt_goexit0);
    rt_abort();
}

static void rt_park_m(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Gwaiting, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    rt_schedule();
}

/* Block the current goroutine until rt_goready; reason is a RT_WAIT_*. */
void rt_gopark(int32_t reason) {
    if (g == g->m->g0)
        rt_fatal("gopark: on g0");
    g->waitreason = reason;
    rt_mcall(rt_park_m);
}

/* Make a goroutine parked by rt_gopark runnable; it runs next. */
void rt_goready(struct g *gp) {
    if (__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) != const__Gwaiting)
        rt_fatal("bad g->status in ready");
    __atomic_store_n(&gp->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    rt_runqput(g->m->p, gp, 1);
}

static void rt_gosched_m(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Grunnable, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    rt_globrunqput(gp);
    rt_schedule();
}

/* runtime.Gosched(): yield; the g goes to the global run queue. */
void rt_Gosched(void) __asm__("runtime.Gosched");
void rt_Gosched(void) {
    rt_mcall(rt_gosched_m);
}

/* block(): `select {}` - park forever. */
_Noreturn void rt_block(void) __asm__("runtime.block");
_Noreturn void rt_block(void) {
    for (;;)
        rt_gopark(RT_WAIT_SELECT_NO_CASES);
}

/* ---- runtime.main, the first goroutine */

/* The layout of a package's P..inittask (docs/abi.md §4). */
struct rt_inittask {
    uintptr state;      /* 0 not started, 1 running, 2 done */
    uintptr ndeps;
    uintptr nfns;
    uintptr words[];    /* ndeps *inittask, then nfns function PCs */
};

static void rt_doinit(struct rt_inittask *t) {
    if (t->state == 2)
        return;
    if (t->state == 1)
        rt_fatal("recursive call during initialization - linker skew");
    t->state = 1;
    for (uintptr i = 0; i < t->ndeps; i++)
        rt_doinit((struct rt_inittask *)t->words[i]);
    for (uintptr i = 0; i < t->nfns; i++) {
        struct funcval fv = {t->words[t->ndeps + i]};
        rt_gocall(&fv);
    }
    t->state = 2;
}

extern struct rt_inittask rt_main_inittask __asm__("main..inittask");
extern char rt_main_main[] __asm__("main.main");

void rt_main(void) __asm__("runtime.main");
void rt_main(void) {
    rt_doinit(&rt_main_inittask);
    struct funcval fv = {(uintptr)rt_main_main};
    rt_gocall(&fv);
    rt_exit(0);
}
