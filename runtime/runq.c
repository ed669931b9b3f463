/* runq.c - run queues: each P's local ring plus runnext, and the global
 * queue.
 *
 * A P's owner pushes at the tail; the owner and thieves (other Ms looking
 * for work) take from the head with a compare-and-swap, as in Go's
 * runqget/runqsteal. runnext holds a g that runs before the ring (new and
 * readied goroutines), and thieves may take it too. A full ring spills into
 * the global queue, which is protected by sched.lock. */
#include "runtime.h"

void rt_globrunqput(struct g *gp) {
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

/* The head of the global queue, or NULL. Callers hold sched.lock. */
struct g *rt_globrunqget_locked(void) {
    struct g *gp = rt_sched.runqhead;
    if (gp) {
        rt_sched.runqhead = gp->schedlink;
        if (!rt_sched.runqhead)
            rt_sched.runqtail = NULL;
        rt_sched.runqsize--;
        gp->schedlink = NULL;
    }
    return gp;
}

struct g *rt_globrunqget(void) {
    if (__atomic_load_n(&rt_sched.runqsize, __ATOMIC_ACQUIRE) == 0)
        return NULL;
    rt_lock(&rt_sched.lock);
    struct g *gp = rt_globrunqget_locked();
    rt_unlock(&rt_sched.lock);
    return gp;
}

/* Queue gp on pp (the caller's own P). With next, gp goes to runnext and
 * the g it displaces to the tail. */
void rt_runqput(struct p *pp, struct g *gp, int next) {
    if (next) {
        struct g *old = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
        while (!__atomic_compare_exchange_n(&pp->runnext, &old, gp, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            ;
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

/* Take one g from the head of pp's ring (owner or thief). */
static struct g *rt_runqtake(struct p *pp) {
    for (;;) {
        uint32_t h = __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE);
        uint32_t t = __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
        if (t == h)
            return NULL;
        struct g *gp = pp->runq[h % const__RunqSize];
        if (__atomic_compare_exchange_n(&pp->runqhead, &h, h + 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return gp;
    }
}

static struct g *rt_runnexttake(struct p *pp) {
    struct g *gp = __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE);
    while (gp && !__atomic_compare_exchange_n(&pp->runnext, &gp, NULL, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        ;
    return gp;
}

/* The owner's next g: runnext first, then the ring. */
struct g *rt_runqget(struct p *pp) {
    struct g *gp = rt_runnexttake(pp);
    return gp ? gp : rt_runqtake(pp);
}

int rt_runqempty(struct p *pp) {
    return __atomic_load_n(&pp->runnext, __ATOMIC_ACQUIRE) == NULL &&
           __atomic_load_n(&pp->runqhead, __ATOMIC_ACQUIRE) == __atomic_load_n(&pp->runqtail, __ATOMIC_ACQUIRE);
}

/* Steal one g from some other P: the ring first, runnext last. */
struct g *rt_runqsteal(struct p *self) {
    int32_t n = __atomic_load_n(&rt_sched.nprocs, __ATOMIC_ACQUIRE);   /* loaded once: GOMAXPROCS */
    int32_t start = (int32_t)(self->schedtick % (uint32_t)n);
    for (int pass = 0; pass < 2; pass++) {
        for (int32_t i = 0; i < n; i++) {
            struct p *victim = rt_allp[(start + i) % n];
            if (victim == self)
                continue;
            struct g *gp = pass == 0 ? rt_runqtake(victim) : rt_runnexttake(victim);
            if (gp)
                return gp;
        }
    }
    return NULL;
}
