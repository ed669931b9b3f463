/* string.c - string operations compiled code calls: concatenation,
 * comparison, conversions between strings, byte and rune slices and runes,
 * and UTF-8 decoding for range loops, with Go's handling of invalid UTF-8
 * (each bad byte is U+FFFD, width 1). A Go string is (pointer, length);
 * results come back in RAX:RDX. Slices are returned as (pointer, length)
 * with capacity = length (docs/abi.md §9). */
#include "lang.h"

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

/* concatstrings(a *string, n int): a[0] + ... + a[n-1]. A result equal to
 * one operand (the others empty) is that operand, uncopied, as in Go. */
rt_string rt_concatstrings(const rt_string *a, intptr_t n) __asm__("runtime.concatstrings");
rt_string rt_concatstrings(const rt_string *a, intptr_t n) {
    intptr_t total = 0, count = 0, idx = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (a[i].n == 0)
            continue;
        if (total + a[i].n < total)
            rt_fatal("string concatenation too long");
        total += a[i].n;
        count++;
        idx = i;
    }
    if (count == 0)
        return (rt_string){NULL, 0};
    if (count == 1)
        return a[idx];
    uint8_t *p = rt_mallocgc((uintptr)total), *q = p;
    for (intptr_t i = 0; i < n; i++) {
        memcpy(q, a[i].p, (size_t)a[i].n);
        q += a[i].n;
    }
    return (rt_string){p, total};
}

static uint8_t rt_onebyte[256];
static int rt_onebyte_init;

rt_string rt_slicebytetostring(const uint8_t *p, intptr_t n) __asm__("runtime.slicebytetostring");
rt_string rt_slicebytetostring(const uint8_t *p, intptr_t n) {
    if (n == 0)
        return (rt_string){NULL, 0};
    if (n == 1) {
        if (!rt_onebyte_init) {
            for (int i = 0; i < 256; i++)
                rt_onebyte[i] = (uint8_t)i;
            __atomic_store_n(&rt_onebyte_init, 1, __ATOMIC_RELEASE);
        }
        return (rt_string){&rt_onebyte[p[0]], 1};
    }
    uint8_t *q = rt_mallocgc((uintptr)n);
    memcpy(q, p, (size_t)n);
    return (rt_string){q, n};
}

struct rt_words2 {
    void *p;
    intptr_t n;
};

/* []byte(s): (pointer, length); cap = length. */
struct rt_words2 rt_stringtoslicebyte(const uint8_t *s, intptr_t n) __asm__("runtime.stringtoslicebyte");
struct rt_words2 rt_stringtoslicebyte(const uint8_t *s, intptr_t n) {
    uint8_t *p = rt_mallocgc((uintptr)n);
    memcpy(p, s, (size_t)n);
    return (struct rt_words2){p, n};
}

#define RUNE_ERROR 0xFFFD

/* Go's decoderune(s, k): the rune at s[k] and the index after it. */
struct rt_runepos {
    intptr_t r, pos;
};

struct rt_runepos rt_decoderune(const uint8_t *s, intptr_t n, intptr_t k) __asm__("runtime.decoderune");
struct rt_runepos rt_decoderune(const uint8_t *s, intptr_t n, intptr_t k) {
    struct rt_runepos bad = {RUNE_ERROR, k + 1};
    if (k >= n)
        return bad;
    uint32_t c0 = s[k];
    if (c0 < 0x80)
        return (struct rt_runepos){c0, k + 1};
    intptr_t left = n - k;
    uint32_t lo = 0x80, hi = 0xBF;
    int len;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        len = 2;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        len = 3;
        if (c0 == 0xE0)
            lo = 0xA0;
        else if (c0 == 0xED)
            hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        len = 4;
        if (c0 == 0xF0)
            lo = 0x90;
        else if (c0 == 0xF4)
            hi = 0x8F;
    } else {
        return bad;
    }
    if (left < len || s[k + 1] < lo || s[k + 1] > hi)
        return bad;
    for (int i = 2; i < len; i++)
        if (s[k + i] < 0x80 || s[k + i] > 0xBF)
            return bad;
    uint32_t r;
    if (len == 2)
        r = (c0 & 0x1F) << 6 | (s[k + 1] & 0x3F);
    else if (len == 3)
        r = (c0 & 0x0F) << 12 | (uint32_t)(s[k + 1] & 0x3F) << 6 | (s[k + 2] & 0x3F);
    else
        r = (c0 & 0x07) << 18 | (uint32_t)(s[k + 1] & 0x3F) << 12 | (uint32_t)(s[k + 2] & 0x3F) << 6 |
            (s[k + 3] & 0x3F);
    return (struct rt_runepos){r, k + len};
}

/* UTF-8 of r into p (4 bytes room); invalid runes become U+FFFD. */
static int rt_encoderune(uint8_t *p, int64_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = RUNE_ERROR;
    if (r < 0x80) {
        p[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        p[0] = (uint8_t)(0xC0 | r >> 6);
        p[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        p[0] = (uint8_t)(0xE0 | r >> 12);
        p[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | r >> 18);
    p[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

/* string(rune(v)) for any integer v. */
rt_string rt_intstring(int64_t v) __asm__("runtime.intstring");
rt_string rt_intstring(int64_t v) {
    uint8_t buf[4];
    int n = rt_encoderune(buf, v);
    uint8_t *p = rt_mallocgc((uintptr)n);
    memcpy(p, buf, (size_t)n);
    return (rt_string){p, n};
}

intptr_t rt_countrunes(const uint8_t *s, intptr_t n) __asm__("runtime.countrunes");
intptr_t rt_countrunes(const uint8_t *s, intptr_t n) {
    intptr_t c = 0;
    for (intptr_t k = 0; k < n; c++)
        k = s[k] < 0x80 ? k + 1 : rt_decoderune(s, n, k).pos;
    return c;
}

/* []rune(s): (pointer, length); cap = length. */
struct rt_words2 rt_stringtoslicerune(const uint8_t *s, intptr_t n) __asm__("runtime.stringtoslicerune");
struct rt_words2 rt_stringtoslicerune(const uint8_t *s, intptr_t n) {
    intptr_t c = rt_countrunes(s, n);
    int32_t *p = rt_mallocgc((uintptr)c * 4);
    intptr_t i = 0;
    for (intptr_t k = 0; k < n; i++) {
        struct rt_runepos rp = rt_decoderune(s, n, k);
        p[i] = (int32_t)rp.r;
        k = rp.pos;
    }
    return (struct rt_words2){p, c};
}

rt_string rt_slicerunetostring(const int32_t *r, intptr_t n) __asm__("runtime.slicerunetostring");
rt_string rt_slicerunetostring(const int32_t *r, intptr_t n) {
    uint8_t buf[4];
    intptr_t total = 0;
    for (intptr_t i = 0; i < n; i++)
        total += rt_encoderune(buf, r[i]);
    if (total == 0)
        return (rt_string){NULL, 0};
    uint8_t *p = rt_mallocgc((uintptr)total), *q = p;
    for (intptr_t i = 0; i < n; i++)
        q += rt_encoderune(q, r[i]);
    return (rt_string){p, total};
}
