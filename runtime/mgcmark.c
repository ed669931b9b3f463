/* mgcmark.c - the mark phase: roots and heap objects, marked by several
 * threads at once (the threads and the sharing of work: mgcwork.c).
 *
 * Roots, all scanned conservatively (any word that points into an
 * allocated object keeps it alive, interior pointers included):
 *   - the data and bss sections (linker symbols runtime.data/edata and
 *     runtime.bss/ebss; noptrdata/noptrbss are skipped), in 256 KiB jobs;
 *   - the runtime's persistent memory (m, p structures, ...: malloc.c),
 *     one job per chunk;
 *   - every g (each lives at the top of its small stack segment, stack.c)
 *     and its stack from its saved SP (g.sched.sp, or g.syscallsp) to
 *     stack.hi, and on the small segment from g.segsp when it runs on its
 *     big one: one job per g. Stopped goroutines saved their registers
 *     there: mcall pushes the callee-saved ones, morestack all of them, and
 *     the collecting goroutine spills its own before switching to g0.
 * The collector lists the jobs; markers take them in turn (an atomic
 * index), then mark from their stacks until no work is left anywhere.
 * Heap objects are scanned through the arena's pointer bitmap (precise for
 * objects allocated with a type, all ones otherwise); big objects are
 * queued in 64 KiB pieces so that several markers share them. Mark bits
 * are set with an atomic OR: the marker that sets the bit queues the
 * object. */
#include "malloc.h"

#define RT_ROOTCHUNK ((uintptr)256 << 10)
#define RT_MARKPIECE ((uintptr)64 << 10)

extern char rt_data[] __asm__("runtime.data");
extern char rt_edata[] __asm__("runtime.edata");
extern char rt_bss[] __asm__("runtime.bss");
extern char rt_ebss[] __asm__("runtime.ebss");

static inline void rt_markpush(struct rt_gcwork *w, uintptr obj, uintptr len) {
    if (w->n == w->cap)
        rt_gcwork_grow(w);
    w->stk[w->n++] = (struct rt_markent){obj, len};
}

/* v may point into a heap object: mark it and queue it for scanning. */
static inline void rt_markptr(struct rt_gcwork *w, uintptr v) {
    struct rt_mspan *s = rt_spanof(v);
    if (!s)
        return;
    uintptr off = v - s->base;
    uintptr i = s->divmul ? (off * s->divmul) >> 32 : off / s->elemsize;
    if (i >= s->nelems || !rt_bit(s->allocbits, i))
        return;
    uint64_t bit = 1ull << (i & 63), *word = &s->markbits[i >> 6];
    if ((__atomic_load_n(word, __ATOMIC_RELAXED) & bit) ||
        (__atomic_fetch_or(word, bit, __ATOMIC_RELAXED) & bit))
        return;     /* marked already (by this or another marker) */
    w->marked += s->elemsize;
    if (s->spanclass & 1)
        return;     /* noscan */
    uintptr obj = s->base + i * s->elemsize, len = s->elemsize;
    for (; len > RT_MARKPIECE; obj += RT_MARKPIECE, len -= RT_MARKPIECE)
        rt_markpush(w, obj, RT_MARKPIECE);
    rt_markpush(w, obj, len);
}

/* Every aligned word of [lo, hi) may be a pointer. */
static void rt_scan_conservative(struct rt_gcwork *w, uintptr lo, uintptr hi) {
    for (uintptr p = (lo + 7) & ~(uintptr)7; p + 8 <= hi; p += 8)
        rt_markptr(w, *(uintptr *)p);
}

/* A heap object (or a piece of one): the words its pointer bitmap marks. */
static void rt_scan_object(struct rt_gcwork *w, uintptr obj, uintptr len) {
    struct rt_arena *a = NULL;
    for (uintptr p = obj; p < obj + len; p += 8) {
        if (!a || (p & (RT_ARENASIZE - 1)) == 0)
            a = rt_arena_of(p);
        uintptr idx = (p - a->base) >> 3;
        uint8_t bits = a->ptrbits[idx >> 3];
        if ((idx & 7) == 0 && bits == 0) {      /* skip 8 words without pointers */
            p += 56;
            continue;
        }
        if ((bits >> (idx & 7)) & 1)
            rt_markptr(w, *(uintptr *)p);
    }
}

/* Scan until w's stack is empty, sharing with idle markers, and every
 * 256 objects when the shared list is empty (a marker the OS preempts
 * then holds little work the others could do). */
