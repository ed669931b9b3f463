/* timer.c - the timer heap that sysmon serves: sleeping goroutines
 * (runtime.timeSleep, i.e. time.Sleep) and the time package's timers
 * (time.startTimer/stopTimer/resetTimer, for Timer, Ticker, After, Tick,
 * AfterFunc).
 *
 * Both kinds of entry sit in one min-heap ordered by wake-up time. sysmon
 * (sysmon.c) sleeps until the earliest one at most and then, for a
 * sleeping g, moves it to the global run queue (waking an idle M if a P is
 * idle); for a time.runtimeTimer, it calls the timer's function f(arg, seq)
 * on its own g0 (through gocallarg3), after re-arming a periodic timer.
 * Those functions (time.sendTime: a non-blocking send; time.goFunc: `go
 * f()`) never block, and goready/newproc work on an M without a P. Adding
 * a timer earlier than sysmon's planned wake-up wakes it. checkdead does
 * not report a deadlock while timers are pending, as in Go. */
#include "runtime.h"

#define RT_FUTEX_WAIT_PRIVATE 128
#define RT_FUTEX_WAKE_PRIVATE 129
#define RT_NEVER INT64_MAX

/* The time package's runtimeTimer (time/sleep.go; Go 1.19's layout). pp
 * is the runtime's: heap index + 1 while the timer is in the heap, else 0. */
struct rt_gotimer {
    uintptr pp;
    int64_t when;
    int64_t period;
    struct funcval *f;          /* func(arg any, seq uintptr), not a closure */
    void *argtype, *argdata;
    uintptr seq;
    int64_t nextwhen;
    uint32_t status;
};
_Static_assert(sizeof(struct rt_gotimer) == 72, "time.runtimeTimer layout");

/* A heap entry: a sleeping g, or a time package timer. */
struct rt_timer {
    int64_t when;
    struct g *gp;
    struct rt_gotimer *t;
};

static struct rt_timer *rt_timers;  /* heap ordered by when */
static int32_t rt_ntimers, rt_captimers;
static uint32_t rt_timers_lock;

static uint32_t rt_sysmon_wake;                 /* futex word: bumped to wake sysmon */
static int64_t rt_sysmon_until = RT_NEVER;      /* sysmon's planned wake-up; NEVER while awake */

static void rt_timer_set(int32_t i, struct rt_timer e) {
    rt_timers[i] = e;
    if (e.t)
        e.t->pp = (uintptr)i + 1;
}

