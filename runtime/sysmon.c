/* sysmon.c - the system monitor: an M without a P that wakes up every 20 µs
 * to 10 ms (or at the next timer), readies sleeping goroutines whose time
 * has come (timer.c), hands the P of an M blocked in a system call to
 * another M (retake), and asks any goroutine that has run for 10 ms without
 * rescheduling to yield. The request is Go's: stackguard0 = _StackPreempt,
 * so the goroutine's next function prologue enters morestack and newstack
 * puts it back on the global run queue. (Loops without calls are not
 * preempted: that needs signals, later work.) */
#include "runtime.h"

#define RT_FORCE_PREEMPT_NS (10 * 1000 * 1000)

/* What sysmon saw of each P at its last change of schedtick. */
static uint32_t rt_lasttick[const__MaxProcs];
static int64_t rt_lastwhen[const__MaxProcs];
static uint32_t rt_lastsyscalltick[const__MaxProcs];
static int64_t rt_lastsyscallwhen[const__MaxProcs];

static void rt_preemptone(struct p *pp) {
    struct m *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
    if (!mp)
        return;
    struct g *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
    if (gp && gp != mp->g0)
        __atomic_store_n(&gp->stackguard0, (uintptr)const__StackPreempt, __ATOMIC_RELEASE);
}

/* A P whose M has been in the same system call since sysmon's last look
 * (at least 20 µs) goes to another M if there is work for it, as in Go:
 * unless its queue is empty and other Ms can take new work anyway, for
 * up to 10 ms. */
static int rt_retakesyscall(struct p *pp, int32_t i, int64_t now) {
    uint32_t t = __atomic_load_n(&pp->syscalltick, __ATOMIC_ACQUIRE);
    if (t != rt_lastsyscalltick[i]) {
        rt_lastsyscalltick[i] = t;
        rt_lastsyscallwhen[i] = now;
        return 0;
    }
    if (rt_runqempty(pp) &&
        __atomic_load_n(&rt_sched.nmspinning, __ATOMIC_ACQUIRE) + __atomic_load_n(&rt_sched.npidle, __ATOMIC_ACQUIRE) > 0 &&
        now - rt_lastsyscallwhen[i] < RT_FORCE_PREEMPT_NS)
        return 0;
    uint32_t want = const__Psyscall;
    if (!__atomic_compare_exchange_n(&pp->status, &want, const__Pidle, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return 0;               /* the M came back first */
    rt_handoffp(pp);
    return 1;
}

/* Ask long-running goroutines to yield and take Ps from Ms blocked in
 * system calls; returns how many Ps were acted on. */
static int rt_retake(int64_t now) {
    int n = 0, nprocs = __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE);
    for (int32_t i = 0; i < nprocs; i++) {    /* GOMAXPROCS may change it meanwhile */
        struct p *pp = rt_allp[i];
        uint32_t status = __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE);
        if (status == const__Psyscall) {
            n += rt_retakesyscall(pp, i, now);
            continue;
        }
        if (status != const__Prunning)
            continue;
        uint32_t t = __atomic_load_n(&pp->schedtick, __ATOMIC_ACQUIRE);
        if (t != rt_lasttick[i]) {
            rt_lasttick[i] = t;
            rt_lastwhen[i] = now;
        } else if (now - rt_lastwhen[i] >= RT_FORCE_PREEMPT_NS) {
            rt_preemptone(pp);
            n++;
        }
    }
    return n;
}

/* Go's pacing: 20 µs while busy, doubling after 50 idle rounds, at most 10 ms. */
static void rt_sysmon(void) {
    uint32_t delay = 20, idle = 0;
    for (;;) {
        if (idle == 0)
            delay = 20;
        else if (idle > 50)
            delay *= 2;
        if (delay > 10 * 1000)
            delay = 10 * 1000;
        rt_sysmon_sleep((int64_t)delay * 1000);
        int64_t now = rt_nanotime();
        int32_t fired = rt_runtimers(now);
        if (rt_retake(now) + fired > 0)
            idle = 0;
        else
            idle++;
    }
}

void rt_startsysmon(void) {
    rt_lock(&rt_sched.lock);
    int64_t id = rt_sched.mnext++;
    rt_sched.nmsys++;
    rt_unlock(&rt_sched.lock);
    rt_newm(id, NULL, 0, rt_sysmon);
}
