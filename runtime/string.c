/* string.c - string operations compiled code calls: concatenation and
 * comparison. A Go string is (pointer, length); results come back in
 * RAX:RDX as an rt_string. */
#include "runtime.h"

/* a + b. An empty operand returns the other one without copying, as Go does. */
rt_string rt_concatstring2(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn)
    __asm__("runtime.concatstring2");
rt_string rt_concatstring2(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn) {
    if (an == 0)
        return (rt_string){bp, bn};
    if (bn == 0)
        return (rt_string){ap, an};
    if (an + bn < an)
        rt_fatal("string concatenation too long");
    uint8_t *p = rt_mallocgc((uintptr)(an + bn));
    memcpy(p, ap, (size_t)an);
    memcpy(p + an, bp, (size_t)bn);
    return (rt_string){p, an + bn};
}

/* -1, 0 or +1 as a < b, a == b, a > b (bytewise). */
intptr_t rt_cmpstring(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn)
    __asm__("runtime.cmpstring");
intptr_t rt_cmpstring(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn) {
    intptr_t n = an < bn ? an : bn;
    int c = memcmp(ap, bp, (size_t)n);
    if (c != 0)
        return c;
    if (an < bn)
        return -1;
    return an > bn;
}
