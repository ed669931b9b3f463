/* malloc.h - the heap's internal structures, shared by mheap.c (pages and
 * spans), mcache.c (per-P caches and central lists), malloc.c (mallocgc and
 * friends), mgc.c (mark and sweep) and mstats.c. Not for the rest of the
 * runtime, which uses runtime.h.
 *
 * Layout: the heap is made of arenas, 64 MiB-aligned 64 MiB mappings (a
 * huge object gets several contiguous ones). An arena is cut into 8 KiB
 * pages; runs of pages are spans. A small-object span holds objects of one
 * size class (Go's 67 classes up to 32 KiB) and is either "scan" (objects
 * may hold pointers) or "noscan"; a large object (> 32 KiB) has a span of
 * its own. Every arena has a page -> span table (for interior pointers) and
 * a pointer bitmap with one bit per heap word (1: the word may hold a
 * pointer), written when an object is allocated from its type descriptor
 * (or all ones for untyped, conservatively scanned objects). */
#ifndef RUNTIME_MALLOC_H
#define RUNTIME_MALLOC_H

#include "runtime.h"

#define RT_PAGESHIFT 13
#define RT_PAGESIZE ((uintptr)1 << RT_PAGESHIFT)
#define RT_ARENASHIFT 26
#define RT_ARENASIZE ((uintptr)1 << RT_ARENASHIFT)
#define RT_ARENAPAGES (RT_ARENASIZE / RT_PAGESIZE)
#define RT_ARENA_L1 ((uintptr)1 << (47 - RT_ARENASHIFT))   /* user address space / arena */
#define RT_NUMCLASSES 68                                  /* class 0 = large */
#define RT_MAXSMALL 32768
#define RT_MAXOBJS 1024                                   /* objects per span, at most */
#define RT_NSPANCLASS (RT_NUMCLASSES * 2)                 /* (class << 1) | noscan */

enum { RT_SPAN_FREE = 1, RT_SPAN_INUSE = 2 };

struct rt_mspan {
    uintptr base;                    /* first byte */
    uintptr npages;
    struct rt_mspan *next, *prev;    /* free list (heap) or partial list (central) */
    uint8_t state;                   /* RT_SPAN_* */
    uint8_t spanclass;               /* (sizeclass << 1) | noscan; 0/1 for large */
    uint8_t needzero;                /* free slots may hold old data */
    uint8_t scavenged;               /* free and returned to the OS (reads as zero) */
    uint8_t incache;                 /* owned by a P's mcache */
    uint8_t onlist;                  /* on a central partial list */
    uint32_t nelems;                 /* objects in the span (1 for large) */
    uint32_t freeindex;              /* no free slot below this index */
    uint32_t nalloc;                 /* allocated objects */
    uintptr elemsize;
    uint32_t divmul;            /* offset * divmul >> 32 = offset / elemsize (small classes; 0: large) */
    int64_t freesince;               /* nanotime when it became free (scavenger) */
    uint64_t allocbits[RT_MAXOBJS / 64];
    uint64_t markbits[RT_MAXOBJS / 64];
};

struct rt_arena {
    uintptr base;
    struct rt_mspan *spans[RT_ARENAPAGES];   /* page -> span (see mheap.c) */
    uint8_t ptrbits[RT_ARENASIZE / 64];      /* one bit per word */
};

/* Go 1.19's _type (docs/abi.md §8); only size, ptrdata and gcdata are read. */
struct rt_type {
    uintptr size;
    uintptr ptrdata;        /* bytes of prefix that can hold pointers */
    uint32_t hash;
    uint8_t tflag, align, fieldalign, kind;
    void *equal;
    const uint8_t *gcdata;  /* 1 bit per word of ptrdata: word may hold a pointer */
    int32_t str, ptrtothis;
};

/* Sizes of the classes (Go's table) and pages per span of each. */
extern const uint16_t rt_class_size[RT_NUMCLASSES];
extern const uint8_t rt_class_npages[RT_NUMCLASSES];
int rt_sizeclass(uintptr size);             /* size <= RT_MAXSMALL */
void rt_sizeclass_init(void);               /* from rt_gcinit, before any allocation */

/* ---- mheap.c */
extern uint32_t rt_heaplock;                /* guards the page heap */
/* The arenas lie within arena numbers [lo, hi) (address >> 26). Kept as
 * numbers: a global holding the heap's first address would keep the first
 * object alive (data and bss are scanned conservatively). */
extern uintptr rt_arena_lo, rt_arena_hi;
extern struct rt_arena *rt_arenas_list[];   /* arenas in creation order */
extern int32_t rt_narenas;
extern uintptr rt_heap_sys;                 /* bytes of arenas mapped */
extern uintptr rt_heap_released;            /* free bytes given back with MADV_DONTNEED */
void rt_mheap_init(void);
struct rt_mspan *rt_mheap_alloc(uintptr npages, int spanclass);   /* takes the lock */
void rt_mheap_free_locked(struct rt_mspan *s);
void rt_mheap_scavenge(int64_t now, int64_t older_than);
struct rt_arena *rt_arena_of(uintptr p);
void *rt_sysalloc_meta(uintptr size);       /* off-heap, unscanned memory */
extern uintptr rt_meta_sys;

