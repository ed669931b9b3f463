/* mem_chan.c - heap objects whose only reference travels through channels
 * survive collections (GOMAXPROCS=4, GODEBUG=gccheck=1): 4 producers send
 * typed cells (next pointer + value) through a buffered channel (the
 * reference sits in the channel's heap buffer) and an unbuffered one (it
 * sits in a blocked sender's stack frame); 2 consumers check each value and
 * its chained child while the heap churns. */
#include "mem_test.h"

void *rt_makechan(uintptr_t elemsize, intptr_t size) __asm__("runtime.makechan");
void rt_chansend1(void *c, void *elem) __asm__("runtime.chansend1");
void rt_chanrecv1(void *c, void *elem) __asm__("runtime.chanrecv1");

struct cell {
    struct cell *child;
    intptr_t val;
};
static const uint8_t cell_gcdata[] = {0x1};
static const struct rtt_type cell_type = {.size = 16, .ptrdata = 8, .align = 8, .fieldalign = 8, .kind = 25,
    .gcdata = cell_gcdata};

#define PER 20000
static void *buffered, *unbuffered, *done;

static void producer(void) {
    for (intptr_t i = 0; i < PER; i++) {
        struct cell *c = rt_mallocgc(sizeof *c, &cell_type, 1);
        c->val = i;
        c->child = rt_mallocgc(sizeof *c, &cell_type, 1);
        c->child->val = -i;
        rt_chansend1(i % 2 ? buffered : unbuffered, &c);
    }
}

static void consume(void *ch, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) {
        struct cell *c;
        rt_chanrecv1(ch, &c);
        if (c->child->val != -c->val || c->val < 0 || c->val >= PER)
            fail("mem_chan: a cell was freed while in a channel");
        for (int k = 0; k < 4; k++)
            rt_newobject(48);       /* churn: keeps the collector busy */
        if (i % 8000 == 4000)
            rt_GC();                /* collections happen however the threads are scheduled */
    }
    intptr_t one = 1;
    rt_chansend1(done, &one);
}

static void consumer_b(void) { consume(buffered, 4 * PER / 2); }
static void consumer_u(void) { consume(unbuffered, 4 * PER / 2); }

static struct rtt_funcval prod_fv = {producer}, cb_fv = {consumer_b}, cu_fv = {consumer_u};

void main_main(void) __asm__("main.main");
void main_main(void) {
    buffered = rt_makechan(8, 1000);
    unbuffered = rt_makechan(8, 0);
    done = rt_makechan(8, 2);
    for (int i = 0; i < 4; i++)
        rt_newproc(&prod_fv);
    rt_newproc(&cb_fv);
    rt_newproc(&cu_fv);
    intptr_t x;
    rt_chanrecv1(done, &x);
    rt_chanrecv1(done, &x);
    struct rtt_memstats ms;
    rt_ReadMemStats(&ms);
    if (ms.numgc < 3)
        fail("mem_chan: too few collections");
    pr("mem_chan ok\n");
}
