/* mem_poison.c - collections really free, and GODEBUG=gccheck=1 really
 * poisons: an object whose only reference is hidden (stored inverted in a
 * global) is freed by runtime.GC and then reads back 0xdeadbeefdeadbeef.
 * The allocation happens in a helper whose stack is scrubbed afterwards
 * so that no stale copy of the pointer is left for the conservative stack
 * scan. A second object kept through a visible global survives intact.
 * Precise scanning: a typed holder {p *T; n uintptr} keeps what p points
 * to, but not an object whose address sits only in the integer word n. */
#include "mem_test.h"

static uintptr_t hidden;             /* ~pointer: not a pointer to the collector */
uintptr_t *mem_poison_kept;
#define kept mem_poison_kept

struct holder {
    uintptr_t *p;
    uintptr_t n;                     /* an integer that happens to hold an address */
};
static const uint8_t holder_gcdata[] = {0x1};
static const struct rtt_type holder_type = {.size = 16, .ptrdata = 8, .align = 8, .fieldalign = 8, .kind = 25,
    .gcdata = holder_gcdata};
struct holder *mem_poison_holder;

static __attribute__((noinline)) void alloc(void) {
    uintptr_t *p = rt_newobject(64);
    p[3] = 42;
    hidden = ~(uintptr_t)p;
    kept = rt_newobject(64);
    kept[3] = 43;
    mem_poison_holder = rt_mallocgc(sizeof(struct holder), &holder_type, 1);
    mem_poison_holder->p = rt_newobject(64);
    mem_poison_holder->p[3] = 44;
    uintptr_t *victim = rt_newobject(64);
    victim[3] = 45;
    mem_poison_holder->n = (uintptr_t)victim;
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
    if (mem_poison_holder->p[3] != 44)
        fail("mem_poison: an object referenced by a typed pointer field was freed");
    if (((uintptr_t *)mem_poison_holder->n)[3] != 0xdeadbeefdeadbeefull)
        fail("mem_poison: an integer field kept an object alive (scan not precise)");
    pr("mem_poison ok\n");
}
