/* lang_bounds.c - the runtime.panic* bounds failures compiled code calls,
 * each recovered (lang_bounds.go is the Go program). */
#include "lang_test.h"

#define B(name) _Noreturn void rt_##name(intptr_t x, intptr_t y) __asm__("runtime." #name);
B(panicIndexU) B(panicSliceAlen) B(panicSliceAcap) B(panicSliceB) B(panicSlice3Alen) B(panicSlice3Acap)
B(panicSlice3B) B(panicSlice3C) B(panicSliceConvert) B(panicSliceAcapU) B(panicSliceBU)

static void c1(void) { rt_panicIndex(7, 3); }
static void c2(void) { rt_panicIndex(-1, 3); }
static void c3(void) { rt_panicIndexU(8, 3); }
static void c4(void) { rt_panicSliceAlen(7, 3); }
static void c5(void) { rt_panicSliceAcap(7, 5); }
static void c6(void) { rt_panicSliceAcap(-1, 5); }
static void c7(void) { rt_panicSliceB(2, 1); }
static void c8(void) { rt_panicSliceB(-1, 3); }
static void c9(void) { rt_panicSlice3Acap(7, 5); }
static void c10(void) { rt_panicSlice3Acap(-1, 5); }
static void c11(void) { rt_panicSlice3B(7, 4); }
static void c12(void) { rt_panicSlice3B(-1, 4); }
static void c13(void) { rt_panicSlice3C(2, 1); }
static void c14(void) { rt_panicSlice3C(-1, 1); }
static void c15(void) { rt_panicSliceConvert(4, 3); }
static void c16(void) { rt_panicSliceAcapU(8, 5); }
static void c17(void) { rt_panicSliceBU(8, 2); }

void lang_main(void) {
    static void (*const cs[])(void) = {c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17};
    for (unsigned i = 0; i < sizeof cs / sizeof cs[0]; i++)
        try_(cs[i]);
    rt_panicIndex(7, 0);
}
