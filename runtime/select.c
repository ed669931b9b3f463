/* select.c - the select statement: selectgo, selectnbsend/selectnbrecv
 * (a single case with default) and fastrand (Go's select.go semantics).
 *
 * selectgo(cas0, order0, nsends, nrecvs, block) receives the cases, sends
 * first, and scratch space order0 of 2*ncases uint16: the poll order (a
 * random permutation of the non-nil cases, so that no ready case starves)
 * and the lock order (cases sorted by channel address, so that two selects
 * never lock the same channels in opposite orders). With every channel
 * locked it takes the first ready case in poll order. If none is ready it
 * returns -1 (block = 0, a default case) or puts one sudog per case into
 * the channels' queues and parks; the first channel operation to win
 * g.selectDone wakes it, and the other sudogs are taken out again.
 * Returns the case index and, for a receive, whether a value arrived. */
#include "runtime.h"

extern const uint8_t *rt_startuprandom;

/* A per-M xorshift64* generator, seeded from the kernel's random bytes. */
uint32_t rt_fastrand(void) {
    struct m *mp = g->m;
    uint64_t x = mp->fastrand;
    if (x == 0) {
        uint64_t seed = 0x9e3779b97f4a7c15ull * (uint64_t)(mp->id + 1);
        if (rt_startuprandom)
            for (int i = 0; i < 8; i++)
                seed ^= (uint64_t)rt_startuprandom[i] << (8 * i);
        x = seed ? seed : 1;
    }
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    mp->fastrand = x;
    return (uint32_t)((x * 0x2545f4914f6cdd1dull) >> 32);
}

uint32_t rt_fastrand_go(void) __asm__("runtime.fastrand");
uint32_t rt_fastrand_go(void) {
    return rt_fastrand();
}

/* What the park callback needs to release every lock of the select. */
struct rt_selpark {
    struct scase *cases;
    uint16_t *lockorder;
    int n;
};

static void rt_sellock(struct scase *cases, uint16_t *lockorder, int n) {
    struct hchan *last = NULL;
    for (int i = 0; i < n; i++) {
        struct hchan *c = cases[lockorder[i]].c;
        if (c != last)
            rt_lock(&c->lock);
        last = c;
    }
}

/* Unlock in reverse order. Once a lock is released the g may be woken,
 * but it must first relock everything, so walking on is safe. */
static void rt_selunlock(struct scase *cases, uint16_t *lockorder, int n) {
    for (int i = n - 1; i >= 0; i--) {
        struct hchan *c = cases[lockorder[i]].c;
        if (i > 0 && c == cases[lockorder[i - 1]].c)
            continue;
        rt_unlock(&c->lock);
    }
}

/* After the g is parked: walk g.waiting (read before each unlock) and drop
 * each distinct channel's lock; the last one only after the last read. */
static void rt_selparkcommit(void *arg) {
    struct g *gp = arg;
    struct hchan *last = NULL;
    for (struct sudog *sg = gp->waiting; sg; sg = sg->waitlink) {
        if (sg->c != last && last)
            rt_unlock(&last->lock);
        last = sg->c;
    }
    if (last)
        rt_unlock(&last->lock);
}

/* Heap sort of the case indexes by channel address (no quadratic cost). */
static void rt_sift(struct scase *cases, uint16_t *o, int i, int n) {
    for (;;) {
        int l = 2 * i + 1, m = i;
        if (l < n && (uintptr)cases[o[l]].c > (uintptr)cases[o[m]].c)
            m = l;
        if (l + 1 < n && (uintptr)cases[o[l + 1]].c > (uintptr)cases[o[m]].c)
            m = l + 1;
        if (m == i)
            return;
        uint16_t t = o[i];
        o[i] = o[m];
        o[m] = t;
        i = m;
    }
}

static void rt_sortlockorder(struct scase *cases, uint16_t *o, int n) {
    for (int i = n / 2 - 1; i >= 0; i--)
        rt_sift(cases, o, i, n);
    for (int end = n - 1; end > 0; end--) {
        uint16_t t = o[0];
        o[0] = o[end];
        o[end] = t;
        rt_sift(cases, o, 0, end);
    }
}

/* Pass 1, every channel locked: do the first ready case in poll order.
 * Returns its index or -1; *recvok as for selectgo. Unlocks if found. */
static int rt_selpoll(struct scase *cases, uint16_t *pollorder, uint16_t *lockorder, int n, int nsends,
                      int *recvok) {
    for (int i = 0; i < n; i++) {
        int k = pollorder[i];
        struct scase *cas = &cases[k];
        struct hchan *c = cas->c;
        struct sudog *sg;
        struct g *gp = NULL;
        if (k < nsends) {
            if (c->closed) {
                rt_selunlock(cases, lockorder, n);
                rt_panicplain("send on closed channel");
            }
            if ((sg = rt_waitq_dequeue(&c->recvq)) != NULL)
                gp = rt_chan_send_to(c, sg, cas->elem);
            else if (c->qcount < c->dataqsiz)
                rt_chan_put(c, cas->elem);
            else
                continue;
            *recvok = 0;
        } else {
            if ((sg = rt_waitq_dequeue(&c->sendq)) != NULL) {
                gp = rt_chan_recv_from(c, sg, cas->elem);
                *recvok = 1;
            } else if (c->qcount > 0) {
                rt_chan_take(c, cas->elem);
                *recvok = 1;
            } else if (c->closed) {
                if (cas->elem)
                    memset(cas->elem, 0, c->elemsize);
                *recvok = 0;
            } else {
                continue;
            }
        }
        rt_selunlock(cases, lockorder, n);
        if (gp)
            rt_goready(gp);
        return k;
    }
    return -1;
}

