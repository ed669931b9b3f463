/* stack.c - goroutine stacks: a small first segment and a big one, and
 * runtime.newstack, the C half of morestack.
 *
 * Stacks never move (design.md §5): compiled code, sudogs and C frames
 * keep pointers into them. Every goroutine starts on a small segment of
 * _SmallStack bytes; small segments are packed in MAP_NORESERVE
 * reservations of _SmallChunk, so an idle goroutine costs the one or two
 * pages it touched and a share of a page-table page (a layout with one big
 * slot per goroutine needs a page-table page per goroutine, more than the
 * stack itself). Go code may use the small segment down to _CStackReserve
 * bytes above its end: the rest is for the C runtime functions it calls,
 * which have no stack checks.
 *
 * When a prologue finds the small segment full, newstack moves that
 * function, F, to the goroutine's big segment (a _StackSlot-byte slot of
 * its own, reserved on first use and kept for the g's life): the caller's
 * frame (F's stack arguments and result slots live at its bottom) is
 * copied to the top of the big segment twice - a working copy and a
 * snapshot - and F restarts there with all registers as they were and
 * runtime.lessstack as its return address. Callers' frames stay where they
 * are, so every pointer into them stays valid. When F returns, lessstack
 * enters morestack again and newstack copies back every word of the
 * working copy that F changed (its results, its argument spills; words
 * that differ from the snapshot), then resumes the caller on the small
 * segment with F's result registers. While on the big segment the usable
 * part doubles from _FixedStack up to the maximum (1e9 bytes, as in Go),
 * beyond which the goroutine dies with Go's "goroutine stack exceeds
 * 1000000000-byte limit". The main goroutine starts on its big segment.
 *
 * g.segsp != 0 says the g runs on its big segment above a switch: the
 * collector scans [segsp, stack0.hi) too, tracebacks follow the frame
 * chain across (lessstack stands for g.segpc), recovery into a frame on
 * the small segment switches back (rt_stack_unwind). */
#include "runtime.h"

extern char rt_lessstack[] __asm__("runtime.lessstack");
extern char rt_asyncpreempt[] __asm__("runtime.asyncpreempt");

static uintptr rt_small_next, rt_small_end, rt_big_next, rt_big_end;
static uint32_t rt_slot_lock;

#define RT_SMALL_USABLE ((uintptr)const__SmallStack - const__CStackReserve)

void rt_stackinit(void) {
    rt_sched.maxstacksize = const__StackMax;
}

/* n bytes of address space, backed on first touch, without huge pages
 * (one would make every small stack cost 2 MiB). */
