/* mgc.c - the garbage collector: non-moving mark-sweep, stop-the-world.
 *
 * A cycle (rt_gc_cycle, on g0 through systemstack) stops the world
 * (sched.c), empties the per-P caches, marks everything reachable with
 * several threads (mgcmark.c: roots and objects; mgcwork.c: the marker
 * threads and their sharing of work), sweeps every span and restarts the
 * world. Objects with finalizers are handled by mfinal.c between marking
 * and sweeping.
 *
 * A cycle starts when the bytes in allocated objects reach the goal
 * (live heap after the last cycle * (1 + GOGC/100), at least 4 MiB;
 * GOGC=off disables), or on runtime.GC(). GODEBUG=gctrace=1 prints one
 * line per cycle (format in runtime/README.md); GODEBUG=gccheck=1 fills
 * freed objects with 0xdeadbeef so that a premature free crashes. */
#include "malloc.h"

#define RT_HEAPMINIMUM ((uintptr)4 << 20)

uintptr rt_heap_live;
uintptr rt_next_gc = RT_HEAPMINIMUM;
int32_t rt_gcpercent = 100;
int32_t rt_gccheck, rt_gctrace;
static uint32_t rt_gcrunning;   /* held by whoever stops the world (worldsema) */
static int64_t rt_gc_inittime, rt_gc_prevend;

/* Does the comma-separated list s contain key=1? */
static int rt_godebug(const char *s, const char *key) {
    for (; s && *s;) {
        const char *k = key;
        while (*k && *s == *k)
            s++, k++;
        if (!*k && s[0] == '=' && s[1] == '1' && (s[2] == ',' || s[2] == 0))
            return 1;
        while (*s && *s != ',')
            s++;
        if (*s == ',')
            s++;
    }
    return 0;
}

void rt_gcinit(void) {
    rt_sizeclass_init();
    const char *e = rt_getenv("GOGC");
    if (e && e[0] == 'o' && e[1] == 'f' && e[2] == 'f' && !e[3])
        rt_gcpercent = -1;
    else if (e && *e) {
        int32_t n = 0;
        for (; *e >= '0' && *e <= '9' && n < 1000000; e++)
            n = n * 10 + (*e - '0');
        if (!*e)
            rt_gcpercent = n;
    }
    const char *d = rt_getenv("GODEBUG");
    rt_gctrace = rt_godebug(d, "gctrace");
    rt_gccheck = rt_godebug(d, "gccheck");
    rt_gc_inittime = rt_nanotime();
}

/* ---- heap bitmap */

static inline void rt_putbit(uint8_t *b, uintptr i, unsigned v) {
    b[i >> 3] = (uint8_t)((b[i >> 3] & ~(1u << (i & 7))) | (v << (i & 7)));
}

static inline unsigned rt_rotr8(unsigned x, unsigned r) {
    r &= 7;
    return (x >> r | x << ((8 - r) & 7)) & 0xff;
}

/* Set the bits of the n words from p: the k-th word gets bit (k & 7) of
 * pat. A bitmap byte at a time; only bytes holding bits of these words are
 * touched (the others may belong to another P's span). */
static void rt_bits_fill(uintptr p, uintptr n, unsigned pat) {
    uintptr done = 0;   /* words written so far: the pattern's phase */
    while (done < n) {
        struct rt_arena *a = rt_arena_of(p);
        uintptr idx = (p - a->base) >> 3;
        uintptr room = RT_ARENASIZE / 8 - idx, m = n - done < room ? n - done : room;
        uintptr first = idx >> 3, last = (idx + m - 1) >> 3;
        for (uintptr byte = first; byte <= last; byte++) {
            uintptr lo = byte == first ? idx & 7 : 0, hi = byte == last ? ((idx + m - 1) & 7) + 1 : 8;
            unsigned mask = (0xffu >> (8 - (hi - lo))) << lo;
            unsigned v = rt_rotr8(pat, (unsigned)(done + byte * 8 - idx));
            a->ptrbits[byte] = (uint8_t)((a->ptrbits[byte] & ~mask) | (v & mask));
        }
        done += m;
        p += m * 8;
    }
}

/* The bitmap byte for 8 words of elements of typ (all ones for NULL),
 * when the element is 1, 2, 4 or 8 words long; -1 otherwise. */
static int rt_bytepattern(const struct rt_type *typ) {
    if (!typ)
        return 0xff;
    uintptr ew = typ->size / 8;
    if (typ->size % 8 || ew == 0 || 8 % ew)
        return -1;
    unsigned bits = typ->gcdata[0] & ((1u << ew) - 1), b = 0;
    for (uintptr k = 0; k < 8; k += ew)
        b |= bits << k;
    return (int)b;
}

/* Write the pointer bits of the object at p (size bytes requested, the
 * whole slot of elemsize bytes is covered): typ's gcdata repeated for each
 * element, zeros after them; all ones when typ is NULL. Elements of 1, 2,
 * 4 or 8 words repeat within a bitmap byte and are written a byte at a
 * time; others word by word. */
