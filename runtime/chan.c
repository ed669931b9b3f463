/* chan.c - channels: make, send, receive, close (Go's chan.go semantics).
 *
 * An hchan (runtime2.go, Go's layout) holds a ring buffer of dataqsiz
 * elements and two FIFOs of blocked goroutines (sudogs). Every operation
 * takes the channel's spin lock. A send to a channel with a parked
 * receiver copies the value straight into the receiver's variable and
 * readies it (and the other way round for a receive from a parked sender),
 * so an unbuffered channel never copies twice. A goroutine that must wait
 * puts a sudog on its own stack (stacks never move) into the queue and
 * parks with rt_goparkunlock, which drops the channel lock only once the g
 * is parked. Elements are copied with memmove of elemsize bytes.
 *
 * Entry points (System V, compiler/builtin/runtime.go): makechan,
 * chansend1, chanrecv1, chanrecv2, closechan, selectnbsend, selectnbrecv.
 * len(c) and cap(c) are read by compiled code at offsets 0 and 8. */
#include "lang.h"

#define RT_MAXALLOC ((uintptr)1 << 47)


/* panic(plainError(msg)): a runtime.Error whose text has no "runtime
 * error: " prefix (panic.c reads the leading \x01). */
_Noreturn void rt_panicplain(const char *msg) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "\x01");
    rt_sb_cstr(&b, msg);
    rt_panicerr(rt_sb_done(&b));
}

/* ---- wait queues */

void rt_waitq_enqueue(struct waitq *q, struct sudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last)
        q->last->next = sg;
    else
        q->first = sg;
    q->last = sg;
}

void rt_waitq_remove(struct waitq *q, struct sudog *sg) {
    if (sg->prev)
        sg->prev->next = sg->next;
    else if (q->first == sg)
        q->first = sg->next;
    else
        return;                 /* not in this queue (already dequeued) */
    if (sg->next)
        sg->next->prev = sg->prev;
    else
        q->last = sg->prev;
    sg->next = sg->prev = NULL;
}

/* The first waiter that can still be woken: a sudog of a select that some
 * other channel already won is dropped on the way. */
