/* mheap.c - the page heap: arenas from the OS, spans of pages, the
 * page -> span tables, and returning idle pages to the OS.
 *
 * Arenas are 64 MiB-aligned mappings of 64 MiB (or a multiple, for a huge
 * object), registered in a table indexed by address >> 26 so that any
 * address maps to its arena in O(1). Free spans sit on lists by size
 * (1..127 pages exact, then one list for bigger ones, best fit) and are
 * merged with free neighbours when freed. Page-table rule: every page of an
 * in-use span points to it; a free span keeps only its first and last pages
 * pointing to it (interior entries may be stale, so lookups check the
 * span's state and bounds, see rt_spanof).
 *
 * Span structures and other heap metadata live off-heap (rt_sysalloc_meta),
 * where the collector never looks. Everything here runs under rt_heaplock. */
#include "malloc.h"

#define RT_FREELISTS 128

uint32_t rt_heaplock;
uintptr rt_arena_lo = ~(uintptr)0, rt_arena_hi;   /* arena numbers, not addresses (see malloc.h) */
struct rt_arena *rt_arenas_list[4096];
int32_t rt_narenas;
uintptr rt_heap_sys, rt_heap_released, rt_meta_sys;

static struct rt_arena **rt_arena_index;    /* RT_ARENA_L1 entries, lazily backed */
static struct rt_mspan *rt_freelists[RT_FREELISTS];   /* [0] holds >= 128 pages */
static struct rt_mspan *rt_spanpool;        /* recycled span structures */

/* ---- off-heap memory for metadata (never scanned, never freed) */

static uint8_t *rt_meta_next, *rt_meta_end;
static uint32_t rt_meta_lock;

void *rt_sysalloc_meta(uintptr size) {
    size = (size + 15) & ~(uintptr)15;
    if (size >= (256u << 10)) {
        __atomic_add_fetch(&rt_meta_sys, size, __ATOMIC_RELAXED);
        return rt_sysalloc((size + 4095) & ~(uintptr)4095);
    }
    rt_lock(&rt_meta_lock);
    if (!rt_meta_next || rt_meta_next + size > rt_meta_end) {
        rt_meta_next = rt_sysalloc(1u << 20);
        rt_meta_end = rt_meta_next + (1u << 20);
        rt_meta_sys += 1u << 20;
    }
    void *p = rt_meta_next;
    rt_meta_next += size;
    rt_unlock(&rt_meta_lock);
    return p;
}

