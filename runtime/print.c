/* print.c - the print and println builtins.
 *
 * println(a, b) compiles to printlock, printX(a), printsp, printX(b), printnl,
 * printunlock. Output goes to standard error, unbuffered, in exactly the
 * formats of Go's runtime (print.go): decimal integers, 0x-prefixed lower
 * case hex, true/false, and floats as +d.dddddde+ddd. */
#include "lang.h"

static uint32_t rt_debuglock;

/* Write all of p[0:n] to fd 2, retrying short writes and EINTR. */
static void rt_gwrite(const uint8_t *p, intptr_t n) {
    while (n > 0) {
        long r = rt_sys_write(2, p, n);
        if (r == -RT_EINTR)
            continue;
        if (r <= 0)
            return;
        p += r;
        n -= r;
    }
}

/* printlock nests per M; the outermost level takes the global lock, so the
 * pieces of one println are not interleaved with another thread's. */
void rt_printlock(void) {
    struct m *mp = g->m;
    mp->locks++;
    if (++mp->printlock == 1)
        rt_lock(&rt_debuglock);
}

void rt_printunlock(void) {
    struct m *mp = g->m;
    if (--mp->printlock == 0)
        rt_unlock(&rt_debuglock);
    mp->locks--;
}

void rt_printstring(const uint8_t *p, intptr_t n) {
    rt_gwrite(p, n);
}

void rt_prints(const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    rt_gwrite((const uint8_t *)s, n);
}

void rt_printsp(void) {
    rt_gwrite((const uint8_t *)" ", 1);
}

void rt_printnl(void) {
    rt_gwrite((const uint8_t *)"\n", 1);
}

void rt_printbool(uintptr v) {
    if (v & 0xff)
        rt_prints("true");
    else
        rt_prints("false");
}

void rt_printuint(uint64_t v) {
    uint8_t buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (uint8_t)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    rt_gwrite(buf + i, sizeof buf - i);
}

void rt_printint(int64_t v) {
    if (v < 0) {
        rt_prints("-");
        rt_printuint(-(uint64_t)v);
        return;
    }
    rt_printuint((uint64_t)v);
}

void rt_printhex(uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    uint8_t buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (uint8_t)digits[v & 15];
        v >>= 4;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    rt_gwrite(buf + i, sizeof buf - i);
}

void rt_printpointer(void *p) {
    rt_printhex((uintptr)p);
}

/* Scale v (> 0) into [1, 10), returning the decimal exponent, then round
 * at the 7th significant digit; the same steps (and so the same double
 * rounding errors) as Go's printfloat. */
static int rt_float_normalize(double *pv) {
    double v = *pv;
    int e = 0;
    while (v >= 10) {
        e++;
        v /= 10;
    }
    while (v < 1) {
        e--;
        v *= 10;
    }
    double half = 5.0;
    for (int i = 0; i < 7; i++)
        half /= 10;
    v += half;
    if (v >= 10) {
        e++;
        v /= 10;
    }
    *pv = v;
    return e;
}

void rt_printfloat(double v) {
    if (v != v) {
        rt_prints("NaN");
        return;
    }
    if (v + v == v && v > 0) {
        rt_prints("+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        rt_prints("-Inf");
        return;
    }
    uint8_t buf[14];            /* sign, digit, '.', 6 digits, e, sign, 3 digits */
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        e = rt_float_normalize(&v);
    }
    for (int i = 0; i < 7; i++) {   /* digits go to buf[2..8], then shift one */
        int d = (int)v;
        buf[i + 2] = (uint8_t)('0' + d);
        v -= d;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[9] = 'e';
    buf[10] = '+';
    if (e < 0) {
        e = -e;
        buf[10] = '-';
    }
    buf[11] = (uint8_t)('0' + e / 100);
    buf[12] = (uint8_t)('0' + (e / 10) % 10);
    buf[13] = (uint8_t)('0' + e % 10);
    rt_gwrite(buf, sizeof buf);
}

/* print of a complex number: (+1.000000e+000+2.000000e+000i). */
void rt_printcomplex(double re, double im) __asm__("runtime.printcomplex");
void rt_printcomplex(double re, double im) {
    rt_prints("(");
    rt_printfloat(re);
    rt_printfloat(im);
    rt_prints("i)");
}

/* print of a slice: [len/cap]0xarray. */
void rt_printslice(void *array, intptr_t len, intptr_t cap) __asm__("runtime.printslice");
void rt_printslice(void *array, intptr_t len, intptr_t cap) {
    rt_prints("[");
    rt_printint(len);
    rt_prints("/");
    rt_printint(cap);
    rt_prints("]");
    rt_printpointer(array);
}

/* print of an interface value: (0xtype,0xdata) as Go's printeface and
 * printiface (the first word is the _type or the itab). */
void rt_printiface(void *tab, void *data) __asm__("runtime.printiface");
void rt_printiface(void *tab, void *data) {
    rt_prints("(");
    rt_printhex((uintptr)tab);
    rt_prints(",");
    rt_printhex((uintptr)data);
    rt_prints(")");
}

/* print of an interface{}: (0xtype,0xdata), as Go prints it. */
void rt_printeface(const rt_type_t *t, void *data) {
    rt_printiface((void *)t, data);
}

/* The value of an interface{} whose dynamic type is a basic kind, as
 * print(v) would show it (panic values); other kinds print (0x..,0x..). */
void rt_printanyval(const rt_type_t *t, void *data) {
    if (t == NULL || rt_isdirectiface(t)) {
        rt_printiface((void *)t, data);
        return;
    }
    switch (t->kind & const_kindMask) {
    case const_kindBool: rt_printbool(*(uint8_t *)data); break;
    case const_kindInt: case const_kindInt64: rt_printint(*(int64_t *)data); break;
    case const_kindInt8: rt_printint(*(int8_t *)data); break;
    case const_kindInt16: rt_printint(*(int16_t *)data); break;
    case const_kindInt32: rt_printint(*(int32_t *)data); break;
    case const_kindUint: case const_kindUint64: case const_kindUintptr: rt_printuint(*(uint64_t *)data); break;
    case const_kindUint8: rt_printuint(*(uint8_t *)data); break;
    case const_kindUint16: rt_printuint(*(uint16_t *)data); break;
    case const_kindUint32: rt_printuint(*(uint32_t *)data); break;
    case const_kindFloat32: rt_printfloat(*(float *)data); break;
    case const_kindFloat64: rt_printfloat(*(double *)data); break;
    case const_kindComplex64: rt_printcomplex(((float *)data)[0], ((float *)data)[1]); break;
    case const_kindComplex128: rt_printcomplex(((double *)data)[0], ((double *)data)[1]); break;
    case const_kindString: rt_printstring(((rt_string *)data)->p, ((rt_string *)data)->n); break;
    default: rt_printiface((void *)t, data); break;
    }
}
