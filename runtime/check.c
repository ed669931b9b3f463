/* check.c - runtime.check: start-up sanity checks.
 *
 * The assembly sees the shared structures through go_asm.h and the C code
 * through runtime_defs.h; both are generated from runtime2.go by different
 * writers, so the offsets the assembly uses are compared with C's layout
 * here, at compile time. At run time, check that the basic sizes, the g
 * register and the atomics behave as the rest of the runtime assumes. */
#include "runtime.h"

#include "go_asm.h"

#define RT_SAME_OFFSET(type, field, asmname) \
    _Static_assert(offsetof(struct type, field) == asmname, #asmname " differs between go_asm.h and runtime_defs.h")

RT_SAME_OFFSET(stack, lo, stack_lo);
RT_SAME_OFFSET(stack, hi, stack_hi);
RT_SAME_OFFSET(gobuf, sp, gobuf_sp);
RT_SAME_OFFSET(gobuf, pc, gobuf_pc);
RT_SAME_OFFSET(gobuf, g, gobuf_g);
RT_SAME_OFFSET(gobuf, ctxt, gobuf_ctxt);
RT_SAME_OFFSET(gobuf, ret, gobuf_ret);
RT_SAME_OFFSET(gobuf, bp, gobuf_bp);
RT_SAME_OFFSET(g, stack, g_stack);
RT_SAME_OFFSET(g, stackguard0, g_stackguard0);
RT_SAME_OFFSET(g, stackguard1, g_stackguard1);
RT_SAME_OFFSET(g, m, g_m);
RT_SAME_OFFSET(g, sched, g_sched);
RT_SAME_OFFSET(m, g0, m_g0);
RT_SAME_OFFSET(m, gsignal, m_gsignal);
RT_SAME_OFFSET(m, tls, m_tls);
RT_SAME_OFFSET(m, curg, m_curg);
RT_SAME_OFFSET(funcval, fn, funcval_fn);
_Static_assert(sizeof(struct g) == g__size, "g__size differs");
_Static_assert(sizeof(struct m) == m__size, "m__size differs");
_Static_assert(sizeof(struct gobuf) == gobuf__size, "gobuf__size differs");

void rt_check(void) __asm__("runtime.check");
void rt_check(void) {
    if (sizeof(int8_t) != 1 || sizeof(int16_t) != 2 || sizeof(int32_t) != 4 ||
        sizeof(int64_t) != 8 || sizeof(void *) != 8 || sizeof(uintptr) != 8)
        rt_fatal("check: bad basic type sizes");
    /* The prologue of Go code reads stackguard0 at 16(R14) (asm-prologue.md). */
    if (offsetof(struct g, stackguard0) != 16)
        rt_fatal("check: g.stackguard0 is not at offset 16");
    if (g != &rt_g0 || g->m != &rt_m0 || rt_m0.g0 != &rt_g0)
        rt_fatal("check: g0/m0 not set up");
    uint32_t z = 1;
    if (!__atomic_compare_exchange_n(&z, &(uint32_t){1}, 2, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) || z != 2)
        rt_fatal("check: cas failed");
    uint64_t w = 5;
    if (__atomic_add_fetch(&w, 3, __ATOMIC_SEQ_CST) != 8)
        rt_fatal("check: xadd failed");
}