void rt_mheap_init(void) {
    uintptr n = RT_ARENA_L1 * sizeof(struct rt_arena *);
    long p = rt_sys_mmap(0, n, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS | RT_MAP_NORESERVE, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: cannot reserve the arena index");
    rt_arena_index = (struct rt_arena **)p;
}

struct rt_arena *rt_arena_of(uintptr p) {
    return rt_arena_index[p >> RT_ARENASHIFT];
}

/* ---- span structures */

static struct rt_mspan *rt_span_new(uintptr base, uintptr npages) {
    struct rt_mspan *s = rt_spanpool;
    if (s)
        rt_spanpool = s->next;
    else
        s = rt_sysalloc_meta(sizeof *s);
    memset(s, 0, sizeof *s);
    s->base = base;
    s->npages = npages;
    return s;
}

static void rt_span_dispose(struct rt_mspan *s) {
    s->state = 0;
    s->next = rt_spanpool;
    rt_spanpool = s;
}

static struct rt_mspan **rt_pageslot(uintptr addr) {
    struct rt_arena *a = rt_arena_of(addr);
    return &a->spans[(addr - a->base) >> RT_PAGESHIFT];
}

static void rt_setspan_ends(struct rt_mspan *s) {
    *rt_pageslot(s->base) = s;
    *rt_pageslot(s->base + ((s->npages - 1) << RT_PAGESHIFT)) = s;
}

static void rt_setspan_all(struct rt_mspan *s) {
    for (uintptr i = 0; i < s->npages; i++)
        *rt_pageslot(s->base + (i << RT_PAGESHIFT)) = s;
}

/* ---- free lists */

static struct rt_mspan **rt_freelist_for(uintptr npages) {
    return &rt_freelists[npages < RT_FREELISTS ? npages : 0];
}

static void rt_freelist_insert(struct rt_mspan *s) {
    struct rt_mspan **l = rt_freelist_for(s->npages);
    s->state = RT_SPAN_FREE;
    s->prev = NULL;
    s->next = *l;
    if (*l)
        (*l)->prev = s;
    *l = s;
    rt_setspan_ends(s);
}

static void rt_freelist_remove(struct rt_mspan *s) {
    if (s->prev)
        s->prev->next = s->next;
    else
        *rt_freelist_for(s->npages) = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

/* The best-fitting free span of at least npages, removed from its list. */
static struct rt_mspan *rt_freelist_take(uintptr npages) {
    for (uintptr n = npages; n < RT_FREELISTS; n++) {
        struct rt_mspan *s = rt_freelists[n];
        if (s) {
            rt_freelist_remove(s);
            return s;
        }
    }
    struct rt_mspan *best = NULL;
    for (struct rt_mspan *s = rt_freelists[0]; s; s = s->next)
        if (s->npages >= npages && (!best || s->npages < best->npages || (s->npages == best->npages && s->base < best->base)))
            best = s;
    if (best)
        rt_freelist_remove(best);
    return best;
}

/* ---- arenas */

/* Map n bytes (a multiple of the arena size) aligned to the arena size. */
static uintptr rt_arena_map(uintptr n) {
    uintptr want = n + RT_ARENASIZE;
    long p = rt_sys_mmap(0, want, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS | RT_MAP_NORESERVE, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: out of memory");
    uintptr base = ((uintptr)p + RT_ARENASIZE - 1) & ~(RT_ARENASIZE - 1);
    if (base > (uintptr)p)
        rt_sys_munmap((void *)p, base - (uintptr)p);
    uintptr end = (uintptr)p + want;
    if (end > base + n)
        rt_sys_munmap((void *)(base + n), end - (base + n));
    return base;
}

/* Grow the heap by at least npages: new arenas, one free span. */
static void rt_mheap_grow(uintptr npages) {
    if (!rt_arena_index)
        rt_mheap_init();
    uintptr n = ((npages << RT_PAGESHIFT) + RT_ARENASIZE - 1) & ~(RT_ARENASIZE - 1);
    uintptr base = rt_arena_map(n);
    for (uintptr off = 0; off < n; off += RT_ARENASIZE) {
        struct rt_arena *a = rt_sysalloc_meta(sizeof *a);
        a->base = base + off;
        if (rt_narenas == (int32_t)(sizeof rt_arenas_list / sizeof rt_arenas_list[0]))
            rt_fatal("runtime: too many heap arenas");
        rt_arenas_list[rt_narenas++] = a;
        rt_arena_index[a->base >> RT_ARENASHIFT] = a;
    }
    if (base >> RT_ARENASHIFT < rt_arena_lo)
        rt_arena_lo = base >> RT_ARENASHIFT;
    if ((base + n) >> RT_ARENASHIFT > rt_arena_hi)
        rt_arena_hi = (base + n) >> RT_ARENASHIFT;
    rt_heap_sys += n;
    /* Fresh pages are not resident and read as zero: count them released. */
    struct rt_mspan *s = rt_span_new(base, n >> RT_PAGESHIFT);
    s->scavenged = 1;
    s->freesince = rt_nanotime();
    rt_heap_released += n;
    rt_freelist_insert(s);
}

/* ---- allocating and freeing spans */

/* Cut the first npages off the free span s; the rest goes back to a list. */
static void rt_span_trim(struct rt_mspan *s, uintptr npages) {
    if (s->npages == npages)
        return;
    struct rt_mspan *rest = rt_span_new(s->base + (npages << RT_PAGESHIFT), s->npages - npages);
    rest->needzero = s->needzero;
    rest->scavenged = s->scavenged;
    rest->freesince = s->freesince;
    s->npages = npages;
    rt_freelist_insert(rest);
}

/* A span of npages for spanclass (small classes: the objects are laid
 * out; 0/1: one large object), in use and mapped in the page table. */
struct rt_mspan *rt_mheap_alloc(uintptr npages, int spanclass) {
    rt_lock(&rt_heaplock);
    struct rt_mspan *s = rt_freelist_take(npages);
    if (!s) {
        rt_mheap_grow(npages);
        s = rt_freelist_take(npages);
    }
    rt_span_trim(s, npages);
    if (s->scavenged) {
        rt_heap_released -= s->npages << RT_PAGESHIFT;
        s->scavenged = 0;
        s->needzero = 0;    /* MADV_DONTNEED pages read back as zero */
    }
    s->state = RT_SPAN_INUSE;
    s->spanclass = (uint8_t)spanclass;
    int cls = spanclass >> 1;
    s->elemsize = cls ? rt_class_size[cls] : npages << RT_PAGESHIFT;
    s->nelems = cls ? (uint32_t)((npages << RT_PAGESHIFT) / s->elemsize) : 1;
    s->divmul = cls ? (uint32_t)(0xffffffffu / s->elemsize + 1) : 0;   /* exact for every class (Go's divMul) */
    s->freeindex = 0;
    s->nalloc = 0;
    s->incache = s->onlist = 0;
    memset(s->allocbits, 0, sizeof s->allocbits);
    memset(s->markbits, 0, sizeof s->markbits);
    rt_setspan_all(s);
    rt_unlock(&rt_heaplock);
    return s;
}

/* Give s back to the free lists, merged with free neighbours. Caller
 * holds rt_heaplock. */
void rt_mheap_free_locked(struct rt_mspan *s) {
    s->state = RT_SPAN_FREE;
    s->needzero = 1;
    s->freesince = rt_nanotime();
    if (rt_inheap(s->base - 1)) {
        struct rt_mspan *b = *rt_pageslot(s->base - 1);
        if (b && b->state == RT_SPAN_FREE && b->base + (b->npages << RT_PAGESHIFT) == s->base) {
            rt_freelist_remove(b);
            if (b->scavenged)
                rt_heap_released -= b->npages << RT_PAGESHIFT;
            b->npages += s->npages;
            b->scavenged = 0;
            rt_span_dispose(s);
            s = b;
        }
    }
    uintptr end = s->base + (s->npages << RT_PAGESHIFT);
    if (rt_inheap(end)) {
        struct rt_mspan *a = *rt_pageslot(end);
        if (a && a->state == RT_SPAN_FREE && a->base == end) {
            rt_freelist_remove(a);
            if (a->scavenged)
                rt_heap_released -= a->npages << RT_PAGESHIFT;
            s->npages += a->npages;
            rt_span_dispose(a);
        }
    }
    s->scavenged = 0;
    s->needzero = 1;    /* s may now be a free neighbour that was clean (scavenged or fresh) */
    rt_freelist_insert(s);
}

/* Return the pages of spans free since before now - older_than to the OS
 * (MADV_DONTNEED): they stay mapped and read back as zeros. Called after
 * each GC and by sysmon. */
void rt_mheap_scavenge(int64_t now, int64_t older_than) {
    rt_lock(&rt_heaplock);
    for (int i = 0; i < RT_FREELISTS; i++)
        for (struct rt_mspan *s = rt_freelists[i]; s; s = s->next) {
            if (s->scavenged || now - s->freesince < older_than)
                continue;
            rt_sys_madvise((void *)s->base, s->npages << RT_PAGESHIFT, RT_MADV_DONTNEED);
            s->scavenged = 1;
            s->needzero = 0;
            rt_heap_released += s->npages << RT_PAGESHIFT;
        }
    rt_unlock(&rt_heaplock);
}