struct rt_selres {
    intptr_t casi;
    uintptr recvok;
};

/* Pass 2 and 3: queue a sudog per case, park, and on wake-up find the
 * winning case and dequeue the others. The channels are locked. */
static struct rt_selres rt_selwait(struct scase *cases, uint16_t *lockorder, int n, int nsends,
                                   struct sudog *sgs) {
    g->waiting = NULL;
    g->param = NULL;
    __atomic_store_n(&g->selectDone, 0, __ATOMIC_RELEASE);
    struct sudog **link = &g->waiting;
    for (int i = 0; i < n; i++) {
        int k = lockorder[i];
        struct sudog *sg = &sgs[k];
        *sg = (struct sudog){.g = g, .elem = cases[k].elem, .c = cases[k].c, .isSelect = 1};
        *link = sg;
        link = &sg->waitlink;
        rt_waitq_enqueue(k < nsends ? &cases[k].c->sendq : &cases[k].c->recvq, sg);
    }
    rt_goparkfn(rt_selparkcommit, g, RT_WAIT_SELECT);
    rt_sellock(cases, lockorder, n);
    struct sudog *won = g->param;
    g->param = NULL;
    struct rt_selres r = {-1, 0};
    for (int i = 0; i < n; i++) {
        int k = lockorder[i];
        struct sudog *sg = &sgs[k];
        if (sg == won) {
            r.casi = k;
            r.recvok = sg->success;
        } else {
            rt_waitq_remove(k < nsends ? &cases[k].c->sendq : &cases[k].c->recvq, sg);
        }
    }
    g->waiting = NULL;
    __atomic_store_n(&g->selectDone, 0, __ATOMIC_RELEASE);
    if (r.casi < 0)
        rt_fatal("selectgo: bad wakeup");
    struct hchan *c = cases[r.casi].c;
    if (r.casi < nsends && !r.recvok) {     /* a send woken by close */
        rt_selunlock(cases, lockorder, n);
        (void)c;
        rt_panicplain("send on closed channel");
    }
    rt_selunlock(cases, lockorder, n);
    return r;
}

struct rt_selres rt_selectgo(struct scase *cas0, uint16_t *order0, intptr_t nsends, intptr_t nrecvs,
                             uintptr block) __asm__("runtime.selectgo");
struct rt_selres rt_selectgo(struct scase *cas0, uint16_t *order0, intptr_t nsends, intptr_t nrecvs,
                             uintptr block) {
    rt_chan_preemptcheck();
    int ncases = (int)(nsends + nrecvs);
    if (ncases > 65536)
        rt_fatal("selectgo: too many cases");
    uint16_t *pollorder = order0, *lockorder = order0 + ncases;
    /* The poll order: non-nil cases, inserted at random places. */
    int n = 0;
    for (int i = 0; i < ncases; i++) {
        if (!cas0[i].c) {
            cas0[i].elem = NULL;
            continue;
        }
        int j = (int)(rt_fastrand() % (uint32_t)(n + 1));
        pollorder[n] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        n++;
    }
    for (int i = 0; i < n; i++)
        lockorder[i] = pollorder[i];
    rt_sortlockorder(cas0, lockorder, n);
    if (n == 0) {
        if (!block)
            return (struct rt_selres){-1, 0};
        for (;;)
            rt_gopark(RT_WAIT_SELECT);      /* only nil channels: forever */
    }
    rt_sellock(cas0, lockorder, n);
    int recvok = 0;
    int k = rt_selpoll(cas0, pollorder, lockorder, n, (int)nsends, &recvok);
    if (k >= 0)
        return (struct rt_selres){k, (uintptr)recvok};
    if (!block) {
        rt_selunlock(cas0, lockorder, n);
        return (struct rt_selres){-1, 0};
    }
    /* The sudogs live on this g's stack (stacks never move) when they are
     * few: C code may use only a few KiB of a goroutine's first stack
     * segment (runtime/README.md). Larger selects put them on the heap,
     * kept alive by this frame and g.waiting while the g is parked. */
    enum { RT_SELECT_STACK_CASES = 16 };
    struct sudog small[RT_SELECT_STACK_CASES];
    struct sudog *sgs = ncases <= RT_SELECT_STACK_CASES ? small : rt_mallocgc(sizeof(struct sudog) * ncases);
    return rt_selwait(cas0, lockorder, n, (int)nsends, sgs);
}

/* select { case c <- v: ... default: ... } */
uintptr rt_selectnbsend(struct hchan *c, void *elem) __asm__("runtime.selectnbsend");
uintptr rt_selectnbsend(struct hchan *c, void *elem) {
    rt_chan_preemptcheck();
    return (uintptr)rt_chansend(c, elem, 0);
}

/* select { case v, ok = <-c: ... default: ... } -> (selected, received) */
struct rt_selres2 {
    uintptr selected, received;
};
struct rt_selres2 rt_selectnbrecv(void *elem, struct hchan *c) __asm__("runtime.selectnbrecv");
struct rt_selres2 rt_selectnbrecv(void *elem, struct hchan *c) {
    int received;
    rt_chan_preemptcheck();
    int selected = rt_chanrecv(c, elem, 0, &received);
    return (struct rt_selres2){(uintptr)selected, (uintptr)received};
}
