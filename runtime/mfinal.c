/* mfinal.c - finalizers: runtime.SetFinalizer(obj, fn) and the goroutine
 * that runs them.
 *
 * A record (object, finalizer closure, its parameter type, the object's
 * pointer type) sits in a hash table keyed by the object's address. The
 * table lives outside the heap and is not a root, so a record does not
 * keep its object alive. Each collection (mgc.c, world stopped):
 *   1. rt_fin_markroots: marks every finalizer closure and everything each
 *      object with a finalizer points to, but not the object itself; and
 *      everything in the queue of finalizers waiting to run;
 *   2. rt_fin_collect, after marking: an object still unmarked is
 *      unreachable. Its record moves to the queue and the object is marked,
 *      so that it survives this cycle (it is freed by a later one, once the
 *      finalizer has run and nothing resurrected it).
 * Step 1 means that in a chain A -> B of objects with finalizers, B stays
 * reachable through A: A's finalizer runs first, B's in a later cycle, as
 * in Go. The finalizer goroutine (a system goroutine: hidden from
 * NumGoroutine and tracebacks unless it is running a finalizer, and
 * parked in "finalizer wait") calls them one at a time.
 *
 * SetFinalizer's checks and fatal errors are Go's (mfinal.go). */
#include "lang.h"
#include "malloc.h"

struct rt_finrec {
    uintptr obj;                        /* 0: empty slot; 1: deleted */
    struct funcval *fn;
    const rt_type_t *fint;              /* the finalizer's parameter type */
    const rt_type_t *ot;                /* the object's pointer type */
    uintptr frame;                      /* stack bytes the call needs (callfin) */
};

static uint32_t rt_finlock;
static struct rt_finrec *rt_fintab;     /* open addressing, power-of-two size */
static uintptr rt_fincap, rt_finused;   /* used: live and deleted slots */
static struct rt_finrec *rt_finq;       /* finalizers waiting to run */
static uintptr rt_finqlen, rt_finqcap;

int32_t rt_fingrunning;                 /* the finalizer goroutine runs a finalizer */
static int32_t rt_fingstarted;
static struct g *rt_fing;               /* set when it first parks */
static int32_t rt_fingwait;             /* it is parked, waiting for work */

extern struct funcval rt_runfinqPC __asm__("runtime.runfinqPC");
void rt_newproc(struct funcval *fn) __asm__("runtime.newproc");     /* proc.c */
void rt_callfin(struct funcval *fn, uintptr a0, uintptr a1, uintptr frame) __asm__("runtime.callfin");

/* ---- the table (callers hold rt_finlock, or the world is stopped) */

static uintptr rt_finslot(uintptr obj) {
    uintptr x = obj * 0x9e3779b97f4a7c15ULL;
    return (x ^ (x >> 31)) & (rt_fincap - 1);
}

static struct rt_finrec *rt_finfind(uintptr obj) {
    if (!rt_fintab)
        return NULL;
    for (uintptr i = rt_finslot(obj);; i = (i + 1) & (rt_fincap - 1)) {
        if (rt_fintab[i].obj == obj)
            return &rt_fintab[i];
        if (rt_fintab[i].obj == 0)
            return NULL;
    }
}

static void rt_fininsert(struct rt_finrec r) {
    uintptr i = rt_finslot(r.obj);
    while (rt_fintab[i].obj > 1)
        i = (i + 1) & (rt_fincap - 1);
    if (rt_fintab[i].obj == 0)
        rt_finused++;
    rt_fintab[i] = r;
}

/* Room for one more record: rebuild at twice the size (or the same, to
 * drop deleted slots) when three quarters are used. */
static void rt_fingrow(void) {
    if (rt_fintab && 4 * (rt_finused + 1) <= 3 * rt_fincap)
        return;
    struct rt_finrec *old = rt_fintab;
    uintptr oldcap = rt_fincap, live = 0;
    for (uintptr i = 0; i < oldcap; i++)
        live += old[i].obj > 1;
    rt_fincap = oldcap == 0 ? 1024 : 4 * (live + 1) > oldcap ? 2 * oldcap : oldcap;
    rt_fintab = rt_sysalloc(rt_fincap * sizeof *rt_fintab);     /* zeroed */
    rt_finused = 0;
    for (uintptr i = 0; i < oldcap; i++)
        if (old[i].obj > 1)
            rt_fininsert(old[i]);
    if (old)
        rt_sys_munmap(old, oldcap * sizeof *old);
}

static void rt_finqpush(struct rt_finrec r) {
    if (rt_finqlen == rt_finqcap)
        rt_finq = rt_sysgrow(rt_finq, rt_finqlen, &rt_finqcap, sizeof *rt_finq, 256);
    rt_finq[rt_finqlen++] = r;
}

