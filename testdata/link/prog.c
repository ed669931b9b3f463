/* prog.c - a larger C program exercising what gcc emits at -O0/-O2/-Os: function
 * pointer tables in .rodata, merged float constants (.rodata.cst*), switch jump
 * tables, static locals, struct copies (memcpy/memset calls), varargs, a big .bss.
 * The test links it with gocc and with GNU ld and compares the output. */
#include <stdarg.h>
#include "sys.h"

void *memcpy(void *d, const void *s, unsigned long n);
void *memset(void *d, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n) {
    char *dp = d;
    const char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}
void *memset(void *d, int c, unsigned long n) {
    char *dp = d;
    while (n--)
        *dp++ = (char)c;
    return d;
}

static char out[4096];
static int outn;
static void putc_(char c) { out[outn++] = c; }
static void puts_(const char *s) { while (*s) putc_(*s++); }
static void putu(unsigned long v) {
    char b[24];
    int n = 0;
    do b[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n) putc_(b[--n]);
}
static void printf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') { putc_(*fmt); continue; }
        switch (*++fmt) {
        case 'd': { long v = va_arg(ap, int); if (v < 0) { putc_('-'); v = -v; } putu((unsigned long)v); break; }
        case 'u': putu(va_arg(ap, unsigned)); break;
        case 's': puts_(va_arg(ap, const char *)); break;
        case 'c': putc_((char)va_arg(ap, int)); break;
        case 'f': { double f = va_arg(ap, double); putu((unsigned long)f); putc_('.'); putu((unsigned long)((f - (unsigned long)f) * 1000)); break; }
        default: putc_('?');
        }
    }
    va_end(ap);
}

struct point { long x, y, z, w, v[8]; };
static struct point origin = {1, 2, 3, 4, {5, 6, 7, 8, 9, 10, 11, 12}};
static long sum(struct point p) { long s = p.x + p.y + p.z + p.w; for (int i = 0; i < 8; i++) s += p.v[i]; return s; }

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int (*const ops[])(int, int) = {add, sub, mul};
static const char *const names[] = {"add", "sub", "mul"};

static const char *classify(int c) {
    switch (c) {
    case 'a': return "vowel-a";
    case 'e': return "vowel-e";
    case 'i': return "vowel-i";
    case 'o': return "vowel-o";
    case 'u': return "vowel-u";
    case 'y': return "sometimes";
    case 'z': return "last";
    default: return "other";
    }
}

static int counter(void) { static int n; return ++n; }
static unsigned big[200000];

static void sort(int *a, int n, int (*less)(int, int)) {
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && less(a[j], a[j - 1]); j--) { int t = a[j]; a[j] = a[j - 1]; a[j - 1] = t; }
}
static int lt(int a, int b) { return a < b; }

int cmain(void) {
    for (int i = 0; i < 3; i++)
        printf_("%s(7,3)=%d\n", names[i], ops[i](7, 3));
    const char *w = "bayou";
    for (int i = 0; w[i]; i++)
        printf_("%c:%s ", w[i], classify(w[i]));
    putc_('\n');
    struct point p = origin;
    p.v[7] = 100;
    printf_("sum=%d origin=%d\n", (int)sum(p), (int)sum(origin));
    double r = 2.5;
    printf_("area=%f\n", 3.14159 * r * r);
    counter(); counter();
    printf_("counter=%d\n", counter());
    for (unsigned i = 0; i < sizeof big / sizeof big[0]; i++) big[i] += i;
    printf_("big=%u\n", big[199999]);
    int a[] = {5, -2, 9, 0, 3, 3, -7};
    sort(a, 7, lt);
    for (int i = 0; i < 7; i++) printf_("%d ", a[i]);
    putc_('\n');
    sys3(1, 1, (long)out, outn);
    return 0;
}
