/* sysmon.c - the system monitor: an M without a P that wakes up every 20 µs
 * to 10 ms (or at the next timer), readies sleeping goroutines whose time
 * has come (timer.c), and asks any goroutine that has run for 10 ms without
 * rescheduling to yield. The request is Go's: stackguard0 = _StackPreempt,
 * so the goroutine's next function prologue enters morestack and newstack
 * puts it back on the global run queue. (Loops without calls are not
 * preempted: that needs signals, later work.) */
#include "runtime.h"

#define RT_FORCE_PREEMPT_NS (10 * 1000 * 1000)

/* What sysmon saw of each P at its last change of schedtick. */
static uint32_t rt_lasttick[const__MaxProcs];
static int64_t rt_lastwhen[const__MaxProcs];

static void rt_preemptone(struct p *pp) {
    struct m *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
    if (!mp)
        return;
    struct g *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
    if (gp && gp != mp->g0)
        __atomic_store_n(&gp->stackguard0, (uintptr)const__StackPreempt, __ATOMIC_RELEASE);
}

/* Ask long-running goroutines to yield; returns how many were asked. */
static int rt_retake(int64_t now) {
    int n = 0;
    for (int32_t i = 0; i < rt_sched.nprocs; i++) {
        struct p *pp = rt_allp[i];
        if (__atomic_load_n(&pp->status, __ATOMIC_ACQUIRE) != const__Prunning)
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