/* ---- the collector's side (world stopped) */

void rt_fin_markroots(void) {
    for (uintptr i = 0; i < rt_fincap; i++) {
        struct rt_finrec *r = &rt_fintab[i];
        if (r->obj <= 1)
            continue;
        rt_gc_markptr((uintptr)r->fn);
        rt_gc_scanobject(r->obj);
    }
    for (uintptr i = 0; i < rt_finqlen; i++) {
        rt_gc_markptr(rt_finq[i].obj);
        rt_gc_markptr((uintptr)rt_finq[i].fn);
    }
    rt_gc_drain();
}

/* Queue the finalizers of unreachable objects; returns whether the
 * finalizer goroutine must be woken (rt_fin_wake, world running). */
int rt_fin_collect(void) {
    uintptr queued = 0;
    for (uintptr i = 0; i < rt_fincap; i++) {
        struct rt_finrec *r = &rt_fintab[i];
        if (r->obj <= 1 || rt_gc_ismarked(r->obj))
            continue;
        rt_finqpush(*r);
        rt_gc_markptr(r->obj);      /* survives this cycle */
        r->obj = 1;
        queued++;
    }
    rt_gc_drain();
    return queued > 0 && rt_fingwait;
}

void rt_fin_wake(void) {
    rt_lock(&rt_finlock);
    struct g *gp = rt_fingwait ? rt_fing : NULL;
    rt_fingwait = 0;
    rt_unlock(&rt_finlock);
    if (gp)
        rt_goready(gp);
}

/* ---- the finalizer goroutine */

/* The argument words for fin(obj): the pointer itself, or an interface
 * holding it (eface: type, pointer; iface: itab, pointer). */
static void rt_finargs(struct rt_finrec *r, uintptr *a0, uintptr *a1) {
    *a0 = r->obj, *a1 = 0;
    if ((r->fint->kind & const_kindMask) != const_kindInterface)
        return;
    const struct interfacetype *it = (const struct interfacetype *)r->fint;
    *a0 = it->mhdr.len == 0 ? (uintptr)r->ot : (uintptr)rt_getitab(it, r->ot, 0);
    *a1 = r->obj;
}

void rt_runfinq(void);
void rt_runfinq(void) {
    for (;;) {
        rt_lock(&rt_finlock);
        if (rt_finqlen == 0) {
            rt_fing = g;
            rt_fingwait = 1;
            rt_goparkunlock(&rt_finlock, RT_WAIT_FINALIZER_WAIT);
            continue;
        }
        /* On this goroutine's stack, r keeps the object and closure alive. */
        struct rt_finrec r = rt_finq[--rt_finqlen];
        rt_unlock(&rt_finlock);
        uintptr a0, a1;
        rt_finargs(&r, &a0, &a1);
        __atomic_store_n(&rt_fingrunning, 1, __ATOMIC_RELEASE);
        rt_callfin(r.fn, a0, a1, r.frame);
        __atomic_store_n(&rt_fingrunning, 0, __ATOMIC_RELEASE);
        /* Forget the object while parked, so that it can be collected. */
        r = (struct rt_finrec){0};
        a0 = a1 = 0;
        __asm__ volatile("" ::"r"(&r), "r"(&a0), "r"(&a1) : "memory");
    }
}

/* ---- runtime.SetFinalizer */

/* A fatal error whose text is a + b + c + d + e. */
static _Noreturn void rt_finthrow(const char *a, rt_string b, const char *c, rt_string d, const char *e) {
    rt_sb sb = {.n = 0};
    rt_sb_cstr(&sb, a);
    rt_sb_str(&sb, b);
    rt_sb_cstr(&sb, c);
    rt_sb_str(&sb, d);
    rt_sb_cstr(&sb, e);
    rt_string s = rt_sb_done(&sb);
    rt_throw(s.p, s.n);
}

extern char rt_noptrdata[] __asm__("runtime.noptrdata");  /* noptrdata, data, bss, noptrbss */
extern char rt_enoptrbss[] __asm__("runtime.enoptrbss");

/* The start of the heap object p points into, or 0 (fatal if p is neither
 * in the heap nor in the program's data). */
static uintptr rt_finbase(const rt_type_t *etyp, uintptr p) {
    struct rt_mspan *s = rt_spanof(p);
    uintptr i = s ? (p - s->base) / s->elemsize : 0;
    if (!s || i >= s->nelems || !rt_bit(s->allocbits, i)) {
        if ((uintptr)rt_noptrdata <= p && p < (uintptr)rt_enoptrbss)
            return 0;       /* a global: never collected, nothing to do */
        rt_fatal("runtime.SetFinalizer: pointer not in allocated block");
    }
    uintptr base = s->base + i * s->elemsize;
    const rt_type_t *elem = ((const struct ptrtype *)etyp)->elem;
    if (base != p && (elem->ptrdata != 0 || elem->size >= 16))
        rt_fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
    return base;
}

