/* mem_par.c - 16 goroutines allocate concurrently (run with GOMAXPROCS=4):
 * each builds 200 lists of 1000 typed cells and large untyped blocks,
 * checks them, and drops them; collections stop the world while the
 * others allocate. Then a map-like churn: a table of 4096 chains where
 * entries are replaced at random, checked at the end. Peak heap must stay
 * bounded (checked via ReadMemStats: HeapInuse < 64 MiB). */
#include "mem_test.h"

struct cell {
    struct cell *next;
    intptr_t val;
    void *blob;
};

static const uint8_t cell_gcdata[] = {0x5};   /* words 0 and 2 */
static const struct rtt_type cell_type = {
    .size = sizeof(struct cell), .ptrdata = 24, .align = 8, .fieldalign = 8, .kind = 25,
    .gcdata = cell_gcdata,
};
static const struct rtt_type int_type = {.size = 8, .ptrdata = 0, .align = 8, .fieldalign = 8, .kind = 2};

static int32_t done;

static void worker(void) {
    for (int round = 0; round < 200; round++) {
        struct cell *head = NULL;
        for (intptr_t i = 0; i < 1000; i++) {
            struct cell *c = rt_mallocgc(sizeof *c, &cell_type, 1);
            c->next = head;
            c->val = i;
            if (i % 100 == 0) {
                intptr_t *b = rt_makeslice(&int_type, 5000, 5000);  /* 40 KB: large, noscan */
                b[4999] = i;
                c->blob = b;
            } else if (i % 10 == 0) {
                intptr_t *b = rt_newobject(64);
                b[7] = i;
                c->blob = b;
            }
            head = c;
        }
        intptr_t sum = 0, n = 1000;
        for (struct cell *c = head; c; c = c->next) {
            if (c->val != --n)
                fail("mem_par: list corrupted");
            if (c->val % 100 == 0 && ((intptr_t *)c->blob)[4999] != c->val)
                fail("mem_par: large block corrupted");
            if (c->val % 100 != 0 && c->val % 10 == 0 && ((intptr_t *)c->blob)[7] != c->val)
                fail("mem_par: small block corrupted");
            sum += c->val;
        }
        if (sum != 999 * 1000 / 2)
            fail("mem_par: bad sum");
    }
    __atomic_add_fetch(&done, 1, __ATOMIC_ACQ_REL);
}

static struct rtt_funcval worker_fv = {worker};

/* The churn: 4096 chains of cells, 400000 random replacements. */
static struct cell **table;
static const uint8_t ptrs_gcdata[] = {0x1};
static const struct rtt_type ptr_type = {.size = 8, .ptrdata = 8, .align = 8, .fieldalign = 8, .kind = 22,
    .gcdata = ptrs_gcdata};

static void churn(void) {
    table = rt_makeslice(&ptr_type, 4096, 4096);
    uint64_t x = 88172645463325252ull;
    intptr_t present[4096] = {0};
    for (int i = 0; i < 400000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        intptr_t k = (intptr_t)(x % 4096);
        struct cell *c = rt_mallocgc(sizeof *c, &cell_type, 1);
        c->val = k * 1000003 + i;
        c->next = NULL;                  /* replace the chain: old one is garbage */
        if (i % 3 == 0)
            c->next = table[k];          /* or keep it (chains grow a little) */
        table[k] = c;
        present[k] = c->val;
    }
    for (int k = 0; k < 4096; k++)
        if (present[k] && (!table[k] || table[k]->val != present[k]))
            fail("mem_par: churn table corrupted");
}

void main_main(void) __asm__("main.main");
void main_main(void) {
    for (int i = 0; i < 16; i++)
        rt_newproc(&worker_fv);
    while (__atomic_load_n(&done, __ATOMIC_ACQUIRE) < 16)
        rt_Gosched();
    churn();
    struct rtt_memstats ms;
    rt_ReadMemStats(&ms);
    if (ms.numgc < 5)
        fail("mem_par: too few collections");
    if (ms.heapinuse > (64u << 20))
        fail("mem_par: heap not bounded");
    if (ms.mallocs < 16 * 200 * 1100 || ms.frees == 0 || ms.mallocs < ms.frees)
        fail("mem_par: bad malloc/free counts");
    pr("mem_par ok\n");
}