static void rt_timer_swap(int32_t i, int32_t j) {
    struct rt_timer t = rt_timers[i];
    rt_timer_set(i, rt_timers[j]);
    rt_timer_set(j, t);
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

/* Wake sysmon if it plans to sleep past when. */
static void rt_wakesysmon(int64_t when) {
    if (when < __atomic_load_n(&rt_sysmon_until, __ATOMIC_SEQ_CST)) {
        __atomic_add_fetch(&rt_sysmon_wake, 1, __ATOMIC_SEQ_CST);
        rt_sys_futex(&rt_sysmon_wake, RT_FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

/* Insert an entry; rt_timers_lock is held. */
static void rt_heapadd(struct rt_timer e) {
    if (rt_ntimers == rt_captimers) {
        int32_t cap = rt_captimers ? 2 * rt_captimers : 64;
        struct rt_timer *t = rt_persistentalloc((uintptr)cap * sizeof *t);
        if (rt_ntimers)
            memcpy(t, rt_timers, (size_t)rt_ntimers * sizeof *t);
        rt_timers = t;          /* the old array is not freed (pre-GC heap) */
        rt_captimers = cap;
    }
    rt_timer_set(rt_ntimers, e);
    __atomic_store_n(&rt_ntimers, rt_ntimers + 1, __ATOMIC_SEQ_CST);
    rt_timer_up(rt_ntimers - 1);
}

/* Remove entry i; rt_timers_lock is held. */
static void rt_heapdel(int32_t i) {
    if (rt_timers[i].t)
        rt_timers[i].t->pp = 0;
    int32_t last = rt_ntimers - 1;
    __atomic_store_n(&rt_ntimers, last, __ATOMIC_SEQ_CST);
    if (i == last)
        return;
    rt_timer_set(i, rt_timers[last]);
    rt_timer_up(i);
    rt_timer_down(i);
}

static void rt_addtimer(int64_t when, struct g *gp) {
    rt_lock(&rt_timers_lock);
    rt_heapadd((struct rt_timer){when, gp, NULL});
    rt_unlock(&rt_timers_lock);
    rt_wakesysmon(when);
}

static int32_t rt_timerfns;

/* Timers that will still fire, or are firing now (checkdead: not dead). */
int32_t rt_timers_pending(void) {
    return __atomic_load_n(&rt_ntimers, __ATOMIC_SEQ_CST) + __atomic_load_n(&rt_timerfns, __ATOMIC_SEQ_CST);
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

/* Run a time package timer's function: f(arg, seq) as Go code. */
void rt_gocallarg3(struct funcval *fn, void *a, void *b, uintptr c) __asm__("runtime.gocallarg3");

/* Nonzero while sysmon fires timers. The functions of the time package's
 * timers are Go code that may allocate, so they must not run while the
 * world is stopped: a stop-the-world sets rt_gcwaiting and then waits here
 * (rt_timers_quiesce) until sysmon is out; sysmon looks at rt_gcwaiting
 * after announcing itself, and leaves the timers for later if it is set. */

void rt_timers_quiesce(void) {
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    while (__atomic_load_n(&rt_timerfns, __ATOMIC_SEQ_CST) != 0)
        rt_sys_sched_yield();
}

/* Ready every g whose time has come and run the due timers' functions;
 * returns how many entries fired. */
int32_t rt_runtimers(int64_t now) {
    int32_t n = 0;
    for (;;) {
        struct rt_timer e = {0, NULL, NULL};
        __atomic_add_fetch(&rt_timerfns, 1, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(&rt_gcwaiting, __ATOMIC_SEQ_CST)) {
            __atomic_sub_fetch(&rt_timerfns, 1, __ATOMIC_SEQ_CST);
            break;
        }
        rt_lock(&rt_timers_lock);
        if (rt_ntimers > 0 && rt_timers[0].when <= now) {
            e = rt_timers[0];
            struct rt_gotimer *t = e.t;
            if (t && t->period > 0) {   /* a ticker: the next period after now */
                int64_t next = t->when + t->period * (1 + (now - t->when) / t->period);
                t->when = next < 0 ? INT64_MAX : next;
                rt_timers[0].when = t->when;
                rt_timer_down(0);
            } else {
                rt_heapdel(0);
            }
        }
        rt_unlock(&rt_timers_lock);
        if (e.gp) {
            rt_timer_ready(e.gp);
            rt_wakep();     /* before rt_timerfns drops: checkdead must not see a lost g */
        } else if (e.t)
            rt_gocallarg3(e.t->f, e.t->argtype, e.t->argdata, e.t->seq);
        __atomic_sub_fetch(&rt_timerfns, 1, __ATOMIC_SEQ_CST);
        if (!e.gp && !e.t)
            break;
        n++;
    }
    if (n > 0)
        rt_wakep();
    return n;
}

/* ---- the time package's side (called through the ABIInternal shims of
 * sys_linux_amd64.s, under the names Go's runtime gives them) */

/* time.startTimer(t): arm t at t.when (a stopped or new timer). */
void rt_starttimer(struct rt_gotimer *t) {
    if (t->when < 0)
        t->when = INT64_MAX;
    rt_lock(&rt_timers_lock);
    if (t->pp)
        rt_heapdel((int32_t)t->pp - 1);
    rt_heapadd((struct rt_timer){t->when, NULL, t});
    rt_unlock(&rt_timers_lock);
    rt_wakesysmon(t->when);
}

/* time.stopTimer(t): disarm t; whether it was armed (had not fired). */
uintptr rt_stoptimer(struct rt_gotimer *t) {
    rt_lock(&rt_timers_lock);
    int armed = t->pp != 0;
    if (armed)
        rt_heapdel((int32_t)t->pp - 1);
    rt_unlock(&rt_timers_lock);
    return (uintptr)armed;
}

/* time.resetTimer(t, when): re-arm t at when; whether it was armed. */
uintptr rt_resettimer(struct rt_gotimer *t, int64_t when) {
    uintptr armed = rt_stoptimer(t);
    t->when = when;
    rt_starttimer(t);
    return armed;
}

/* time.now(): wall clock seconds and nanoseconds, and the monotonic clock,
 * in out[0..2]. */
void rt_timenow(int64_t *out) {
    long ts[2] = {0, 0};
    rt_sys_clock_gettime(0, ts);        /* CLOCK_REALTIME */
    out[0] = ts[0];
    out[1] = ts[1];
    out[2] = rt_nanotime();
}

/* sysmon's sleep: at most max_ns, less if a timer is due sooner; a new
 * earlier timer cuts it short. */
void rt_sysmon_sleep(int64_t max_ns) {
    __atomic_store_n(&rt_sysmon_until, RT_NEVER, __ATOMIC_SEQ_CST);
    uint32_t seen = __atomic_load_n(&rt_sysmon_wake, __ATOMIC_SEQ_CST);
    int64_t now = rt_nanotime();
    int64_t next = rt_nexttimer();
    int64_t ns = next - now < max_ns ? next - now : max_ns;
    if (ns <= 0 && __atomic_load_n(&rt_gcwaiting, __ATOMIC_ACQUIRE))
        ns = max_ns;            /* timers wait for the world to restart */
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

/* runtime.nanotime (the monotonic clock) is in sys_linux_amd64.s: callable
 * both from C-convention and from Go (ABIInternal) code. */