/* May a finalizer with parameter type fint take an object of pointer type etyp? */
static int rt_finargok(const rt_type_t *fint, const rt_type_t *etyp) {
    if (fint == etyp)
        return 1;
    switch (fint->kind & const_kindMask) {
    case const_kindPtr:
        return (!rt_uncommon(fint) || !rt_uncommon(etyp)) &&
               ((const struct ptrtype *)fint)->elem == ((const struct ptrtype *)etyp)->elem;
    case const_kindInterface: {
        const struct interfacetype *it = (const struct interfacetype *)fint;
        return it->mhdr.len == 0 || rt_getitab(it, etyp, 1) != NULL;
    }
    }
    return 0;
}

static void rt_startfing(void) {
    if (__atomic_exchange_n(&rt_fingstarted, 1, __ATOMIC_ACQ_REL) == 0)
        rt_newproc(&rt_runfinqPC);
}

/* Is gp the finalizer goroutine, idle (a system goroutine, which
 * NumGoroutine and tracebacks leave out)? */
int rt_isfing_idle(const struct g *gp) {
    return gp->startpc == rt_runfinqPC.fn && !__atomic_load_n(&rt_fingrunning, __ATOMIC_ACQUIRE);
}

/* 1 if the finalizer goroutine exists and is idle, for NumGoroutine. */
int32_t rt_fing_idlecount(void) {
    return __atomic_load_n(&rt_fingstarted, __ATOMIC_ACQUIRE) && !__atomic_load_n(&rt_fingrunning, __ATOMIC_ACQUIRE);
}

void rt_setfinalizer(const rt_type_t *etyp, void *obj, const rt_type_t *ftyp, struct funcval *fn);
void rt_setfinalizer(const rt_type_t *etyp, void *obj, const rt_type_t *ftyp, struct funcval *fn) {
    if (!etyp)
        rt_fatal("runtime.SetFinalizer: first argument is nil");
    if ((etyp->kind & const_kindMask) != const_kindPtr)
        rt_finthrow("runtime.SetFinalizer: first argument is ", rt_typestring(etyp), ", not pointer",
                    (rt_string){0, 0}, "");
    if (!((const struct ptrtype *)etyp)->elem)
        rt_fatal("nil elem type!");
    uintptr base = rt_finbase(etyp, (uintptr)obj);
    if (base == 0)
        return;
    if (!ftyp) {
        rt_lock(&rt_finlock);
        struct rt_finrec *r = rt_finfind(base);
        if (r)
            r->obj = 1;
        rt_unlock(&rt_finlock);
        return;
    }
    rt_string es = rt_typestring(etyp), fs = rt_typestring(ftyp);
    if ((ftyp->kind & const_kindMask) != const_kindFunc)
        rt_finthrow("runtime.SetFinalizer: second argument is ", fs, ", not a function", (rt_string){0, 0}, "");
    const struct functype *ft = (const struct functype *)ftyp;
    if (ft->outCount & (1 << 15))
        rt_finthrow("runtime.SetFinalizer: cannot pass ", es, " to finalizer ", fs, " because dotdotdot");
    if (ft->inCount != 1)
        rt_finthrow("runtime.SetFinalizer: cannot pass ", es, " to finalizer ", fs, "");
    const rt_type_t *const *in =
        (const rt_type_t *const *)((const char *)ft + sizeof *ft + (rt_uncommon(ftyp) ? sizeof(struct uncommontype) : 0));
    if (!rt_finargok(in[0], etyp))
        rt_finthrow("runtime.SetFinalizer: cannot pass ", es, " to finalizer ", fs, "");
    /* The call's stack area: the results (all of them, a bound on those
     * passed in memory) and the spill slots of the two argument words. */
    uintptr frame = 0;
    for (int i = 0; i < (ft->outCount & 0x7fff); i++) {
        const rt_type_t *t = in[ft->inCount + i];
        frame = ((frame + t->align - 1) & ~(uintptr)(t->align - 1)) + t->size;
    }
    frame = (frame + 32 + 15) & ~(uintptr)15;
    rt_startfing();
    rt_lock(&rt_finlock);
    if (rt_finfind(base)) {
        rt_unlock(&rt_finlock);
        rt_fatal("runtime.SetFinalizer: finalizer already set");
    }
    rt_fingrow();
    rt_fininsert((struct rt_finrec){base, fn, in[0], etyp, frame});
    rt_unlock(&rt_finlock);
}