static void rt_drain(struct rt_gcwork *w) {
    uint32_t count = 0;
    while (w->n > 0) {
        if (w->n >= 2 && ((++count & 255) == 0 ? rt_gcwork_listempty() : rt_gcwork_hungry()))
            rt_gcwork_balance(w);
        struct rt_markent e = w->stk[--w->n];
        if (w->n >= 4)      /* objects popped soon: hide their cache misses */
            __builtin_prefetch((void *)w->stk[w->n - 4].obj);
        rt_scan_object(w, e.obj, e.len);
    }
}

/* ---- root jobs */

struct rt_rootjob {
    uintptr lo, hi;         /* a range; or lo = 0 and hi = the g */
};
static struct rt_rootjob *rt_roots;
static uintptr rt_rootcap;
static uint32_t rt_nroots, rt_rootnext;

static void rt_root_add(uintptr lo, uintptr hi) {
    if (rt_nroots == rt_rootcap)
        rt_roots = rt_sysgrow(rt_roots, rt_nroots, &rt_rootcap, sizeof *rt_roots, 1024);
    rt_roots[rt_nroots++] = (struct rt_rootjob){lo, hi};
}

static void rt_root_range(uintptr lo, uintptr hi) {
    for (; hi - lo > RT_ROOTCHUNK; lo += RT_ROOTCHUNK)
        rt_root_add(lo, lo + RT_ROOTCHUNK);
    if (lo < hi)
        rt_root_add(lo, hi);
}

static void rt_root_list(void) {
    rt_nroots = 0;
    rt_rootnext = 0;
    rt_root_range((uintptr)rt_data, (uintptr)rt_edata);
    rt_root_range((uintptr)rt_bss, (uintptr)rt_ebss);
    rt_persistent_scan(rt_root_range);
    for (struct g *gp = rt_sched.allg; gp; gp = gp->alllink)
        rt_root_add(0, (uintptr)gp);
}

static void rt_scan_g(struct rt_gcwork *w, struct g *gp) {
    uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
    rt_scan_conservative(w, (uintptr)gp, (uintptr)(gp + 1));  /* gs live in their stacks (stack.c) */
    if (st == const__Gdead || st == const__Gidle)
        return;
    /* In a system call: from entersyscall's frame (the g still runs on
     * its M, in the kernel); otherwise from the saved context. */
    uintptr sp = st == const__Gsyscall && gp->syscallsp ? gp->syscallsp : gp->sched.sp;
    if (sp == 0 || sp < gp->stack.lo || sp > gp->stack.hi)
        rt_fatal("gc: goroutine without a saved stack pointer during stop-the-world");
    rt_scan_conservative(w, sp, gp->stack.hi);
    if (gp->segsp)      /* on its big segment: the callers on the small one (stack.c) */
        rt_scan_conservative(w, gp->segsp, gp->stack0.hi);
}

/* One marker: root jobs while there are any, then shared work. */
static void rt_mark_worker(struct rt_gcwork *w) {
    uint32_t n = rt_nroots;
    for (;;) {
        uint32_t k = __atomic_fetch_add(&rt_rootnext, 1, __ATOMIC_RELAXED);
        if (k >= n)
            break;
        struct rt_rootjob *j = &rt_roots[k];
        if (j->lo)
            rt_scan_conservative(w, j->lo, j->hi);
        else
            rt_scan_g(w, (struct g *)j->hi);
        rt_drain(w);
    }
    do
        rt_drain(w);
    while (rt_gcwork_get(w));
}

/* Mark everything reachable (world stopped); the bytes marked. */
uint64_t rt_gc_mark(void) {
    rt_root_list();
    for (int i = 0; i < RT_MAXMARKERS; i++)
        rt_gcworkers[i].marked = 0;
    rt_gcwork_run(rt_mark_worker);
    uint64_t marked = 0;
    for (int i = 0; i < RT_MAXMARKERS; i++)
        marked += rt_gcworkers[i].marked;
    return marked;
}

/* ---- for mfinal.c, after rt_gc_mark, on the collecting thread alone:
 * mark v's object; scan obj's object without marking it; is obj's object
 * marked?; finish marking (without sharing: no other marker runs). */

void rt_gc_markptr(uintptr v) { rt_markptr(&rt_gcworkers[0], v); }

void rt_gc_scanobject(uintptr obj) {
    struct rt_mspan *s = rt_spanof(obj);
    if (s && !(s->spanclass & 1))
        rt_scan_object(&rt_gcworkers[0], obj, s->elemsize);
}

int rt_gc_ismarked(uintptr obj) {
    struct rt_mspan *s = rt_spanof(obj);
    return rt_bit(s->markbits, (obj - s->base) / s->elemsize);
}

void rt_gc_drain(void) {
    struct rt_gcwork *w = &rt_gcworkers[0];
    while (w->n > 0) {
        struct rt_markent e = w->stk[--w->n];
        rt_scan_object(w, e.obj, e.len);
    }
}
