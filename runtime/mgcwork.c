/* mgcwork.c - the collector's parallel marking machinery: a pool of marker
 * threads and the sharing of work between them (the marking itself is in
 * mgcmark.c).
 *
 * Markers. The collecting M (worker 0) marks with up to 7 helper threads,
 * min(GOMAXPROCS, NumCPU, 8) markers in all. Helpers are Ms of their own
 * (clone, like sysmon: counted as system Ms, no P), created on the first
 * cycle that wants them; between cycles they sleep on a futex word, the
 * cycle's generation, which the collector bumps to start a mark phase.
 *
 * Work. Each marker has a private mark stack of (object, length) entries
 * (struct rt_gcwork). When some markers are idle and the global list holds
 * no work, a marker with two or more entries gives part of its stack away
 * as a buffer (rt_gcwork_balance); idle markers take buffers from the list
 * (rt_gcwork_get).
 *
 * Termination. `busy` counts the markers that may still produce work; the
 * list, busy and `done` change only under one lock. A marker whose stack
 * and the list are empty leaves busy; the one that brings it to zero sets
 * done (nobody can push any more). An idle marker seeing buffers rejoins
 * busy under the lock before taking one. A helper that wakes late joins
 * only while the phase is not done; the collector waits until every helper
 * that joined has left before it sweeps. */
#include "malloc.h"

#define RT_FUTEX_WAIT_PRIVATE 128
#define RT_FUTEX_WAKE_PRIVATE 129
#define RT_WBUFSIZE 512         /* entries per shared buffer */

struct rt_wbuf {
    struct rt_wbuf *next;
    uintptr n;
    struct rt_markent e[RT_WBUFSIZE];
};

static struct {
    uint32_t lock;
    uint32_t gen;               /* futex word: bumped to start a mark phase */
    int32_t nthreads;           /* helper threads created */
    int32_t nstarted;           /* helper threads that took an id */
    int32_t nmarkers;           /* markers wanted this phase (collector included) */
    int32_t busy;               /* markers that may still push work (lock) */
    int32_t done;               /* the phase is over (lock) */
    int32_t nin;                /* helpers inside the phase */
    int32_t nidle;              /* markers waiting for work (hint for balance) */
    int32_t nfull;              /* buffers on the list (hint, exact under lock) */
    uint32_t wake;              /* futex word of idle markers: bumped on news */
    struct rt_wbuf *full, *empty;
    void (*fn)(struct rt_gcwork *w);
} rt_gcw;

struct rt_gcwork rt_gcworkers[RT_MAXMARKERS];

/* ---- the local stack */

void rt_gcwork_grow(struct rt_gcwork *w) {
    w->stk = rt_sysgrow(w->stk, w->n, &w->cap, sizeof *w->stk, 1 << 12);
}

/* ---- the global list (rt_gcw.lock held) */

static struct rt_wbuf *rt_wbuf_new(void) {
    struct rt_wbuf *b = rt_gcw.empty;
    if (b)
        rt_gcw.empty = b->next;
    else
        b = rt_sysalloc(sizeof *b);
    b->n = 0;
    return b;
}

/* Wake the idle markers: work arrived or the phase is over. */
static void rt_gcwork_wake(void) {
    __atomic_add_fetch(&rt_gcw.wake, 1, __ATOMIC_ACQ_REL);
    if (__atomic_load_n(&rt_gcw.nidle, __ATOMIC_ACQUIRE) > 0)
        rt_sys_futex(&rt_gcw.wake, RT_FUTEX_WAKE_PRIVATE, RT_MAXMARKERS, NULL, NULL, 0);
}

static void rt_wbuf_push(struct rt_wbuf *b) {
    b->next = rt_gcw.full;
    rt_gcw.full = b;
    __atomic_store_n(&rt_gcw.nfull, rt_gcw.nfull + 1, __ATOMIC_RELEASE);
}

/* Move the first buffer of the list onto w's stack. */
static void rt_wbuf_take(struct rt_gcwork *w) {
    struct rt_wbuf *b = rt_gcw.full;
    rt_gcw.full = b->next;
    __atomic_store_n(&rt_gcw.nfull, rt_gcw.nfull - 1, __ATOMIC_RELEASE);
    while (w->n + b->n > w->cap)
        rt_gcwork_grow(w);
    memcpy(w->stk + w->n, b->e, b->n * sizeof b->e[0]);
    w->n += b->n;
    b->next = rt_gcw.empty;
    rt_gcw.empty = b;
}

/* ---- sharing */

/* Is there an idle marker and no shared work? (cheap, called often) */
int rt_gcwork_hungry(void) {
    return __atomic_load_n(&rt_gcw.nidle, __ATOMIC_RELAXED) > 0 &&
           __atomic_load_n(&rt_gcw.nfull, __ATOMIC_RELAXED) == 0;
}

/* Does the list hold no work? */
int rt_gcwork_listempty(void) {
    return __atomic_load_n(&rt_gcw.nfull, __ATOMIC_RELAXED) == 0 && rt_gcw.nmarkers > 1;
}

/* Give part of w's stack to the list: the oldest half of a short stack
 * (the roots of the biggest unexplored subgraphs), or the newest buffer's
 * worth of a long one (no copying of the rest). */