void rt_heapbits_set(uintptr p, uintptr size, uintptr elemsize, const struct rt_type *typ) {
    uintptr nwords = elemsize / 8, used = typ ? size / 8 : nwords;
    int pat = rt_bytepattern(typ);
    if (pat >= 0) {
        rt_bits_fill(p, used, (unsigned)pat);
        rt_bits_fill(p + used * 8, nwords - used, 0);
        return;
    }
    uintptr esize = typ->size, off = 0;
    struct rt_arena *a = NULL;
    for (uintptr w = 0; w < nwords; w++) {
        uintptr addr = p + w * 8;
        if (!a || (addr & (RT_ARENASIZE - 1)) == 0)
            a = rt_arena_of(addr);
        unsigned v = 0;
        if (w < used) {
            v = off < typ->ptrdata && ((typ->gcdata[off >> 6] >> ((off >> 3) & 7)) & 1);
            off += 8;
            if (off >= esize)
                off = 0;
        }
        rt_putbit(a->ptrbits, (addr - a->base) >> 3, v);
    }
}

/* ---- sweeping */

static uintptr rt_swept_live;
static struct rt_mspan *rt_tofree;

static void rt_poison(uintptr p, uintptr n) {
    for (uintptr i = 0; i + 8 <= n; i += 8)
        *(uint64_t *)(p + i) = RT_POISON;
}

static void rt_sweepspan(struct rt_mspan *s) {
    uint32_t nfreed = 0, nalloc = 0;
    for (uint32_t j = 0; j * 64 < s->nelems; j++) {
        uint64_t freed = s->allocbits[j] & ~s->markbits[j];
        nfreed += rt_popcount(freed);
        nalloc += rt_popcount(s->markbits[j]);
        for (; rt_gccheck && freed; freed &= freed - 1)
            rt_poison(s->base + (j * 64 + (uint32_t)__builtin_ctzll(freed)) * s->elemsize, s->elemsize);
        s->allocbits[j] = s->markbits[j];
        s->markbits[j] = 0;
    }
    int cls = s->spanclass >> 1;
    rt_nfree += nfreed;
    rt_nfree_class[cls] += nfreed;
    s->nalloc = nalloc;
    s->freeindex = 0;
    if (nfreed)
        s->needzero = 1;
    rt_swept_live += (uintptr)nalloc * s->elemsize;
    if (nalloc == 0) {
        s->next = rt_tofree;
        rt_tofree = s;
    } else if (nalloc < s->nelems)
        rt_central_put(s);
}

/* Every span of every arena, in address order. */
static void rt_sweep(void) {
    rt_swept_live = 0;
    rt_tofree = NULL;
    for (int32_t k = 0; k < rt_narenas; k++) {
        struct rt_arena *a = rt_arenas_list[k];
        uintptr end = a->base + RT_ARENASIZE;
        for (uintptr p = a->base; p < end;) {
            struct rt_mspan *s = a->spans[(p - a->base) >> RT_PAGESHIFT];
            if (!s || s->base > p || s->base + (s->npages << RT_PAGESHIFT) <= p) {
                p += RT_PAGESIZE;   /* interior of a span merged meanwhile */
                continue;
            }
            if (s->state == RT_SPAN_INUSE && s->base == p)
                rt_sweepspan(s);
            p = s->base + (s->npages << RT_PAGESHIFT);
        }
    }
    rt_lock(&rt_heaplock);
    while (rt_tofree) {
        struct rt_mspan *s = rt_tofree;
        rt_tofree = s->next;
        if (rt_gccheck && s->spanclass >> 1 == 0)
            rt_poison(s->base, s->npages << RT_PAGESHIFT);
        rt_mheap_free_locked(s);
    }
    rt_unlock(&rt_heaplock);
}

/* ---- a cycle */

struct rt_gcstats {
    int64_t start, stopped, marked, swept;
    uintptr before, after, goal, forced;
};

/* ns as milliseconds with up to 3 decimals, as Go's gctrace. */
static void rt_printms(int64_t ns) {
    int64_t us = ns / 1000;
    rt_printint(us / 1000);
    int64_t f = us % 1000;
    if (f == 0)
        return;
    rt_prints(".");
    rt_printint(f / 100);
    if (f % 100) {
        rt_printint(f / 10 % 10);
        if (f % 10)
            rt_printint(f % 10);
    }
}

static void rt_gctrace_line(struct rt_gcstats *st) {
    rt_printlock();
    rt_prints("gc ");
    rt_printuint(st->forced >> 1);
    rt_prints(" @");
    int64_t t = st->start - rt_gc_inittime;
    rt_printint(t / 1000000000);
    rt_prints(".");
    int64_t frac = (t / 1000000) % 1000;
    rt_printint(frac / 100), rt_printint(frac / 10 % 10), rt_printint(frac % 10);
    rt_prints("s ");
    rt_printuint(t > 0 ? rt_pausetotal * 100 / (uint64_t)t : 0);
    rt_prints("%: ");
    rt_printms(st->stopped - st->start);
    rt_prints("+");
    rt_printms(st->marked - st->stopped);
    rt_prints("+");
    rt_printms(st->swept - st->marked);
    rt_prints(" ms clock, ");
    rt_printuint(st->before >> 20);
    rt_prints("->");
    rt_printuint(st->before >> 20);
    rt_prints("->");
    rt_printuint(st->after >> 20);
    rt_prints(" MB, ");
    rt_printuint(st->goal >> 20);
    rt_prints(" MB goal, ");
    rt_printint(rt_sched.nprocs);
    rt_prints(st->forced & 1 ? " P (forced)\n" : " P\n");
    rt_printunlock();
}