struct sudog *rt_waitq_dequeue(struct waitq *q) {
    for (;;) {
        struct sudog *sg = q->first;
        if (!sg)
            return NULL;
        rt_waitq_remove(q, sg);
        uint32_t zero = 0;
        if (sg->isSelect && !__atomic_compare_exchange_n(&sg->g->selectDone, &zero, 1, 0,
                                                         __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            continue;
        return sg;
    }
}

/* ---- the buffer and the hand-offs (channel locked) */

static void *rt_chanbuf(struct hchan *c, uintptr i) {
    return (uint8_t *)c->buf + i * c->elemsize;
}

static void rt_elemcopy(struct hchan *c, void *dst, const void *src) {
    if (dst && c->elemsize)
        memmove(dst, src, c->elemsize);
}

/* Append *ep to the ring (there is room). */
void rt_chan_put(struct hchan *c, const void *ep) {
    rt_elemcopy(c, rt_chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    c->qcount++;
}

/* Take the oldest element of the ring into ep (nil: drop it). */
void rt_chan_take(struct hchan *c, void *ep) {
    void *slot = rt_chanbuf(c, c->recvx);
    rt_elemcopy(c, ep, slot);
    memset(slot, 0, c->elemsize);
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    c->qcount--;
}

/* Give *ep to the parked receiver sg; the caller unlocks, then readies the
 * returned g. */
struct g *rt_chan_send_to(struct hchan *c, struct sudog *sg, const void *ep) {
    rt_elemcopy(c, sg->elem, ep);
    sg->elem = NULL;
    sg->success = 1;
    sg->g->param = sg;
    return sg->g;
}

/* Receive from the parked sender sg into ep. On a buffered channel (then
 * full) the receiver gets the oldest element and the sender's value takes
 * its place at the end of the ring. */
struct g *rt_chan_recv_from(struct hchan *c, struct sudog *sg, void *ep) {
    if (c->dataqsiz == 0) {
        rt_elemcopy(c, ep, sg->elem);
    } else {
        void *slot = rt_chanbuf(c, c->recvx);
        rt_elemcopy(c, ep, slot);
        rt_elemcopy(c, slot, sg->elem);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->elem = NULL;
    sg->success = 1;
    sg->g->param = sg;
    return sg->g;
}

/* ---- preemption
 *
 * In Go the channel entry points are Go functions whose prologue is a
 * preemption point; here they are C, so each checks for sysmon's request
 * itself. Without this, a loop that only polls channels (select with a
 * default) would never yield and could starve the goroutine it waits for. */
void rt_chan_preemptcheck(void) {
    if (__atomic_load_n(&g->stackguard0, __ATOMIC_ACQUIRE) != (uintptr)const__StackPreempt)
        return;
    g->stackguard0 = rt_stackguard(g);
    if (g->m->locks == 0 && g->m->mallocing == 0)
        rt_Gosched();
}

/* ---- make */

/* makechan(elemsize, size): a channel of size buffered elements of
 * elemsize bytes each (the compiler passes the element type's size). */
struct hchan *rt_makechan(uintptr elemsize, intptr_t size) __asm__("runtime.makechan");
struct hchan *rt_makechan(uintptr elemsize, intptr_t size) {
    if (elemsize >= (1 << 16))
        rt_fatal("makechan: invalid channel element type");
    if (size < 0 || (elemsize && (uintptr)size > (RT_MAXALLOC - sizeof(struct hchan)) / elemsize))
        rt_panicplain("makechan: size out of range");
    uintptr bufsize = elemsize * (uintptr)size;
    uintptr hsize = (sizeof(struct hchan) + 15) & ~(uintptr)15;
    struct hchan *c = rt_mallocgc(hsize + bufsize);
    c->buf = bufsize ? (uint8_t *)c + hsize : (void *)c;
    c->elemsize = (uint16_t)elemsize;
    c->dataqsiz = (uintptr)size;
    return c;
}

/* ---- send */

/* Send *ep on c; with block = 0 give up (return 0) instead of waiting. */
int rt_chansend(struct hchan *c, void *ep, int block) {
    if (!c) {
        if (!block)
            return 0;
        for (;;)
            rt_gopark(RT_WAIT_CHAN_SEND_NIL);
    }
    /* Not ready for a non-blocking send: no lock needed to say so. */
    if (!block && !__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) &&
        ((c->dataqsiz == 0 && __atomic_load_n(&c->recvq.first, __ATOMIC_ACQUIRE) == NULL) ||
         (c->dataqsiz > 0 && __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == c->dataqsiz)))
        return 0;
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panicplain("send on closed channel");
    }
    struct sudog *sg = rt_waitq_dequeue(&c->recvq);
    if (sg) {
        struct g *gp = rt_chan_send_to(c, sg, ep);
        rt_unlock(&c->lock);
        rt_goready(gp);
        return 1;
    }
    if (c->qcount < c->dataqsiz) {
        rt_chan_put(c, ep);
        rt_unlock(&c->lock);
        return 1;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return 0;
    }
    struct sudog me = {.g = g, .elem = ep, .c = c};
    g->param = NULL;
    rt_waitq_enqueue(&c->sendq, &me);
    rt_goparkunlock(&c->lock, RT_WAIT_CHAN_SEND);
    g->param = NULL;
    if (!me.success)            /* woken by closechan */
        rt_panicplain("send on closed channel");
    return 1;
}

void rt_chansend1(struct hchan *c, void *ep) __asm__("runtime.chansend1");
void rt_chansend1(struct hchan *c, void *ep) {
    rt_chan_preemptcheck();
    rt_chansend(c, ep, 1);
}

/* ---- receive */

/* Receive from c into ep (nil: drop the value). Returns whether it
 * completed (only 0 when !block); *received is 0 for a closed channel's
 * zero value. */
int rt_chanrecv(struct hchan *c, void *ep, int block, int *received) {
    *received = 0;
    if (!c) {
        if (!block)
            return 0;
        for (;;)
            rt_gopark(RT_WAIT_CHAN_RECEIVE_NIL);
    }
    if (!block && ((c->dataqsiz == 0 && __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == NULL) ||
                   (c->dataqsiz > 0 && __atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE) == 0))) {
        if (!__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE))
            return 0;
        /* closed: fall through and look again under the lock */
    }
    rt_lock(&c->lock);
    if (c->closed && c->qcount == 0) {
        rt_unlock(&c->lock);
        if (ep)
            memset(ep, 0, c->elemsize);
        return 1;
    }
    struct sudog *sg = rt_waitq_dequeue(&c->sendq);
    if (sg) {
        struct g *gp = rt_chan_recv_from(c, sg, ep);
        rt_unlock(&c->lock);
        rt_goready(gp);
        *received = 1;
        return 1;
    }
    if (c->qcount > 0) {
        rt_chan_take(c, ep);
        rt_unlock(&c->lock);
        *received = 1;
        return 1;
    }
    if (!block) {
        rt_unlock(&c->lock);
        return 0;
    }
    struct sudog me = {.g = g, .elem = ep, .c = c};
    g->param = NULL;
    rt_waitq_enqueue(&c->recvq, &me);
    rt_goparkunlock(&c->lock, RT_WAIT_CHAN_RECEIVE);
    g->param = NULL;
    *received = (int)me.success;
    return 1;
}

/* <-c */
void rt_chanrecv1(struct hchan *c, void *ep) __asm__("runtime.chanrecv1");
void rt_chanrecv1(struct hchan *c, void *ep) {
    int received;
    rt_chan_preemptcheck();
    rt_chanrecv(c, ep, 1, &received);
}

/* v, ok := <-c */
uintptr rt_chanrecv2(struct hchan *c, void *ep) __asm__("runtime.chanrecv2");
uintptr rt_chanrecv2(struct hchan *c, void *ep) {
    int received;
    rt_chan_preemptcheck();
    rt_chanrecv(c, ep, 1, &received);
    return (uintptr)received;
}

/* ---- close */

/* close(c): every parked receiver gets the zero value (ok = false), every
 * parked sender panics when it wakes. */
void rt_closechan(struct hchan *c) __asm__("runtime.closechan");
void rt_closechan(struct hchan *c) {
    if (!c)
        rt_panicplain("close of nil channel");
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panicplain("close of closed channel");
    }
    __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);
    struct g *list = NULL;      /* readied after unlocking, linked by schedlink */
    struct sudog *sg;
    while ((sg = rt_waitq_dequeue(&c->recvq)) != NULL) {
        if (sg->elem)
            memset(sg->elem, 0, c->elemsize);
        sg->elem = NULL;
        sg->success = 0;
        sg->g->param = sg;
        sg->g->schedlink = list;
        list = sg->g;
    }
    while ((sg = rt_waitq_dequeue(&c->sendq)) != NULL) {
        sg->elem = NULL;
        sg->success = 0;
        sg->g->param = sg;
        sg->g->schedlink = list;
        list = sg->g;
    }
    rt_unlock(&c->lock);
    while (list) {
        struct g *gp = list;
        list = gp->schedlink;
        gp->schedlink = NULL;
        rt_goready(gp);
    }
}