void rt_gcwork_balance(struct rt_gcwork *w) {
    if (w->n < 2)
        return;
    rt_lock(&rt_gcw.lock);
    struct rt_wbuf *b = rt_wbuf_new();
    if (w->n > 2 * RT_WBUFSIZE) {
        b->n = RT_WBUFSIZE;
        w->n -= RT_WBUFSIZE;
        memcpy(b->e, w->stk + w->n, RT_WBUFSIZE * sizeof b->e[0]);
    } else {
        b->n = w->n / 2;
        memcpy(b->e, w->stk, b->n * sizeof b->e[0]);
        memmove(w->stk, w->stk + b->n, (w->n - b->n) * sizeof b->e[0]);
        w->n -= b->n;
    }
    rt_wbuf_push(b);
    rt_unlock(&rt_gcw.lock);
    rt_gcwork_wake();
}

/* w's stack is empty: take shared work, waiting for some while other
 * markers are busy. 0 when the phase is over. */
int rt_gcwork_get(struct rt_gcwork *w) {
    rt_lock(&rt_gcw.lock);
    if (rt_gcw.full) {
        rt_wbuf_take(w);
        rt_unlock(&rt_gcw.lock);
        return 1;
    }
    int last = --rt_gcw.busy == 0;
    if (last)
        __atomic_store_n(&rt_gcw.done, 1, __ATOMIC_RELEASE);
    __atomic_add_fetch(&rt_gcw.nidle, 1, __ATOMIC_ACQ_REL);
    rt_unlock(&rt_gcw.lock);
    if (last)
        rt_gcwork_wake();
    for (uint32_t spins = 0;; spins++) {
        uint32_t seen = __atomic_load_n(&rt_gcw.wake, __ATOMIC_ACQUIRE);
        if (__atomic_load_n(&rt_gcw.done, __ATOMIC_ACQUIRE))
            break;
        if (__atomic_load_n(&rt_gcw.nfull, __ATOMIC_ACQUIRE) > 0) {
            rt_lock(&rt_gcw.lock);
            if (rt_gcw.full) {
                rt_gcw.busy++;
                __atomic_sub_fetch(&rt_gcw.nidle, 1, __ATOMIC_RELAXED);
                rt_wbuf_take(w);
                rt_unlock(&rt_gcw.lock);
                return 1;
            }
            rt_unlock(&rt_gcw.lock);
        }
        if (spins < 128)
            __builtin_ia32_pause();
        else    /* sleep: spinning takes CPU time from the busy markers */
            rt_sys_futex(&rt_gcw.wake, RT_FUTEX_WAIT_PRIVATE, seen, NULL, NULL, 0);
    }
    __atomic_sub_fetch(&rt_gcw.nidle, 1, __ATOMIC_RELAXED);
    return 0;
}

/* ---- the helper threads */

static void rt_gchelper(void) {
    int32_t id = __atomic_add_fetch(&rt_gcw.nstarted, 1, __ATOMIC_ACQ_REL);
    uint32_t seen = 0;
    for (;;) {
        uint32_t gen = __atomic_load_n(&rt_gcw.gen, __ATOMIC_ACQUIRE);
        if (gen == seen) {
            rt_sys_futex(&rt_gcw.gen, RT_FUTEX_WAIT_PRIVATE, seen, NULL, NULL, 0);
            continue;
        }
        seen = gen;
        rt_lock(&rt_gcw.lock);
        int join = !rt_gcw.done && id < rt_gcw.nmarkers;
        if (join) {
            rt_gcw.busy++;
            rt_gcw.nin++;
        }
        rt_unlock(&rt_gcw.lock);
        if (!join)
            continue;
        rt_gcw.fn(&rt_gcworkers[id]);
        __atomic_sub_fetch(&rt_gcw.nin, 1, __ATOMIC_ACQ_REL);
    }
}

static void rt_gchelper_start(void) {
    rt_lock(&rt_sched.lock);
    int64_t id = rt_sched.mnext++;
    rt_sched.nmsys++;       /* a system M, as sysmon: not a deadlock when it sleeps */
    rt_unlock(&rt_sched.lock);
    rt_newm(id, NULL, 0, rt_gchelper);
    rt_gcw.nthreads++;
}

/* Markers for this cycle: min(GOMAXPROCS, NumCPU, RT_MAXMARKERS). */
static int32_t rt_gcmarkers(void) {
    int32_t n = rt_sched.nprocs < rt_ncpu ? rt_sched.nprocs : rt_ncpu;
    if (n > RT_MAXMARKERS)
        n = RT_MAXMARKERS;
    return n < 1 ? 1 : n;
}

/* Run fn(w) on every marker (world stopped, on the collector's g0) and
 * return when all of them are done. */
void rt_gcwork_run(void (*fn)(struct rt_gcwork *w)) {
    int32_t n = rt_gcmarkers();
    while (rt_gcw.nthreads < n - 1)
        rt_gchelper_start();
    rt_lock(&rt_gcw.lock);
    rt_gcw.fn = fn;
    rt_gcw.nmarkers = n;
    rt_gcw.busy = 1;
    rt_gcw.done = 0;
    rt_gcw.nidle = 0;
    rt_unlock(&rt_gcw.lock);
    if (n > 1) {
        __atomic_add_fetch(&rt_gcw.gen, 1, __ATOMIC_ACQ_REL);
        rt_sys_futex(&rt_gcw.gen, RT_FUTEX_WAKE_PRIVATE, (uint32_t)rt_gcw.nthreads, NULL, NULL, 0);
    }
    fn(&rt_gcworkers[0]);
    while (__atomic_load_n(&rt_gcw.nin, __ATOMIC_ACQUIRE) > 0)
        rt_sys_sched_yield();
    if (rt_gcw.full)
        rt_fatal("gc: mark work left after termination");
}

int32_t rt_gcwork_nmarkers(void) {
    return rt_gcw.nmarkers;
}
