/* complex.c - complex division, the one complex operation compiled code
 * calls out for (complex64 division widens to complex128 first, as Go's
 * compiler does). Smith's algorithm (Commun. ACM 5(8), 1962) followed by the
 * C99 Annex G corrections to infinities and zeros when both parts came out
 * NaN: the results equal Go 1.19's runtime.complex128div bit for bit. */
#include "lang.h"

typedef struct rt_complex128 {
    double re, im;      /* returned in X0, X1 (System V) */
} rt_complex128;

rt_complex128 rt_complex128div(double nre, double nim, double mre, double mim) __asm__("runtime.complex128div");

static int is_nan(double x) { return x != x; }
static int is_inf(double x) { return x == __builtin_inf() || x == -__builtin_inf(); }
static int is_finite(double x) { return !is_nan(x) && !is_inf(x); }

/* A signed 1 for an infinity, a signed 0 otherwise (the sign of x). */
static double inf_to_one(double x) { return __builtin_copysign(is_inf(x) ? 1.0 : 0.0, x); }

/* Both parts NaN: the C99 cases that have an infinite or zero result. */
static rt_complex128 fix_nan(double a, double b, double c, double d, rt_complex128 r) {
    double inf = __builtin_inf();
    if (c == 0 && d == 0 && (!is_nan(a) || !is_nan(b))) {
        r.re = __builtin_copysign(inf, c) * a;
        r.im = __builtin_copysign(inf, c) * b;
    } else if ((is_inf(a) || is_inf(b)) && is_finite(c) && is_finite(d)) {
        a = inf_to_one(a);
        b = inf_to_one(b);
        r.re = inf * (a * c + b * d);
        r.im = inf * (b * c - a * d);
    } else if ((is_inf(c) || is_inf(d)) && is_finite(a) && is_finite(b)) {
        c = inf_to_one(c);
        d = inf_to_one(d);
        r.re = 0 * (a * c + b * d);
        r.im = 0 * (b * c - a * d);
    }
    return r;
}

rt_complex128 rt_complex128div(double a, double b, double c, double d) {
    rt_complex128 r;
    if (__builtin_fabs(c) >= __builtin_fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        r.re = (a + b * ratio) / denom;
        r.im = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        r.re = (a * ratio + b) / denom;
        r.im = (b * ratio - a) / denom;
    }
    if (is_nan(r.re) && is_nan(r.im))
        r = fix_nan(a, b, c, d, r);
    return r;
}
