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
