/* timer.c - sleeping goroutines: runtime.timeSleep (time.Sleep) and the
 * timer heap that sysmon serves.
 *
 * A sleeping g parks (wait reason "sleep") with its wake-up time in a
 * min-heap. sysmon (sysmon.c) sleeps until the earliest wake-up at most,
 * moves expired gs to the global run queue and wakes an idle M if there is
 * an idle P. Adding a timer earlier than sysmon's planned wake-up wakes it.
 * checkdead does not report a deadlock while timers are pending. */
#include "runtime.h"

#define RT_FUTEX_WAIT_PRIVATE 128
#define RT_FUTEX_WAKE_PRIVATE 129
#define RT_NEVER INT64_MAX

struct rt_timer {
    int64_t when;
    struct g *gp;
};

static struct rt_timer *rt_timers;  /* heap ordered by when */
static int32_t rt_ntimers, rt_captimers;
static uint32_t rt_timers_lock;

static uint32_t rt_sysmon_wake;                 /* futex word: bumped to wake sysmon */
static int64_t rt_sysmon_until = RT_NEVER;      /* sysmon's planned wake-up; NEVER while awake */

static void rt_timer_swap(int32_t i, int32_t j) {
    struct rt_timer t = rt_timers[i];
    rt_timers[i] = rt_timers[j];
    rt_timers[j] = t;
}

static void rt_timer_up(int32_t i) {
    while (i > 0 && rt_timers[(i - 1) / 2].when > rt_timers[i].when) {
        rt_timer_swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void rt_timer_down(int32_t i) {
    for (;;) {
        int32_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < rt_ntimers && rt_timers[l].when < rt_timers[m].when)
            m = l;
        if (r < rt_ntimers && rt_timers[r].when < rt_timers[m].when)
            m = r;
        if (m == i)
            return;
        rt_timer_swap(i, m);
        i = m;
    }
}

static void rt_addtimer(int64_t when, struct g *gp) {
    rt_lock(&rt_timers_lock);
    if (rt_ntimers == rt_captimers) {
        int32_t cap = rt_captimers ? 2 * rt_captimers : 64;
        struct rt_timer *t = rt_persistentalloc((uintptr)cap * sizeof *t);
        if (rt_ntimers)
            memcpy(t, rt_timers, (size_t)rt_ntimers * sizeof *t);
        rt_timers = t;          /* the old array is not freed (pre-GC heap) */
        rt_captimers = cap;
    }
    rt_timers[rt_ntimers] = (struct rt_timer){when, gp};
    __atomic_store_n(&rt_ntimers, rt_ntimers + 1, __ATOMIC_SEQ_CST);
    rt_timer_up(rt_ntimers - 1);
    rt_unlock(&rt_timers_lock);
    if (when < __atomic_load_n(&rt_sysmon_until, __ATOMIC_SEQ_CST)) {
        __atomic_add_fetch(&rt_sysmon_wake, 1, __ATOMIC_SEQ_CST);
        rt_sys_futex(&rt_sysmon_wake, RT_FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

int32_t rt_timers_pending(void) {
    return __atomic_load_n(&rt_ntimers, __ATOMIC_SEQ_CST);
}

static int64_t rt_nexttimer(void) {
    rt_lock(&rt_timers_lock);
    int64_t when = rt_ntimers ? rt_timers[0].when : RT_NEVER;
    rt_unlock(&rt_timers_lock);
    return when;
}

/* Make a g whose timer expired runnable (sysmon has no P: global queue). */
static void rt_timer_ready(struct g *gp) {
    uint32_t old = const__Gwaiting;
    if (!__atomic_compare_exchange_n(&gp->atomicstatus, &old, const__Grunnable, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
        rt_fatal("timer: sleeping g not waiting");
    rt_globrunqput(gp);
}

/* Ready every g whose time has come; returns how many. */
int32_t rt_runtimers(int64_t now) {
    int32_t n = 0;
    for (;;) {
        struct g *gp = NULL;
        rt_lock(&rt_timers_lock);
        if (rt_ntimers > 0 && rt_timers[0].when <= now) {
            gp = rt_timers[0].gp;
            rt_timers[0] = rt_timers[rt_ntimers - 1];
            __atomic_store_n(&rt_ntimers, rt_ntimers - 1, __ATOMIC_SEQ_CST);
            rt_timer_down(0);
        }
        rt_unlock(&rt_timers_lock);
        if (!gp)
            break;
        rt_timer_ready(gp);
        n++;
    }
    if (n > 0)
        rt_wakep();
    return n;
}

/* sysmon's sleep: at most max_ns, less if a timer is due sooner; a new
 * earlier timer cuts it short. */
void rt_sysmon_sleep(int64_t max_ns) {
    __atomic_store_n(&rt_sysmon_until, RT_NEVER, __ATOMIC_SEQ_CST);
    uint32_t seen = __atomic_load_n(&rt_sysmon_wake, __ATOMIC_SEQ_CST);
    int64_t now = rt_nanotime();
    int64_t next = rt_nexttimer();
    int64_t ns = next - now < max_ns ? next - now : max_ns;
    if (ns <= 0)
        return;
    __atomic_store_n(&rt_sysmon_until, now + ns, __ATOMIC_SEQ_CST);
    long ts[2] = {(long)(ns / 1000000000), (long)(ns % 1000000000)};
    rt_sys_futex(&rt_sysmon_wake, RT_FUTEX_WAIT_PRIVATE, seen, ts, NULL, 0);
}

static void rt_timesleep_m(struct g *gp) {
    struct m *mp = g->m;
    __atomic_store_n(&gp->atomicstatus, const__Gwaiting, __ATOMIC_RELEASE);
    gp->m = NULL;
    mp->curg = NULL;
    rt_addtimer(gp->sleepwhen, gp);     /* only now may sysmon ready it */
    rt_schedule();
}

/* timeSleep(ns): what time.Sleep does - park the goroutine for ns. */
void rt_timeSleep(int64_t ns) __asm__("runtime.timeSleep");
void rt_timeSleep(int64_t ns) {
    if (ns <= 0)
        return;
    int64_t now = rt_nanotime();
    g->sleepwhen = ns > RT_NEVER - now ? RT_NEVER : now + ns;
    g->waitreason = RT_WAIT_SLEEP;
    rt_mcall(rt_timesleep_m);
}

/* nanotime(): the monotonic clock in nanoseconds. */
int64_t rt_nanotime_go(void) __asm__("runtime.nanotime");
int64_t rt_nanotime_go(void) {
    return rt_nanotime();
}
