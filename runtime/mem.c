/* mem.c - byte copying, clearing and comparing.
 *
 * Defines the C library's memcpy/memmove/memset/memcmp (gcc emits calls to
 * them even in freestanding code) and the runtime entry points memmove and
 * memclr that compiled Go code calls. The copies use `rep movsb`/`rep stosb`
 * so that gcc cannot turn a loop back into a call to the function itself. */
#include "runtime.h"

void *memcpy(void *dst, const void *src, size_t n) {
    void *d = dst;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    if ((uintptr)dst - (uintptr)src >= n)   /* no harmful overlap: copy forwards */
        return memcpy(dst, src, n);
    /* dst overlaps the end of src: copy backwards, from the last byte. */
    uint8_t *d = (uint8_t *)dst + n - 1;
    const uint8_t *s = (const uint8_t *)src + n - 1;
    __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return dst;
}

void *memset(void *p, int c, size_t n) {
    void *d = p;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return p;
}

int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

void rt_memmove(void *to, const void *from, uintptr n) __asm__("runtime.memmove");
void rt_memmove(void *to, const void *from, uintptr n) {
    memmove(to, from, n);
}

void rt_memclr(void *p, uintptr n) __asm__("runtime.memclr");
void rt_memclr(void *p, uintptr n) {
    memset(p, 0, n);
}
