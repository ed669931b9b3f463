/* malloc.c - allocation entry points: mallocgc, newobject, makeslice,
 * growslice, and the runtime's own persistent memory.
 *
 * A small object (<= 32 KiB) takes the next free slot of the current P's
 * span for its size class and scan/noscan kind (mcache.c), with no lock; a
 * large one gets a span of its own from the page heap (mheap.c). Memory is
 * returned zeroed. Objects allocated with a type descriptor are scanned
 * precisely (the pointer bitmap is copied from typ->gcdata), objects
 * without one (newobject, typ == NULL) conservatively: every word may be a
 * pointer. Types without pointers go to noscan spans, never scanned.
 *
 * Every allocation first checks whether the heap grew past the collector's
 * goal (mgc.c) and whether another goroutine is stopping the world (then it
 * yields: an allocation is a safe point). */
#include "malloc.h"

uintptr rt_zerobase;                 /* address of every zero-sized object */

void *rt_sysalloc(uintptr size) {
    long p = rt_sys_mmap(0, size, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: out of memory");
    return (void *)p;
}

/* A growable off-heap array of n used elements of size bytes: a fresh
 * mapping of twice the capacity (at least first elements), the used part
 * copied over, the old mapping returned. *cap is updated. */
void *rt_sysgrow(void *old, uintptr n, uintptr *cap, uintptr size, uintptr first) {
    uintptr ncap = *cap ? 2 * *cap : first;
    void *p = rt_sysalloc(ncap * size);
    if (n)
        memcpy(p, old, n * size);
    if (old)
        rt_sys_munmap(old, *cap * size);
    *cap = ncap;
    return p;
}

/* ---- persistent memory: runtime structures (g, m, p, ...) that live for
 * the rest of the process. The collector scans these chunks conservatively
 * as roots, so whatever they point to stays alive. */

#define RT_PERSIST_CHUNK (256u << 10)

struct rt_pchunk {
    struct rt_pchunk *next;
    uintptr used;                    /* bytes in use, header included */
};

static struct rt_pchunk *rt_pchunks;
static uint32_t rt_plock;
uintptr rt_persistent_sys;

void *rt_persistentalloc(uintptr size) {
    size = (size + 15) & ~(uintptr)15;
    uintptr hdr = (sizeof(struct rt_pchunk) + 15) & ~(uintptr)15;
    uintptr chunk = size + hdr > RT_PERSIST_CHUNK ? ((size + hdr + 4095) & ~(uintptr)4095) : RT_PERSIST_CHUNK;
    rt_lock(&rt_plock);
    struct rt_pchunk *c = rt_pchunks;
    if (!c || c->used + size > RT_PERSIST_CHUNK) {
        c = rt_sysalloc(chunk);
        c->used = hdr;
        c->next = rt_pchunks;
        rt_pchunks = c;
        rt_persistent_sys += chunk;
    }
    void *p = (uint8_t *)c + c->used;
    c->used += size;
    rt_unlock(&rt_plock);
    return p;
}

void rt_persistent_scan(void (*scan)(uintptr lo, uintptr hi)) {
    for (struct rt_pchunk *c = rt_pchunks; c; c = c->next)
        scan((uintptr)c + sizeof *c, (uintptr)c + c->used);
}

/* ---- the heap */

/* The next free slot of s, or -1. */
static intptr_t rt_nextfree(struct rt_mspan *s) {
    uintptr i = s->freeindex;
    while (i < s->nelems) {
        uint64_t free = ~s->allocbits[i >> 6] >> (i & 63);
        if (free == 0) {
            i = (i | 63) + 1;
            continue;
        }
        i += (uintptr)__builtin_ctzll(free);
        if (i >= s->nelems)
            break;
        s->allocbits[i >> 6] |= 1ull << (i & 63);
        s->nalloc++;
        s->freeindex = (uint32_t)i + 1;
        return (intptr_t)i;
    }
    s->freeindex = s->nelems;
    return -1;
}

/* A safe point: yield while another goroutine stops the world, and
 * collect if the heap reached its goal. Only on a user g outside locks. */
static void rt_malloc_safepoint(void) {
    struct m *mp = g->m;
    if (g != mp->curg || mp->locks || mp->mallocing)
        return;
    if (__atomic_load_n(&rt_gcwaiting, __ATOMIC_ACQUIRE))
        rt_Gosched();
    if (__atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED) >= rt_next_gc)
        rt_gc_maybe();
}

static void *rt_malloc_small(uintptr size, int noscan, uintptr *elemsize) {
    struct rt_mcache *c = rt_getmcache();
    int cls = rt_sizeclass(size);
    int spc = (cls << 1) | noscan;
    struct rt_mspan *s = c->alloc[spc];
    intptr_t i = s ? rt_nextfree(s) : -1;
    if (i < 0) {
        s = rt_mcache_refill(c, spc);
        i = rt_nextfree(s);
    }
    c->nmalloc++;
    c->totalalloc += s->elemsize;
    c->nmalloc_class[cls]++;
    rt_putmcache(c);
    void *p = (void *)(s->base + (uintptr)i * s->elemsize);
    *elemsize = s->elemsize;
    if (s->needzero)
        memset(p, 0, s->elemsize);
    return p;
}

static uint64_t rt_large_nmalloc, rt_large_bytes;

