/* sema.c - semaphores for the sync package: semacquire blocks while the
 * count at addr is 0, semrelease increments it and wakes one waiter.
 *
 * Waiters hang in one of 251 buckets chosen by address, each with a spin
 * lock and a FIFO list; a waiter's record lives on its own stack (stacks
 * never move). A woken waiter tries again to take the count, as in Go
 * without the "handoff" mode. This is also the proof of the park/ready
 * protocol channels will use: park with the bucket lock held, released by
 * rt_goparkunlock only once the g is parked. */
#include "runtime.h"

#define RT_SEMTABSZ 251

struct rt_semwaiter {
    struct g *gp;
    uint32_t *addr;
    struct rt_semwaiter *next;
};

struct rt_semroot {
    uint32_t lock;
    uint32_t nwait;             /* waiters in this bucket (read without the lock) */
    struct rt_semwaiter *head, *tail;
};

static struct rt_semroot rt_semtable[RT_SEMTABSZ];

static struct rt_semroot *rt_semroot(uint32_t *addr) {
    return &rt_semtable[((uintptr)addr >> 3) % RT_SEMTABSZ];
}

/* Take one unit of the count if there is one. */
static int rt_cansemacquire(uint32_t *addr) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    while (v != 0)
        if (__atomic_compare_exchange_n(addr, &v, v - 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return 1;
    return 0;
}

/* Remove and return the first waiter on addr; root is locked. */
static struct rt_semwaiter *rt_semdequeue(struct rt_semroot *root, uint32_t *addr) {
    struct rt_semwaiter *prev = NULL;
    for (struct rt_semwaiter *w = root->head; w; prev = w, w = w->next) {
        if (w->addr != addr)
            continue;
        if (prev)
            prev->next = w->next;
        else
            root->head = w->next;
        if (root->tail == w)
            root->tail = prev;
        __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
        return w;
    }
    return NULL;
}

void rt_semacquire(uint32_t *addr) __asm__("runtime.semacquire");
void rt_semacquire(uint32_t *addr) {
    if (rt_cansemacquire(addr))
        return;
    struct rt_semroot *root = rt_semroot(addr);
    struct rt_semwaiter w = {g, addr, NULL};
    for (;;) {
        rt_lock(&root->lock);
        __atomic_add_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
        if (rt_cansemacquire(addr)) {       /* a release came in between */
            __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
            rt_unlock(&root->lock);
            return;
        }
        w.next = NULL;
        if (root->tail)
            root->tail->next = &w;
        else
            root->head = &w;
        root->tail = &w;
        rt_goparkunlock(&root->lock, RT_WAIT_SEMACQUIRE);
        if (rt_cansemacquire(addr))
            return;
    }
}

void rt_semrelease(uint32_t *addr) __asm__("runtime.semrelease");
void rt_semrelease(uint32_t *addr) {
    struct rt_semroot *root = rt_semroot(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    rt_lock(&root->lock);
    struct rt_semwaiter *w = rt_semdequeue(root, addr);
    rt_unlock(&root->lock);
    if (w)
        rt_goready(w->gp);
}

/* ---- notify lists: the waiting side of sync.Cond (Go's notifyList)
 *
 * A goroutine about to wait takes a ticket (notifyListAdd: wait++), unlocks
 * the Cond's Locker, then waits for its ticket (notifyListWait). Signal
 * (notifyListNotifyOne) wakes the oldest ticket not yet notified, Broadcast
 * (notifyListNotifyAll) every one; a ticket notified before its owner got
 * to wait does not block at all. Waiter records live on the waiters' own
 * stacks, in ticket order (tickets are taken before the list lock, so a
 * notifier may find the list without its ticket yet: then the waiter sees
 * itself notified and does not park). The layout is Go 1.19's
 * sync.notifyList. */

struct rt_notifywaiter {
    struct g *gp;
    uint32_t ticket;
    struct rt_notifywaiter *next;
};

struct rt_notifylist {
    uint32_t wait;              /* the next ticket to hand out */
    uint32_t notify;            /* the next ticket to notify */
    uintptr lock;               /* spin lock word (low 32 bits) */
    struct rt_notifywaiter *head, *tail;
};

static int rt_ticketless(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) < 0;
}

/* notifyListAdd(l) uint32: a ticket for a goroutine about to wait. */
uint32_t rt_notifylistadd(struct rt_notifylist *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

/* notifyListWait(l, t): park until ticket t is notified. */
void rt_notifylistwait(struct rt_notifylist *l, uint32_t t) {
    uint32_t *lk = (uint32_t *)&l->lock;
    rt_lock(lk);
    if (rt_ticketless(t, l->notify)) {
        rt_unlock(lk);
        return;
    }
    struct rt_notifywaiter w = {g, t, NULL};
    if (l->tail)
        l->tail->next = &w;
    else
        l->head = &w;
    l->tail = &w;
    rt_goparkunlock(lk, RT_WAIT_SYNC_COND_WAIT);
}

/* notifyListNotifyAll(l): wake every waiting ticket. */
void rt_notifylistnotifyall(struct rt_notifylist *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    uint32_t *lk = (uint32_t *)&l->lock;
    rt_lock(lk);
    struct rt_notifywaiter *w = l->head;
    l->head = l->tail = NULL;
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    rt_unlock(lk);
    while (w) {
        struct rt_notifywaiter *next = w->next;  /* w dies once its g runs */
        rt_goready(w->gp);
        w = next;
    }
}

/* notifyListNotifyOne(l): wake the oldest ticket not yet notified. */
void rt_notifylistnotifyone(struct rt_notifylist *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    uint32_t *lk = (uint32_t *)&l->lock;
    rt_lock(lk);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        rt_unlock(lk);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
    struct rt_notifywaiter *prev = NULL;
    for (struct rt_notifywaiter *w = l->head; w; prev = w, w = w->next) {
        if (w->ticket != t)
            continue;
        if (prev)
            prev->next = w->next;
        else
            l->head = w->next;
        if (l->tail == w)
            l->tail = prev;
        struct g *gp = w->gp;
        rt_unlock(lk);
        rt_goready(gp);
        return;
    }
    rt_unlock(lk);              /* its owner has not parked yet: it will not */
}

/* notifyListCheck(size): the Go side's notifyList has the runtime's size. */
void rt_notifylistcheck(uintptr size) {
    if (size != sizeof(struct rt_notifylist))
        rt_fatal("runtime: bad notifyList size");
}
