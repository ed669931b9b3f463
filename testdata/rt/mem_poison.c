/* mem_poison.c - collections really free, and GODEBUG=gccheck=1 really
 * poisons: an object whose only reference is hidden (stored inverted in a
 * global) is freed by runtime.GC and then reads back 0xdeadbeefdeadbeef.
 * The allocation happens in a helper whose stack is scrubbed afterwards
 * so that no stale copy of the pointer is left for the conservative stack
 * scan. A second object kept through a visible global survives intact. */
#include "mem_test.h"

static uintptr_t hidden;             /* ~pointer: not a pointer to the collector */
static uintptr_t *kept;

static __attribute__((noinline)) void alloc(void) {
    uintptr_t *p = rt_newobject(64);
    p[3] = 42;
    hidden = ~(uintptr_t)p;
    kept = rt_newobject(64);
    kept[3] = 43;
}

static __attribute__((noinline)) void scrub(void) {
    volatile uintptr_t junk[512];
    for (int i = 0; i < 512; i++)
        junk[i] = 0;
    (void)junk[0];
}

void main_main(void) __asm__("main.main");
void main_main(void) {
    alloc();
    scrub();
    rt_GC();
    uintptr_t *p = (uintptr_t *)~hidden;
    if (kept[3] != 43)
        fail("mem_poison: a reachable object was freed");
    if (p[3] != 0xdeadbeefdeadbeefull)
        fail("mem_poison: the unreachable object was not freed and poisoned");
    pr("mem_poison ok\n");
}