static void rt_gc_cycle(void *arg) {
    struct rt_gcstats *st = arg;
    rt_stoptheworld();
    st->stopped = rt_nanotime();
    st->before = rt_heap_live;
    rt_mcache_flushall();
    rt_central_reset();
    rt_gc_mark();
    rt_fin_markroots();                 /* finalizers' closures and referents (mfinal.c) */
    int wakefing = rt_fin_collect();    /* unreachable objects with finalizers */
    st->marked = rt_nanotime();
    rt_sweep();
    rt_heap_live = rt_swept_live;
    uintptr goal = rt_heap_live + rt_heap_live / 100 * (uintptr)(rt_gcpercent < 0 ? 100 : rt_gcpercent);
    rt_next_gc = goal < RT_HEAPMINIMUM ? RT_HEAPMINIMUM : goal;
    st->swept = rt_nanotime();
    uint64_t pause = (uint64_t)(st->swept - st->start);
    rt_pausens[rt_numgc % 256] = pause;
    rt_pauseend[rt_numgc % 256] = (uint64_t)st->swept;
    rt_pausetotal += pause;
    rt_lastgc = (uint64_t)st->swept;
    rt_numgc++;
    rt_numforcedgc += st->forced;
    st->after = rt_heap_live;
    st->goal = rt_next_gc;
    st->forced |= rt_numgc << 1;    /* the cycle's number, for gctrace */
    rt_starttheworld();
    if (wakefing)
        rt_fin_wake();
    /* Pages free since the end of the previous cycle (idle for a whole
     * cycle) go back to the OS. */
    if (rt_gc_prevend)
        rt_mheap_scavenge(st->swept, st->swept - rt_gc_prevend);
    rt_gc_prevend = st->swept;
    if (rt_gctrace)
        rt_gctrace_line(st);
}

/* Spill the callee-saved registers (they may hold the only pointer to an
 * object: the caller's variables) onto this goroutine's stack, then run
 * the cycle on g0. */
static __attribute__((noinline)) void rt_gc_onstack(struct rt_gcstats *st) {
    __asm__ volatile("" ::: "rbx", "r12", "r13", "r15", "memory");
    rt_systemstack(rt_gc_cycle, st);
    /* Keeps the registers saved in this frame during the call (and so
     * forbids a tail call, which would pop them first). */
    __asm__ volatile("" ::: "rbx", "r12", "r13", "r15", "memory");
}

/* Zero up to 4 KiB of the dead stack below the caller's frame. The
 * collector's own entry frames (rt_gc_onstack, systemstack) are made
 * there next and scanned conservatively with the goroutine's stack: left
 * as they were, they would hold whatever earlier calls (mallocgc,
 * SetFinalizer) left behind, and keep that garbage alive. No calls here:
 * the zeroing must not run over its own frame. */
static __attribute__((noinline)) void rt_scrubstack(void) {
    uintptr sp = (uintptr)__builtin_frame_address(0) - 64;
    uintptr lo = g->stack.lo + 1024;
    if (sp <= lo)
        return;
    uintptr n = sp - lo < 4096 ? sp - lo : 4096;
    void *dst = (void *)(sp - n);
    __asm__ volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(0) : "memory");
}

static void rt_gc(int forced) {
    struct m *mp = g->m;
    if (g != mp->curg || mp->locks || mp->mallocing)
        return;     /* not a safe point: the next allocation tries again */
    uint32_t zero = 0;
    if (forced)
        rt_worldsema_acquire();     /* runtime.GC: a whole cycle of its own */
    else if (!__atomic_compare_exchange_n(&rt_gcrunning, &zero, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        rt_Gosched();   /* another goroutine is collecting: stop with the world */
        return;
    }
    struct rt_gcstats st = {.start = rt_nanotime(), .forced = (uintptr)forced};
    rt_scrubstack();
    rt_gc_onstack(&st);
    __atomic_store_n(&rt_gcrunning, 0, __ATOMIC_RELEASE);
}

/* Only one stop-the-world at a time (collections, ReadMemStats). */
void rt_worldsema_acquire(void) {
    uint32_t zero = 0;
    while (!__atomic_compare_exchange_n(&rt_gcrunning, &zero, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        zero = 0;
        rt_Gosched();
    }
}

void rt_worldsema_release(void) {
    __atomic_store_n(&rt_gcrunning, 0, __ATOMIC_RELEASE);
}

void rt_gc_maybe(void) {
    if (rt_gcpercent >= 0 && __atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED) >= rt_next_gc)
        rt_gc(0);
}

/* runtime.GC(): a full collection now. */
void rt_GC(void);
void rt_GC(void) {
    rt_gc(1);
}