static inline int rt_inheap(uintptr p) {
    return (p >> RT_ARENASHIFT) - rt_arena_lo < rt_arena_hi - rt_arena_lo && rt_arena_of(p);
}

static inline struct rt_mspan *rt_spanof(uintptr p) {
    if ((p >> RT_ARENASHIFT) - rt_arena_lo >= rt_arena_hi - rt_arena_lo)
        return NULL;
    struct rt_arena *a = rt_arena_of(p);
    if (!a)
        return NULL;
    struct rt_mspan *s = a->spans[(p - a->base) >> RT_PAGESHIFT];
    if (!s || s->state != RT_SPAN_INUSE || p < s->base || p >= s->base + (s->npages << RT_PAGESHIFT))
        return NULL;
    return s;
}

static inline int rt_bit(const uint64_t *bits, uintptr i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}

/* Bits set in x (no libgcc: the runtime is freestanding). */
static inline uint32_t rt_popcount(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (uint32_t)((x * 0x0101010101010101ull) >> 56);
}

/* ---- mcache.c */
struct rt_mcache {
    struct rt_mspan *alloc[RT_NSPANCLASS];
    uint64_t nmalloc, totalalloc;            /* counters, summed by mstats.c */
    uint64_t nmalloc_class[RT_NUMCLASSES];
};
struct rt_mcache *rt_getmcache(void);
void rt_putmcache(struct rt_mcache *c);
struct rt_mspan *rt_mcache_refill(struct rt_mcache *c, int spanclass);
void rt_mcache_flushall(void);              /* world stopped */
void rt_mcache_release(int id);             /* P id removed; world stopped */
void rt_central_reset(void);
void rt_central_put(struct rt_mspan *s);
extern struct rt_mcache *rt_mcaches[const__MaxProcs + 1];

/* ---- mfinal.c and the collector's helpers for it (mgc.c) */
void rt_fin_markroots(void);
int rt_fin_collect(void);
void rt_fin_wake(void);
void rt_gc_markptr(uintptr v);
void rt_gc_scanobject(uintptr obj);
int rt_gc_ismarked(uintptr obj);
void rt_gc_drain(void);

/* ---- mgc.c */
extern uintptr rt_heap_live;                /* bytes in allocated objects (approx. between GCs) */
extern uintptr rt_next_gc;
extern int32_t rt_gcpercent;                /* GOGC, -1 = off */
extern int32_t rt_gccheck;                  /* GODEBUG=gccheck=1: poison freed memory */
extern int32_t rt_gctrace;
void rt_gcinit(void);
void rt_gc_maybe(void);
void rt_worldsema_acquire(void);           /* one stop-the-world at a time */
void rt_worldsema_release(void);                     /* collect if the heap grew past the goal */
void rt_heapbits_set(uintptr p, uintptr size, uintptr elemsize, const struct rt_type *typ);
void rt_persistent_scan(void (*scan)(uintptr lo, uintptr hi));   /* malloc.c */
#define RT_POISON 0xdeadbeefdeadbeefull

/* ---- mgcmark.c (the mark phase), mgcwork.c (markers, shared work) */
#define RT_MAXMARKERS 8
struct rt_markent {
    uintptr obj, len;
};
struct rt_gcwork {                           /* one marker's private state */
    struct rt_markent *stk;                  /* objects to scan */
    uintptr n, cap;
    uint64_t marked;                         /* bytes marked this cycle */
} __attribute__((aligned(64)));
extern struct rt_gcwork rt_gcworkers[RT_MAXMARKERS];   /* [0]: the collector */
uint64_t rt_gc_mark(void);                  /* world stopped: mark; the bytes marked */
void rt_gcwork_run(void (*fn)(struct rt_gcwork *w));   /* fn on every marker */
void rt_gcwork_grow(struct rt_gcwork *w);
int rt_gcwork_hungry(void);                 /* idle markers and no shared work */
int rt_gcwork_listempty(void);              /* no shared work (and other markers) */
void rt_gcwork_balance(struct rt_gcwork *w);
int rt_gcwork_get(struct rt_gcwork *w);     /* take shared work; 0: marking is over */
int32_t rt_gcwork_nmarkers(void);           /* markers of the last cycle */

/* ---- mstats.c */
extern uint64_t rt_nfree, rt_numgc, rt_numforcedgc, rt_pausetotal, rt_lastgc;
extern uint64_t rt_pausens[256], rt_pauseend[256];
extern uint64_t rt_nfree_class[RT_NUMCLASSES];

#endif
