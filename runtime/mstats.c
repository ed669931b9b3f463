/* mstats.c - memory statistics: the collector's counters and
 * runtime.ReadMemStats, which fills a struct laid out as Go 1.19's
 * runtime.MemStats (same fields, order and offsets: 5776 bytes), so that
 * the std package can declare MemStats in Go and pass a pointer to it.
 *
 * ReadMemStats stops the world (as Go's does) and sums the per-P
 * counters and the spans. Fields gocc does not track are zero: Lookups,
 * BuckHashSys, GCCPUFraction; StackInuse/StackSys are not counted yet
 * (stacks are MAP_NORESERVE slots, stack.c). */
#include "malloc.h"

uint64_t rt_nfree, rt_numgc, rt_numforcedgc, rt_pausetotal, rt_lastgc;
uint64_t rt_pausens[256], rt_pauseend[256];
uint64_t rt_nfree_class[RT_NUMCLASSES];
extern uintptr rt_persistent_sys;
uint64_t rt_large_allocs(uint64_t *bytes);

struct rt_memstats {
    uint64_t alloc, totalalloc, sys, lookups, mallocs, frees;
    uint64_t heapalloc, heapsys, heapidle, heapinuse, heapreleased, heapobjects;
    uint64_t stackinuse, stacksys;
    uint64_t mspaninuse, mspansys, mcacheinuse, mcachesys, buckhashsys, gcsys, othersys;
    uint64_t nextgc, lastgc, pausetotalns;
    uint64_t pausens[256], pauseend[256];
    uint32_t numgc, numforcedgc;
    double gccpufraction;
    uint8_t enablegc, debuggc, pad[6];
    struct {
        uint32_t size;
        uint64_t mallocs, frees;
    } bysize[61];
};
_Static_assert(offsetof(struct rt_memstats, pausens) == 192, "MemStats.PauseNs");
_Static_assert(offsetof(struct rt_memstats, numgc) == 4288, "MemStats.NumGC");
_Static_assert(offsetof(struct rt_memstats, enablegc) == 4304, "MemStats.EnableGC");
_Static_assert(offsetof(struct rt_memstats, bysize) == 4312, "MemStats.BySize");
_Static_assert(sizeof(struct rt_memstats) == 5776, "MemStats size");

/* Walk the spans (world stopped): allocated bytes/objects, in-use pages. */
static void rt_heapcount(struct rt_memstats *ms) {
    for (int32_t k = 0; k < rt_narenas; k++) {
        struct rt_arena *a = rt_arenas_list[k];
        for (uintptr p = a->base; p < a->base + RT_ARENASIZE;) {
            struct rt_mspan *s = a->spans[(p - a->base) >> RT_PAGESHIFT];
            if (!s || s->base > p || s->base + (s->npages << RT_PAGESHIFT) <= p) {
                p += RT_PAGESIZE;
                continue;
            }
            if (s->state == RT_SPAN_INUSE && s->base == p) {
                ms->heapalloc += (uint64_t)s->nalloc * s->elemsize;
                ms->heapobjects += s->nalloc;
                ms->heapinuse += s->npages << RT_PAGESHIFT;
                ms->mspaninuse += sizeof *s;
            }
            p = s->base + (s->npages << RT_PAGESHIFT);
        }
    }
}

static void rt_readmemstats_m(void *arg) {
    struct rt_memstats *ms = arg;
    rt_stoptheworld();
    memset(ms, 0, sizeof *ms);
    uint64_t largebytes, large = rt_large_allocs(&largebytes);
    ms->mallocs = large;
    ms->totalalloc = largebytes;
    for (int i = 1; i < 61; i++)
        ms->bysize[i].size = rt_class_size[i];
    /* Every cache ever used counts: a P removed by GOMAXPROCS keeps its
     * counters (procresize.c); only live ones are in use. */
    for (int i = 0; i <= const__MaxProcs; i++) {
        struct rt_mcache *c = rt_mcaches[i];
        if (!c)
            continue;
        ms->mallocs += c->nmalloc;
        ms->totalalloc += c->totalalloc;
        if (i < rt_sched.nprocs || i == const__MaxProcs)
            ms->mcacheinuse += sizeof *c;
        for (int j = 1; j < 61; j++)
            ms->bysize[j].mallocs += c->nmalloc_class[j];
    }
    for (int j = 1; j < 61; j++)
        ms->bysize[j].frees = rt_nfree_class[j];
    ms->frees = rt_nfree;
    rt_heapcount(ms);
    ms->alloc = ms->heapalloc;
    ms->heapsys = rt_heap_sys;
    ms->heapidle = rt_heap_sys - ms->heapinuse;
    ms->heapreleased = rt_heap_released;
    ms->mspansys = ms->mcachesys = 0;
    ms->gcsys = rt_meta_sys;            /* arena tables, spans, caches, mark stack */
    ms->othersys = rt_persistent_sys;
    ms->sys = ms->heapsys + ms->gcsys + ms->othersys;
    ms->nextgc = rt_next_gc;
    ms->lastgc = rt_lastgc;
    ms->pausetotalns = rt_pausetotal;
    memcpy(ms->pausens, rt_pausens, sizeof ms->pausens);
    memcpy(ms->pauseend, rt_pauseend, sizeof ms->pauseend);
    ms->numgc = (uint32_t)rt_numgc;
    ms->numforcedgc = (uint32_t)rt_numforcedgc;
    ms->enablegc = 1;
    rt_starttheworld();
}

/* runtime.ReadMemStats(m *MemStats) */
void rt_ReadMemStats(struct rt_memstats *ms);
void rt_ReadMemStats(struct rt_memstats *ms) {
    rt_worldsema_acquire();
    rt_systemstack(rt_readmemstats_m, ms);
    rt_worldsema_release();
}
