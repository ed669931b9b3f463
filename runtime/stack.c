/* stack.c - goroutine stacks: slots in large MAP_NORESERVE reservations,
 * and runtime.newstack, the C half of morestack.
 *
 * Stacks never move (design.md §5). Each goroutine owns a slot of
 * _StackSlot bytes of address space; reservations of _SlotsPerChunk slots
 * are made as needed and the kernel backs only the pages touched. A g may use
 * g.stacksize bytes below stack.hi; its stackguard0 sits _StackGuard bytes
 * above that limit. When a prologue finds SP below the guard, morestack
 * (asm_amd64.s) saves the registers on the g's stack, switches to g0 and
 * calls newstack, which doubles the usable size, or reports a stack
 * overflow when the doubled size would exceed the maximum (1e9 bytes, as in
 * Go). The saved registers always fit: SP never comes within 73 MB of the
 * end of the slot (1 GiB - 1e9). */
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

/* A dead g keeps its slot; give back the pages beyond a new stack's
 * usable size so that one deep recursion does not pin memory forever. */
void rt_stackrelease(struct g *gp) {
    if (gp->stacksize > const__FixedStack) {
        uintptr lo = gp->stack.hi - gp->stacksize;
        rt_sys_madvise((void *)lo, gp->stacksize - const__FixedStack, RT_MADV_DONTNEED);
    }
    gp->stacksize = const__FixedStack;
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

/* The stackguard0 of gp for its current usable size. */
uintptr rt_stackguard(struct g *gp) {
    return gp->stack.hi - gp->stacksize + const__StackGuard;
}

static _Noreturn void rt_stackoverflow(struct g *gp, uintptr sp) {
    rt_startdying();
    rt_prints("runtime: goroutine stack exceeds ");
    rt_printuint(rt_sched.maxstacksize);
    rt_prints("-byte limit\n");
    rt_print_stackbounds(gp, sp);
    rt_fatal("stack overflow");
}

/* newstack(gp): called on g0 by morestack for m.curg, whose registers are
 * saved at gp->sched.sp, above them the retry address and then the
 * function's return address (at the function's entry SP). Either a
 * preemption request (sysmon set stackguard0 to _StackPreempt: yield) or
 * real growth (double the usable size, up to the maximum); the g resumes
 * through gogo at morestackret, which restores every register. */
void rt_newstack(struct g *gp) __asm__("runtime.newstack");
void rt_newstack(struct g *gp) {
    struct m *mp = g->m;
    if (gp != mp->curg || gp == mp->g0)
        rt_fatal("runtime: newstack not for m->curg");
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
    if (sp < gp->stack.lo || sp >= gp->stack.hi) {
        rt_print_stackbounds(gp, sp);
        rt_fatal("runtime: split stack overflow");
    }
    uintptr newsize = gp->stacksize * 2;
    if (newsize > rt_sched.maxstacksize || newsize > const__StackSlot - const__StackGuard)
        rt_stackoverflow(gp, sp);
    gp->stacksize = newsize;
    gp->stackguard0 = rt_stackguard(gp);
    rt_gogo(&gp->sched);
}
