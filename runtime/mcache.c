/* mcache.c - size classes, the per-P caches and the central span lists.
 *
 * Each P owns an mcache: one current span per span class ((class << 1) |
 * noscan), from which malloc.c takes free slots without any lock. When the
 * span is full the cache hands it back and takes another from the class's
 * central list (spans with free slots, one lock per class) or a fresh span
 * from the page heap. Ms without a P (rare) share one extra cache under a
 * lock. A collection stops the world, empties every cache and rebuilds the
 * central lists while sweeping (mgc.c). */
#include "malloc.h"

/* Go 1.19's size classes (runtime/sizeclasses.go): bytes per object and
 * pages per span. */
const uint16_t rt_class_size[RT_NUMCLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768};
const uint8_t rt_class_npages[RT_NUMCLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4,
    3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

/* size/8 (rounded up) -> class, filled by rt_gcinit (schedinit). */
static uint8_t rt_size_to_class[RT_MAXSMALL / 8 + 1];

void rt_sizeclass_init(void) {
    int c = 1;
    for (uintptr i = 1; i <= RT_MAXSMALL / 8; i++) {
        while (rt_class_size[c] < i * 8)
            c++;
        rt_size_to_class[i] = (uint8_t)c;
    }
    rt_size_to_class[0] = 1;
}

int rt_sizeclass(uintptr size) {
    if (!rt_size_to_class[0])       /* growslice may ask before the first allocation */
        rt_sizeclass_init();
    return rt_size_to_class[(size + 7) >> 3];
}

/* ---- central lists */

struct rt_central {
    uint32_t lock;
    struct rt_mspan *partial;
};
static struct rt_central rt_central[RT_NSPANCLASS];

/* A span with free slots that no cache owns. */
void rt_central_put(struct rt_mspan *s) {
    struct rt_central *c = &rt_central[s->spanclass];
    rt_lock(&c->lock);
    s->onlist = 1;
    s->prev = NULL;
    s->next = c->partial;
    if (c->partial)
        c->partial->prev = s;
    c->partial = s;
    rt_unlock(&c->lock);
}

static struct rt_mspan *rt_central_get(int spanclass) {
    struct rt_central *c = &rt_central[spanclass];
    rt_lock(&c->lock);
    struct rt_mspan *s = c->partial;
    if (s) {
        c->partial = s->next;
        if (c->partial)
            c->partial->prev = NULL;
        s->next = s->prev = NULL;
        s->onlist = 0;
    }
    rt_unlock(&c->lock);
    return s;
}

/* World stopped: forget every list (sweeping rebuilds them). */
void rt_central_reset(void) {
    for (int i = 0; i < RT_NSPANCLASS; i++)
        rt_central[i].partial = NULL;
}

/* ---- caches */

struct rt_mcache *rt_mcaches[const__MaxProcs + 1];   /* by P id; the last: no P */
static uint32_t rt_nop_lock;

static struct rt_mcache *rt_mcache_for(int i) {
    struct rt_mcache *c = __atomic_load_n(&rt_mcaches[i], __ATOMIC_ACQUIRE);
    if (c)
        return c;
    static uint32_t once_lock;
    rt_lock(&once_lock);
    c = rt_mcaches[i];
    if (!c) {
        c = rt_sysalloc_meta(sizeof *c);
        __atomic_store_n(&rt_mcaches[i], c, __ATOMIC_RELEASE);
    }
    rt_unlock(&once_lock);
    return c;
}

/* The cache of the current P. An M without a P gets the shared one and
 * holds its lock until rt_putmcache. */
struct rt_mcache *rt_getmcache(void) {
    struct p *pp = g->m->p;
    if (pp)
        return rt_mcache_for(pp->id);
    rt_lock(&rt_nop_lock);
    return rt_mcache_for(const__MaxProcs);
}

void rt_putmcache(struct rt_mcache *c) {
    if (c == rt_mcaches[const__MaxProcs])
        rt_unlock(&rt_nop_lock);
}

/* The current span of spanclass is full: hand it back, take one with room. */
struct rt_mspan *rt_mcache_refill(struct rt_mcache *c, int spanclass) {
    struct rt_mspan *s = c->alloc[spanclass];
    if (s) {
        s->incache = 0;
        if (s->nalloc < s->nelems)
            rt_central_put(s);
    }
    s = rt_central_get(spanclass);
    if (!s) {
        int cls = spanclass >> 1;
        s = rt_mheap_alloc(rt_class_npages[cls], spanclass);
    }
    __atomic_add_fetch(&rt_heap_live, (uintptr)(s->nelems - s->nalloc) * s->elemsize, __ATOMIC_RELAXED);
    s->incache = 1;
    c->alloc[spanclass] = s;
    return s;
}

/* World stopped: every cache gives its spans back (they become ordinary
 * in-use spans; sweeping puts those with room on the central lists). */
/* P id is going away (GOMAXPROCS shrank; world stopped): give its
 * current spans back so that their free slots serve the other Ps. Those
 * free slots were counted in rt_heap_live when the cache took the span;
 * they are uncounted here, since the next cache to take the span counts
 * them again. Its counters stay, so the statistics lose nothing. */
void rt_mcache_release(int id) {
    struct rt_mcache *c = rt_mcaches[id];
    if (!c)
        return;
    for (int j = 0; j < RT_NSPANCLASS; j++) {
        struct rt_mspan *s = c->alloc[j];
        if (!s)
            continue;
        s->incache = 0;
        if (s->nalloc < s->nelems) {
            __atomic_sub_fetch(&rt_heap_live, (uintptr)(s->nelems - s->nalloc) * s->elemsize, __ATOMIC_RELAXED);
            rt_central_put(s);
        }
        c->alloc[j] = NULL;
    }
}

void rt_mcache_flushall(void) {
    for (int i = 0; i <= const__MaxProcs; i++) {
        struct rt_mcache *c = rt_mcaches[i];
        if (!c)
            continue;
        for (int j = 0; j < RT_NSPANCLASS; j++) {
            if (c->alloc[j])
                c->alloc[j]->incache = 0;
            c->alloc[j] = NULL;
        }
    }
}