static void *rt_malloc_large(uintptr size, int noscan, uintptr *elemsize) {
    uintptr npages = (size + RT_PAGESIZE - 1) >> RT_PAGESHIFT;
    *elemsize = npages << RT_PAGESHIFT;
    if (npages > ((uintptr)1 << 35) >> RT_PAGESHIFT)
        rt_fatal("runtime: out of memory: cannot allocate this many bytes");
    struct rt_mspan *s = rt_mheap_alloc(npages, noscan);
    s->allocbits[0] = 1;
    s->nalloc = 1;
    s->freeindex = 1;
    __atomic_add_fetch(&rt_heap_live, npages << RT_PAGESHIFT, __ATOMIC_RELAXED);
    __atomic_add_fetch(&rt_large_nmalloc, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&rt_large_bytes, npages << RT_PAGESHIFT, __ATOMIC_RELAXED);
    if (s->needzero)
        memset((void *)s->base, 0, npages << RT_PAGESHIFT);
    return (void *)s->base;
}

uint64_t rt_large_allocs(uint64_t *bytes) {
    *bytes = __atomic_load_n(&rt_large_bytes, __ATOMIC_RELAXED);
    return __atomic_load_n(&rt_large_nmalloc, __ATOMIC_RELAXED);
}

/* mallocgc(size, typ, needzero): size bytes of zeroed heap memory; typ
 * (an rt_type, docs/abi.md §8) describes the object or, for arrays, each
 * element; NULL means: scan conservatively. needzero = false lets a noscan
 * object come back uncleared (the caller overwrites it all). */
void *rt_mallocgc3(uintptr size, const struct rt_type *typ, uintptr needzero) __asm__("runtime.mallocgc");
void *rt_mallocgc3(uintptr size, const struct rt_type *typ, uintptr needzero) {
    (void)needzero;     /* memory is always cleared: sweeping leaves old data */
    if (size == 0)
        return &rt_zerobase;
    rt_malloc_safepoint();
    int noscan = typ && typ->ptrdata == 0;
    struct m *mp = g->m;
    mp->mallocing++;
    uintptr elemsize;
    void *p = size <= RT_MAXSMALL ? rt_malloc_small(size, noscan, &elemsize) : rt_malloc_large(size, noscan, &elemsize);
    if (!noscan)
        rt_heapbits_set((uintptr)p, size, elemsize, typ);
    mp->mallocing--;
    return p;
}

void *rt_mallocgc(uintptr size) {
    return rt_mallocgc3(size, NULL, 1);
}

/* Heap memory the collector never scans (string bytes, buffers), for C. */
void *rt_mallocgc_noscan(uintptr size) {
    static const struct rt_type noptr = {.size = 1, .align = 1, .fieldalign = 1};
    return rt_mallocgc3(size, &noptr, 1);
}

/* newobject(size): what `new(T)` and escaping variables compile to until
 * the compiler passes type descriptors; scanned conservatively. */
void *rt_newobject(uintptr size) __asm__("runtime.newobject");
void *rt_newobject(uintptr size) {
    return rt_mallocgc3(size, NULL, 1);
}

/* ---- slices */

#define RT_MAXALLOC ((uintptr)1 << 47)

/* makeslice(et, len, cap): the array of make([]T, len, cap). */
void *rt_makeslice(const struct rt_type *et, intptr_t len, intptr_t cap) __asm__("runtime.makeslice");
void *rt_makeslice(const struct rt_type *et, intptr_t len, intptr_t cap) {
    uintptr size = et->size;
    if (len < 0 || (size && (uintptr)len > RT_MAXALLOC / size))
        rt_panicmsg("makeslice: len out of range");
    if (cap < len || (size && (uintptr)cap > RT_MAXALLOC / size))
        rt_panicmsg("makeslice: cap out of range");
    return rt_mallocgc3(size * (uintptr)cap, et, 1);
}

/* The size malloc really hands out for a request of size bytes. */
static uintptr rt_roundupsize(uintptr size) {
    if (size <= RT_MAXSMALL)
        return rt_class_size[rt_sizeclass(size)];
    return (size + RT_PAGESIZE - 1) & ~(RT_PAGESIZE - 1);
}

/* Go 1.19's growth rule: double small slices, then grow by ~1.25x plus a
 * constant, then round up to what the size class holds anyway. */
static uintptr rt_growcap(uintptr oldcap, uintptr newlen, uintptr size) {
    uintptr newcap = oldcap, dbl = oldcap + oldcap;
    if (newlen > dbl)
        newcap = newlen;
    else if (oldcap < 256)
        newcap = dbl;
    else
        while (newcap < newlen)
            newcap += (newcap + 3 * 256) / 4;
    if (newcap > RT_MAXALLOC / size)
        rt_panicmsg("growslice: cap out of range");
    return rt_roundupsize(newcap * size) / size;
}

struct rt_slicehdr {
    void *ptr;
    intptr_t cap;
};

/* growslice(et, oldptr, oldlen, oldcap, newlen) (ptr, newcap): a new array
 * for at least newlen elements holding the oldlen old ones; the caller sets
 * the length (newlen) itself. Two result words (docs/abi.md §2). */
struct rt_slicehdr rt_growslice(const struct rt_type *et, void *oldptr, intptr_t oldlen, intptr_t oldcap,
                                intptr_t newlen) __asm__("runtime.growslice");
struct rt_slicehdr rt_growslice(const struct rt_type *et, void *oldptr, intptr_t oldlen, intptr_t oldcap,
                                intptr_t newlen) {
    if (newlen < oldcap || oldlen > oldcap || oldlen < 0)
        rt_panicmsg("growslice: cap out of range");
    if (et->size == 0)
        return (struct rt_slicehdr){&rt_zerobase, newlen};
    uintptr newcap = rt_growcap((uintptr)oldcap, (uintptr)newlen, et->size);
    void *p = rt_mallocgc3(newcap * et->size, et, 1);
    memmove(p, oldptr, (uintptr)oldlen * et->size);
    return (struct rt_slicehdr){p, (intptr_t)newcap};
}
