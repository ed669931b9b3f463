/* stack.c - goroutine stacks: slots in large MAP_NORESERVE reservations,
 * and runtime.newstack, the C half of morestack.
 *
 * Stacks never move (design.md §5). Each goroutine owns a slot of
 * _StackSlot bytes of address space; reservations of _SlotsPerChunk slots
 * are made as needed and the kernel backs only the pages touched. A g may use
 * g.stacksize bytes below stack.hi; its stackguard0 sits _StackGuard bytes
 * above that limit. When a prologue finds SP below the guard, morestack
 * (asm_amd64.s) switches to g0 and calls newstack, which doubles the usable
 * size, or reports a stack overflow when the doubled size would exceed the
 * maximum (1e9 bytes, as in Go). */
#include "runtime.h"

static uintptr rt_slot_next, rt_slot_end;
static uint32_t rt_slot_lock;

void rt_stackinit(void) {
    rt_sched.maxstacksize = const__StackMax;
}

/* Reserve the next chunk of slots. */
static void rt_stack_reserve(void) {
    uintptr n = (uintptr)const__StackSlot * const__SlotsPerChunk;
    long p = rt_sys_mmap(0, n, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS | RT_MAP_NORESERVE, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: cannot reserve goroutine stacks");
    /* Huge pages would make every small stack cost 2 MiB. */
    rt_sys_madvise((void *)p, n, RT_MADV_NOHUGEPAGE);
    rt_slot_next = (uintptr)p;
    rt_slot_end = (uintptr)p + n;
}

/* A fresh slot [lo, hi); hi is 16-byte aligned. */
void rt_stackalloc(struct stack *s) {
    rt_lock(&rt_slot_lock);
    if (rt_slot_next == rt_slot_end)
        rt_stack_reserve();
    s->lo = rt_slot_next;
    s->hi = rt_slot_next + const__StackSlot;
    rt_slot_next += const__StackSlot;
    rt_unlock(&rt_slot_lock);
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

/* newstack: called on g0 by morestack for m.curg, whose sched.sp points at
 * the retry address (0(sp)) above the function's return address (8(sp)). */
void rt_newstack(void) __asm__("runtime.newstack");
void rt_newstack(void) {
    struct m *mp = g->m;
    struct g *gp = mp->curg;
    if (gp == NULL || gp == mp->g0)
        rt_fatal("runtime: newstack without a goroutine");
    uintptr sp = gp->sched.sp;
    mp->morebuf.pc = ((uintptr *)sp)[1];
    mp->morebuf.sp = sp + 16;
    mp->morebuf.g = gp;
    uintptr normal = gp->stack.hi - gp->stacksize + const__StackGuard;
    if (gp->stackguard0 == (uintptr)const__StackPreempt) {
        /* A preemption request: the scheduler will yield here (later). */
        gp->stackguard0 = normal;
        return;
    }
    if (sp < gp->stack.lo || sp >= gp->stack.hi) {
        rt_print_stackbounds(gp, sp);
        rt_fatal("runtime: split stack overflow");
    }
    uintptr newsize = gp->stacksize * 2;
    if (newsize > rt_sched.maxstacksize || newsize > const__StackSlot - const__StackGuard) {
        rt_startdying();
        rt_prints("runtime: goroutine stack exceeds ");
        rt_printuint(rt_sched.maxstacksize);
        rt_prints("-byte limit\n");
        rt_print_stackbounds(gp, sp);
        rt_fatal("stack overflow");
    }
    gp->stacksize = newsize;
    gp->stackguard0 = gp->stack.hi - newsize + const__StackGuard;
}