static uintptr rt_stack_reserve(uintptr n) {
    long p = rt_sys_mmap(0, n, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS | RT_MAP_NORESERVE, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: cannot reserve goroutine stacks");
    rt_sys_madvise((void *)p, n, RT_MADV_NOHUGEPAGE);
    return (uintptr)p;
}

/* The next slot of size bytes from [*next, *end), reserving per chunks. */
static void rt_slot(struct stack *s, uintptr *next, uintptr *end, uintptr size, uintptr chunk) {
    rt_lock(&rt_slot_lock);
    if (*next == *end) {
        *next = rt_stack_reserve(size * chunk);
        *end = *next + size * chunk;
    }
    s->lo = *next;
    s->hi = *next + size;
    *next += size;
    rt_unlock(&rt_slot_lock);
}

/* A new g, placed at the top of its own small segment (the page the
 * stack touches first holds it too); it gets its big segment when it first
 * needs it. The collector scans every g in allg (mgc.c). */
struct g *rt_stack_newg(void) {
    struct stack s;
    rt_slot(&s, &rt_small_next, &rt_small_end, const__SmallStack, const__SmallChunk);
    uintptr at = (s.hi - sizeof(struct g)) & ~(uintptr)63;
    struct g *gp = (struct g *)at;
    gp->stack0.lo = s.lo;
    gp->stack0.hi = at;
    return gp;
}

static void rt_bigalloc(struct g *gp) {
    if (gp->stackbig.lo == 0) {
        rt_slot(&gp->stackbig, &rt_big_next, &rt_big_end, const__StackSlot, const__SlotsPerChunk);
        gp->bigsize = const__FixedStack;
    }
}

/* The stackguard0 of gp for its current usable size. */
uintptr rt_stackguard(struct g *gp) {
    return gp->stack.hi - gp->stacksize + const__StackGuard;
}

/* Set stackguard0 for the usable size, keeping a pending preemption
 * request (sysmon or a stop-the-world may poison it at any time). */
static void rt_setguard(struct g *gp) {
    uintptr old = __atomic_load_n(&gp->stackguard0, __ATOMIC_ACQUIRE);
    while (old != (uintptr)const__StackPreempt &&
           !__atomic_compare_exchange_n(&gp->stackguard0, &old, rt_stackguard(gp), 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
        ;
}

/* A goroutine about to start: its small segment, or for the main
 * goroutine (big = 1) its big one. */
void rt_stackstart(struct g *gp, int big) {
    if (big) {
        rt_bigalloc(gp);
        gp->stack = gp->stackbig;
        gp->stacksize = gp->bigsize;
    } else {
        gp->stack = gp->stack0;
        gp->stacksize = RT_SMALL_USABLE;
    }
    gp->segsp = gp->segpc = gp->segargp = gp->seglen = 0;
    gp->stackguard0 = rt_stackguard(gp);
}

/* A dead g keeps its segments; give back the big segment's pages beyond
 * _FixedStack, so that one deep recursion does not pin memory forever. */
void rt_stackrelease(struct g *gp) {
    if (gp->stackbig.lo && gp->bigsize > const__FixedStack) {
        uintptr lo = gp->stackbig.hi - gp->bigsize;
        rt_sys_madvise((void *)lo, gp->bigsize - const__FixedStack, RT_MADV_DONTNEED);
        gp->bigsize = const__FixedStack;
    }
}

/* Is [p, p+n) on gp's stack? 1: the current segment; 2: the part of the
 * small segment below a switch (callers of the function on the big one). */
int rt_stack_seg(struct g *gp, uintptr p, uintptr n) {
    if (p >= gp->stack.lo && p + n <= gp->stack.hi)
        return 1;
    if (gp->segsp && p >= gp->segsp && p + n <= gp->stack0.hi)
        return 2;
    return 0;
}

/* The return address a traceback should use for pc (lessstack stands for
 * the real one while the g is on its big segment). */
uintptr rt_stack_retpc(struct g *gp, uintptr pc) {
    return pc == (uintptr)rt_lessstack && gp->segsp ? gp->segpc : pc;
}

/* Leave the big segment without returning through lessstack. */
static void rt_stack_tosmall(struct g *gp) {
    struct _panic *p = gp->_panic;
    if (p && p->argp == gp->segargp)
        p->argp = gp->segsp + 8;
    gp->bigsize = gp->stacksize;
    gp->stack = gp->stack0;
    gp->stacksize = RT_SMALL_USABLE;
    gp->segsp = gp->segpc = gp->segargp = gp->seglen = 0;
    rt_setguard(gp);
}

/* gopanic resumes a frame at sp (recovery): if that frame is on the small
 * segment below a switch, the g is back on the small segment. */
void rt_stack_unwind(struct g *gp, uintptr sp) {
    if (gp->segsp && sp > gp->segsp && sp <= gp->stack0.hi)
        rt_stack_tosmall(gp);
}

static void rt_print_stackbounds(struct g *gp, uintptr sp) {
    rt_prints("runtime: sp=");
    rt_printhex(sp);
    rt_prints(" stack=[");
    rt_printhex(gp->stack.lo);
    rt_prints(", ");
    rt_printhex(gp->stack.hi);
    rt_prints("]\n");
}

static _Noreturn void rt_stackoverflow(struct g *gp, uintptr sp) {
    rt_startdying();
    rt_prints("runtime: goroutine stack exceeds ");
    rt_printuint(rt_sched.maxstacksize);
    rt_prints("-byte limit\n");
    rt_print_stackbounds(gp, sp);
    rt_fatal("stack overflow");
}

/* Move the function that entered morestack with SP = esp (its return
 * address at esp) from the small segment to the big one (header comment).
 * The caller's frame ends at its saved BP (the BP morestack saved) + 16,
 * or at the segment's end when BP does not point into the segment. */
static _Noreturn void rt_stack_tobig(struct g *gp, uintptr esp) {
    uintptr *save = (uintptr *)gp->sched.sp;       /* registers, then the retry point */
    uintptr from = esp + 8, end = gp->stack0.hi, bp = save[6];
    if (bp > from && bp + 16 <= end && (bp & 7) == 0)
        end = bp + 16;
    uintptr len = end - from, len16 = (len + 15) & ~(uintptr)15;
    rt_bigalloc(gp);
    while (gp->bigsize < 2 * len16 + const__FixedStack)
        gp->bigsize *= 2;
    uintptr snap = gp->stackbig.hi - len16, copy = snap - len16;
    memcpy((void *)copy, (void *)from, len);
    memcpy((void *)snap, (void *)from, len);
    uintptr nesp = copy - 8, nsave = nesp - 8 - const__MoreStackSave;
    *(uintptr *)nesp = (uintptr)rt_lessstack;
    memcpy((void *)nsave, save, const__MoreStackSave + 8);
    /* A deferred call being run by gopanic: recover (and the compiler's
     * defer wrappers) compare the panic's argp with F's own argp. */
    struct _panic *p = gp->_panic;
    if (p && p->argp == from)
        p->argp = copy;
    gp->segsp = esp;
    gp->segpc = *(uintptr *)esp;
    gp->segargp = copy;
    gp->seglen = len;
    gp->stack = gp->stackbig;
    gp->stacksize = gp->bigsize;
    rt_setguard(gp);
    gp->sched.sp = nsave;
    rt_gogo(&gp->sched);
}

/* F returned into lessstack, which entered morestack: copy back what F
 * changed in its caller's frame, move the saved registers (F's results)
 * below the caller's SP on the small segment and return there. */
static _Noreturn void rt_stack_back(struct g *gp) {
    if (gp->segsp == 0)
        rt_fatal("runtime: lessstack without a segment switch");
    uintptr len16 = (gp->seglen + 15) & ~(uintptr)15, esp = gp->segsp;
    uintptr *c = (uintptr *)gp->segargp, *s = (uintptr *)(gp->segargp + len16), *o = (uintptr *)(esp + 8);
    for (uintptr i = 0; i < gp->seglen / 8; i++)
        if (c[i] != s[i])
            o[i] = c[i];
    uintptr osave = esp - const__MoreStackSave;
    memcpy((void *)osave, (void *)gp->sched.sp, const__MoreStackSave);
    *(uintptr *)esp = gp->segpc;
    rt_stack_tosmall(gp);
    gp->sched.sp = osave;       /* morestackret pops the registers, then returns to segpc */
    rt_gogo(&gp->sched);
}

/* newstack(gp): called on g0 by morestack for m.curg, whose registers are
 * saved at gp->sched.sp, above them the retry address and then the
 * function's return address (at the function's entry SP). One of: a
 * return from the big segment (lessstack), a preemption request (sysmon
 * set stackguard0 to _StackPreempt: yield), a switch to the big segment,
 * or growth of the big one (double the usable size, up to the maximum).
 * The g resumes through gogo at morestackret, which restores every
 * register. */
void rt_newstack(struct g *gp) __asm__("runtime.newstack");
void rt_newstack(struct g *gp) {
    struct m *mp = g->m;
    if (gp != mp->curg || gp == mp->g0)
        rt_fatal("runtime: newstack not for m->curg");
    uintptr retry = ((uintptr *)gp->sched.sp)[const__MoreStackSave / 8];
    if (retry - (uintptr)rt_lessstack < 24)
        rt_stack_back(gp);
    uintptr sp = gp->sched.sp + const__MoreStackSave + 8;
    mp->morebuf.pc = *(uintptr *)sp;
    mp->morebuf.sp = sp + 8;
    mp->morebuf.g = gp;
    if (__atomic_load_n(&gp->stackguard0, __ATOMIC_ACQUIRE) == (uintptr)const__StackPreempt) {
        gp->stackguard0 = rt_stackguard(gp);
        if (mp->locks == 0 && mp->mallocing == 0)
            rt_gosched_m(gp);
        rt_gogo(&gp->sched);
    }
    if (retry - (uintptr)rt_asyncpreempt < 16)
        rt_gogo(&gp->sched);    /* a preemption request withdrawn meanwhile */
    if (sp < gp->stack.lo || sp >= gp->stack.hi) {
        rt_print_stackbounds(gp, sp);
        rt_fatal("runtime: split stack overflow");
    }
    if (gp->stack.lo == gp->stack0.lo)
        rt_stack_tobig(gp, sp);
    uintptr newsize = gp->stacksize * 2;
    if (newsize > rt_sched.maxstacksize || newsize > const__StackSlot - const__StackGuard)
        rt_stackoverflow(gp, sp);
    gp->stacksize = newsize;
    rt_setguard(gp);
    rt_gogo(&gp->sched);
}
