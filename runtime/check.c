/* check.c - runtime.check: start-up sanity checks.
 *
 * Layouts need no run-time check: runtime_defs.h carries a _Static_assert
 * for every offset and size, and go_asm.h comes from the same compiler
 * layout. What is checked here is what the rest of the runtime assumes
 * beyond that: basic sizes, the fixed offset the stack-check prologue uses,
 * the g register and g0/m0 links that rt0_go set up, and the atomics. */
#include "runtime.h"

/* The prologue of Go code reads stackguard0 at 16(R14) (asm-prologue.md). */
_Static_assert(offsetof(struct g, stackguard0) == 16, "g.stackguard0 must be at offset 16");
_Static_assert(offsetof(struct g, stack) == 0, "g.stack must be at offset 0");

void rt_check(void) __asm__("runtime.check");
void rt_check(void) {
    if (sizeof(int8_t) != 1 || sizeof(int16_t) != 2 || sizeof(int32_t) != 4 ||
        sizeof(int64_t) != 8 || sizeof(void *) != 8 || sizeof(uintptr) != 8)
        rt_fatal("check: bad basic type sizes");
    if (g != &rt_g0 || g->m != &rt_m0 || rt_m0.g0 != &rt_g0)
        rt_fatal("check: g0/m0 not set up");
    uint32_t z = 1;
    if (!__atomic_compare_exchange_n(&z, &(uint32_t){1}, 2, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) || z != 2)
        rt_fatal("check: cas failed");
    uint64_t w = 5;
    if (__atomic_add_fetch(&w, 3, __ATOMIC_SEQ_CST) != 8)
        rt_fatal("check: xadd failed");
}
