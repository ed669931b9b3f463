/* check_const.c - exact constant values for the type checker (GMP):
 * integers are mpz, floats are exact rationals (mpq), rounded only when a
 * typed float constant is made. Literal parsing, arithmetic, comparison,
 * representability in a type, and printing (messages, go_asm.h). */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"

struct ConstValue {
    ConstKind kind;
    bool b;
    const char *s;
    int64_t slen;
    mpz_t z;    /* CONST_INT */
    mpq_t q;    /* CONST_FLOAT, exact */
    bool big;   /* CONST_FLOAT too large or small for q (|exponent| beyond BIG_EXP bits): */
    mpf_t f;    /*   then the value is f, with Go's 512-bit precision */
    const ConstValue *re, *im;  /* CONST_COMPLEX: int or float parts (check_cconst.c) */
};

enum { BIG_EXP = 300000, BIG_PREC = 512 };

static ConstValue *cnew(ConstKind k) {
    ConstValue *c = ARENA_NEW(perm_arena, ConstValue);
    c->kind = k;
    if (k == CONST_INT)
        mpz_init(c->z);
    if (k == CONST_FLOAT)
        mpq_init(c->q);
    return c;
}

/* ---- huge floats: mpf values beyond exact rational range ---- */

static ConstValue *big_new(void) {
    ConstValue *c = ARENA_NEW(perm_arena, ConstValue);
    c->kind = CONST_FLOAT;
    c->big = true;
    mpf_init2(c->f, BIG_PREC);
    mpq_init(c->q);
    return c;
}

/* The value of an int or float constant as an mpf. */
static void to_mpf(mpf_t out, const ConstValue *c) {
    if (c->kind == CONST_INT)
        mpf_set_z(out, c->z);
    else if (c->big)
        mpf_set(out, c->f);
    else
        mpf_set_q(out, c->q);
}

static long big_exp2(const ConstValue *c) {
    long e;
    mpf_get_d_2exp(&e, c->f);
    return e;
}

/* A big value that fits the exact representation goes back to mpq. */
static ConstValue *big_norm(ConstValue *c) {
    if (!c->big)
        return c;
    long e = big_exp2(c);
    if (mpf_sgn(c->f) == 0 || (e < BIG_EXP && e > -BIG_EXP)) {
        mpq_set_f(c->q, c->f);
        c->big = false;
    }
    return c;
}

ConstValue *const_make_bool(bool b) {
    ConstValue *c = cnew(CONST_BOOL);
    c->b = b;
    return c;
}

ConstValue *const_make_string(const char *s, int64_t len) {
    ConstValue *c = cnew(CONST_STRING);
    c->s = s;
    c->slen = len;
    return c;
}

ConstValue *const_make_int64(int64_t v) {
    ConstValue *c = cnew(CONST_INT);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    mpz_set_str(c->z, tmp, 10);
    return c;
}

static ConstValue *make_uint64(uint64_t v) {
    ConstValue *c = cnew(CONST_INT);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    mpz_set_str(c->z, tmp, 10);
    return c;
}

ConstKind const_kind(const ConstValue *c) { return c->kind; }

ConstValue *const_make_complex(const ConstValue *re, const ConstValue *im) {
    ConstValue *c = cnew(CONST_COMPLEX);
    c->re = re;
    c->im = im;
    return c;
}

const ConstValue *const_real(const ConstValue *c) { return c->kind == CONST_COMPLEX ? c->re : c; }

const ConstValue *const_imag(const ConstValue *c) {
    return c->kind == CONST_COMPLEX ? c->im : const_make_int64(0);
}
bool const_bool(const ConstValue *c) { return c->b; }

const char *const_string(const ConstValue *c, int64_t *len) {
    if (len)
        *len = c->slen;
    return c->s;
}

uint64_t const_uint64(const ConstValue *c) {
    if (c->kind != CONST_INT)
        return 0;
    mpz_t m;
    mpz_init(m);
    mpz_fdiv_r_2exp(m, c->z, 64); /* two's complement low 64 bits */
    uint64_t v = 0;
    size_t n = 0;
    uint64_t words[2] = {0, 0};
    mpz_export(words, &n, -1, sizeof(uint64_t), 0, 0, m);
    v = words[0];
    mpz_clear(m);
    return v;
}

int64_t const_int64(const ConstValue *c) { return (int64_t)const_uint64(c); }

bool const_is_int(const ConstValue *c) { return c->kind == CONST_INT; }

/* Too large for Go's constant arithmetic (512-bit integers, as types2)? */
bool const_too_big(const ConstValue *c) {
    if (c->kind == CONST_COMPLEX)
        return const_too_big(c->re) || const_too_big(c->im);
    if (c->kind == CONST_INT)
        return mpz_sizeinbase(c->z, 2) > 512;
    if (c->kind == CONST_FLOAT && c->big) { /* Go's exponent range */
        long e = big_exp2(c);
        return e > 2147483647L || e < -2147483647L;
    }
    if (c->kind == CONST_FLOAT)
        return mpz_sizeinbase(mpq_numref(c->q), 2) > 4000000 || mpz_sizeinbase(mpq_denref(c->q), 2) > 4000000;
    return false;
}

/* ---- floats: exact rational -> correctly rounded binary float ---- */

/* Rounds |q| to `mant` significant bits (nearest, ties to even); returns
 * ±inf on overflow beyond max_exp (largest finite exponent + 1). */
static double round_rat(const mpq_t q, int mant, int max_exp, int min_exp) {
    int sign = mpq_sgn(q);
    if (sign == 0)
        return 0.0;
    mpz_t num, den, quo, rem;
    mpz_inits(num, den, quo, rem, NULL);
    mpz_abs(num, mpq_numref(q));
    mpz_set(den, mpq_denref(q));
    /* choose e so that num*2^-e / den has exactly mant+2 bits */
    long e = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2) - (mant + 2);
    for (;;) {
        if (e < 0) {
            mpz_mul_2exp(quo, num, (unsigned long)-e);
            mpz_tdiv_qr(quo, rem, quo, den);
        } else {
            mpz_mul_2exp(rem, den, (unsigned long)e);
            mpz_tdiv_qr(quo, rem, num, rem);
        }
        size_t bits = mpz_sizeinbase(quo, 2);
        if ((int)bits > mant + 2) { e++; continue; }
        if ((int)bits < mant + 2) { e--; continue; }
        break;
    }
    /* value = (quo + frac) * 2^e; exponent of the leading bit: */
    long lead = e + mant + 1;
    int shift = 2; /* drop two extra bits */
    if (lead < min_exp) /* subnormal: fewer mantissa bits */
        shift += (int)(min_exp - lead);
    bool sticky = mpz_sgn(rem) != 0;
    mpz_t kept, dropped;
    mpz_inits(kept, dropped, NULL);
    if (shift > mant + 2) {
        mpz_set_ui(kept, 0);
        sticky = true;
        mpz_set(dropped, quo);
        mpz_set_ui(quo, 0);
        shift = mant + 3;
    }
    mpz_fdiv_q_2exp(kept, quo, (unsigned long)shift);
    mpz_fdiv_r_2exp(dropped, quo, (unsigned long)shift);
    /* round to nearest even */
    int half_cmp;
    {
        mpz_t half;
        mpz_init(half);
        mpz_setbit(half, (unsigned long)shift - 1);
        half_cmp = mpz_cmp(dropped, half);
        if (half_cmp == 0 && sticky)
            half_cmp = 1;
        mpz_clear(half);
    }
    if (half_cmp > 0 || (half_cmp == 0 && mpz_odd_p(kept)))
        mpz_add_ui(kept, kept, 1);
    double m = mpz_get_d(kept);
    double r = ldexp(m, (int)(e + shift));
    if (lead > max_exp || isinf(r))
        r = INFINITY;
    if (r >= ldexp(1.0, max_exp + 1))
        r = INFINITY;
    mpz_clears(num, den, quo, rem, kept, dropped, NULL);
    return sign < 0 ? -r : r;
}

static double rat_to_float64(const mpq_t q) { return round_rat(q, 53, 1023, -1022); }
static float rat_to_float32(const mpq_t q) { return (float)round_rat(q, 24, 127, -126); }

static double big_to_double(const ConstValue *c) {
    long e = big_exp2(c);
    if (e > 1100)
        return mpf_sgn(c->f) < 0 ? -INFINITY : INFINITY;
    if (e < -1100)
        return 0.0;
    return mpf_get_d(c->f);
}

double const_float64(const ConstValue *c) {
    c = const_real(c);
    if (c->kind == CONST_FLOAT && c->big)
        return big_to_double(c);
    if (c->kind == CONST_INT)
        return mpz_get_d(c->z); /* exact for values of integer types within 2^53 */
    if (c->kind == CONST_FLOAT)
        return rat_to_float64(c->q);
    return 0;
}

float const_float32(const ConstValue *c) {
    c = const_real(c);
    if (c->kind == CONST_FLOAT && c->big)
        return (float)big_to_double(c);
    if (c->kind == CONST_FLOAT)
        return rat_to_float32(c->q);
    return (float)const_float64(c);
}

void const_complex128(const ConstValue *c, double *re, double *im) {
    *re = const_float64(const_real(c));
    *im = const_float64(const_imag(c));
}

static void set_rat_from_double(mpq_t q, double d) { mpq_set_d(q, d); }

/* ---- literals ---- */

static char *strip_underscores(const char *s) {
    char *r = arena_strdup(perm_arena, s), *w = r;
    for (const char *p = s; *p; p++)
        if (*p != '_')
            *w++ = *p;
    *w = 0;
    return r;
}

static ConstValue *parse_int(const char *text) {
    char *s = strip_underscores(text);
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && s[1]) base = 8, s += 1;
    ConstValue *c = cnew(CONST_INT);
    if (mpz_set_str(c->z, s, base) != 0)
        return NULL;
    return c;
}

static ConstValue *parse_float(const char *text) {
    char *s = strip_underscores(text);
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (hex)
        s += 2;
    mpz_t mant;
    mpz_init_set_ui(mant, 0);
    long exp = 0; /* in digits of the base (10) or bits (hex) */
    bool dot = false;
    const char *p = s;
    for (; *p; p++) {
        int d;
        if (*p == '.') { dot = true; continue; }
        if (*p >= '0' && *p <= '9') d = *p - '0';
        else if (hex && *p >= 'a' && *p <= 'f') d = *p - 'a' + 10;
        else if (hex && *p >= 'A' && *p <= 'F') d = *p - 'A' + 10;
        else break;
        mpz_mul_ui(mant, mant, hex ? 16 : 10);
        mpz_add_ui(mant, mant, (unsigned long)d);
        if (dot)
            exp -= hex ? 4 : 1;
    }
    if (*p == 'e' || *p == 'E' || *p == 'p' || *p == 'P') {
        long e = strtol(p + 1, NULL, 10);
        if (e > 100000 || e < -100000) {
            /* beyond exact rationals: Go's 512-bit float */
            mpz_clear(mant);
            if (hex)
                return NULL;
            ConstValue *c = big_new();
            if (mpf_set_str(c->f, s, 10) != 0)
                return NULL;
            return big_norm(c);
        }
        exp += e;
    }
    ConstValue *c = cnew(CONST_FLOAT);
    mpq_set_z(c->q, mant);
    mpz_t pw;
    mpz_init(pw);
    if (hex) {
        if (exp >= 0) mpq_mul_2exp(c->q, c->q, (unsigned long)exp);
        else mpq_div_2exp(c->q, c->q, (unsigned long)-exp);
    } else {
        mpz_ui_pow_ui(pw, 10, (unsigned long)(exp < 0 ? -exp : exp));
        mpq_t f;
        mpq_init(f);
        mpq_set_z(f, pw);
        if (exp >= 0) mpq_mul(c->q, c->q, f);
        else mpq_div(c->q, c->q, f);
        mpq_clear(f);
    }
    mpq_canonicalize(c->q);
    mpz_clears(mant, pw, NULL);
    return c;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void put_utf8(Buf *b, uint32_t r) {
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) buf_putc(b, (int)r);
    else if (r < 0x800) { buf_putc(b, 0xC0 | (r >> 6)); buf_putc(b, 0x80 | (r & 0x3F)); }
    else if (r < 0x10000) {
        buf_putc(b, 0xE0 | (r >> 12)); buf_putc(b, 0x80 | ((r >> 6) & 0x3F)); buf_putc(b, 0x80 | (r & 0x3F));
    } else {
        buf_putc(b, 0xF0 | (r >> 18)); buf_putc(b, 0x80 | ((r >> 12) & 0x3F));
        buf_putc(b, 0x80 | ((r >> 6) & 0x3F)); buf_putc(b, 0x80 | (r & 0x3F));
    }
}

/* Decodes one UTF-8 sequence at p; returns its length (1 for invalid bytes). */
static int get_utf8(const unsigned char *p, uint32_t *r) {
    if (p[0] < 0x80) { *r = p[0]; return 1; }
    int n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 0;
    if (n == 0) { *r = 0xFFFD; return 1; }
    uint32_t v = p[0] & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
        v = v << 6 | (p[i] & 0x3F);
    }
    *r = v;
    return n;
}

/* Decodes one escape or character of a quoted literal at *pp into b
 * (is_rune: \u values are runes either way; \x and octal are bytes). */
static void unquote_char(const char **pp, Buf *b, uint32_t *rune_out) {
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t r;
    if (*p != '\\') {
        int n = get_utf8(p, &r);
        buf_append(b, p, (size_t)n);
        *pp += n;
        *rune_out = r;
        return;
    }
    p++;
    int n = 0;
    switch (*p) {
    case 'a': r = 7; break;
    case 'b': r = 8; break;
    case 'f': r = 12; break;
    case 'n': r = 10; break;
    case 'r': r = 13; break;
    case 't': r = 9; break;
    case 'v': r = 11; break;
    case 'x': n = 2; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        r = (uint32_t)((p[0] - '0') * 64 + (p[1] - '0') * 8 + (p[2] - '0'));
        buf_putc(b, (int)r);
        *pp = (const char *)p + 3;
        *rune_out = r;
        return;
    default: r = *p; break;
    }
    if (n == 0) {
        buf_putc(b, (int)r);
        *pp = (const char *)p + 1;
        *rune_out = r;
        return;
    }
    r = 0;
    for (int i = 1; i <= n; i++)
        r = r * 16 + (uint32_t)hexval(p[i]);
    if (*p == 'x')
        buf_putc(b, (int)r);
    else
        put_utf8(b, r);
    *pp = (const char *)p + 1 + n;
    *rune_out = r;
}

static ConstValue *parse_string(const char *text) {
    Buf b = {0};
    size_t n = strlen(text);
    if (text[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (text[i] != '\r')
                buf_putc(&b, text[i]);
    } else {
        const char *p = text + 1, *end = text + n - 1;
        uint32_t r;
        while (p < end)
            unquote_char(&p, &b, &r);
    }
    char *s = arena_strndup(perm_arena, b.data ? (const char *)b.data : "", b.len);
    ConstValue *c = const_make_string(s, (int64_t)b.len);
    buf_free(&b);
    return c;
}

static ConstValue *parse_rune(const char *text) {
    Buf b = {0};
    const char *p = text + 1;
    uint32_t r = 0;
    unquote_char(&p, &b, &r);
    buf_free(&b);
    return const_make_int64(r);
}

ConstValue *const_from_literal(LitKind kind, const char *text) {
    switch (kind) {
    case LIT_INT: return parse_int(text);
    case LIT_FLOAT: return parse_float(text);
    case LIT_CHAR: return parse_rune(text);
    case LIT_STRING: return parse_string(text);
    case LIT_IMAG: return cconst_imag_literal(text, parse_int, parse_float);
    default: return NULL;
    }
}

/* string(r) for an integer constant: its UTF-8 encoding ("\uFFFD" if not a rune). */
ConstValue *const_rune_string(const ConstValue *c) {
    uint32_t r = 0xFFFD;
    if (c->kind == CONST_INT && mpz_sgn(c->z) >= 0 && mpz_cmp_ui(c->z, 0x10FFFF) <= 0)
        r = (uint32_t)mpz_get_ui(c->z);
    Buf b = {0};
    put_utf8(&b, r);
    char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    ConstValue *v = const_make_string(s, (int64_t)b.len);
    buf_free(&b);
    return v;
}

/* ---- conversions between kinds ---- */

ConstValue *const_to_float(const ConstValue *c) {
    c = const_real(c);
    if (c->kind == CONST_FLOAT)
        return (ConstValue *)c;
    ConstValue *r = cnew(CONST_FLOAT);
    mpq_set_z(r->q, c->z);
    return r;
}

/* Returns the integer value of c, or NULL if c is not an integer. */
ConstValue *const_to_int(const ConstValue *c) {
    if (c->kind == CONST_COMPLEX)
        return const_is_zero(c->im) ? const_to_int(c->re) : NULL;
    if (c->kind == CONST_INT)
        return (ConstValue *)c;
    if (c->kind == CONST_FLOAT && c->big)
        return NULL; /* Go does not convert such huge floats to integers: "truncated" */
    if (c->kind != CONST_FLOAT || mpz_cmp_ui(mpq_denref(c->q), 1) != 0)
        return NULL;
    if (mpz_sizeinbase(mpq_numref(c->q), 2) > 4096)
        return NULL; /* as go/constant: floats from 2^4096 on do not convert to integers */
    ConstValue *r = cnew(CONST_INT);
    mpz_set(r->z, mpq_numref(c->q));
    return r;
}

/* Integer bounds of a sized integer kind. */
static void int_bounds(TypeKind k, mpz_t lo, mpz_t hi) {
    int bits = 64;
    bool uns = k >= TYPE_UINT && k <= TYPE_UINTPTR;
    switch (k) {
    case TYPE_INT8: case TYPE_UINT8: bits = 8; break;
    case TYPE_INT16: case TYPE_UINT16: bits = 16; break;
    case TYPE_INT32: case TYPE_UINT32: bits = 32; break;
    default: break;
    }
    if (uns) {
        mpz_set_ui(lo, 0);
        mpz_set_ui(hi, 0);
        mpz_setbit(hi, (unsigned long)bits);
    } else {
        mpz_set_ui(hi, 0);
        mpz_setbit(hi, (unsigned long)bits - 1);
        mpz_neg(lo, hi);
    }
    mpz_sub_ui(hi, hi, 1);
}

/* Can c be represented in basic type t? On success *out gets the value
 * converted to t's kind (floats rounded). Returns REPR_OK, REPR_OVERFLOW,
 * REPR_TRUNCATED or REPR_MISMATCH. */
int const_representable(const ConstValue *c, Type *t, ConstValue **out) {
    Type *u = types_underlying(t);
    TypeKind k = u->kind;
    if (out)
        *out = (ConstValue *)c;
    if (c->kind == CONST_COMPLEX || types_is_complex(u))
        return cconst_representable(c, t, out);
    if (types_is_integer(u)) {
        if (c->kind != CONST_INT && c->kind != CONST_FLOAT)
            return REPR_MISMATCH;
        ConstValue *i = const_to_int(c);
        if (!i)
            return REPR_TRUNCATED;
        if (out)
            *out = i;
        if (k == TYPE_UNTYPED_INT || k == TYPE_UNTYPED_RUNE)
            return REPR_OK;
        mpz_t lo, hi;
        mpz_inits(lo, hi, NULL);
        int_bounds(k, lo, hi);
        bool ok = mpz_cmp(i->z, lo) >= 0 && mpz_cmp(i->z, hi) <= 0;
        mpz_clears(lo, hi, NULL);
        /* as types2: a float out of an integer type's range is "truncated" */
        return ok ? REPR_OK : c->kind == CONST_FLOAT ? REPR_TRUNCATED : REPR_OVERFLOW;
    }
    if (types_is_float(u)) {
        if (c->kind != CONST_INT && c->kind != CONST_FLOAT)
            return REPR_MISMATCH;
        ConstValue *f = const_to_float(c);
        if (f->big && k != TYPE_UNTYPED_FLOAT) {
            double d = big_to_double(f);
            if (isinf(d))
                return REPR_OVERFLOW;
            if (out) {
                ConstValue *r = cnew(CONST_FLOAT);
                set_rat_from_double(r->q, k == TYPE_FLOAT32 ? (double)(float)d : d);
                *out = r;
            }
            return REPR_OK;
        }
        if (k == TYPE_UNTYPED_FLOAT) {
            if (out) *out = f;
            return REPR_OK;
        }
        double d = k == TYPE_FLOAT32 ? (double)rat_to_float32(f->q) : rat_to_float64(f->q);
        if (isinf(d))
            return REPR_OVERFLOW;
        if (out) {
            ConstValue *r = cnew(CONST_FLOAT);
            set_rat_from_double(r->q, d);
            *out = r;
        }
        return REPR_OK;
    }
    if (types_is_boolean(u))
        return c->kind == CONST_BOOL ? REPR_OK : REPR_MISMATCH;
    if (types_is_string(u))
        return c->kind == CONST_STRING ? REPR_OK : REPR_MISMATCH;
    return REPR_MISMATCH;
}

/* Wraps an integer to the width of integer type t (for conversions of typed
 * non-constant-foldable values this is not used: constants must fit). */

/* ---- arithmetic ---- */

static void match(const ConstValue **a, const ConstValue **b) {
    if ((*a)->kind == CONST_FLOAT || (*b)->kind == CONST_FLOAT) {
        if ((*a)->kind == CONST_INT) *a = const_to_float(*a);
        if ((*b)->kind == CONST_INT) *b = const_to_float(*b);
    }
}

bool const_is_zero(const ConstValue *c) {
    if (c->kind == CONST_COMPLEX) return const_is_zero(c->re) && const_is_zero(c->im);
    if (c->kind == CONST_FLOAT && c->big) return mpf_sgn(c->f) == 0;
    if (c->kind == CONST_INT) return mpz_sgn(c->z) == 0;
    if (c->kind == CONST_FLOAT) return mpq_sgn(c->q) == 0;
    return false;
}

int const_sign(const ConstValue *c) {
    if (c->kind == CONST_FLOAT && c->big) return mpf_sgn(c->f);
    if (c->kind == CONST_INT) return mpz_sgn(c->z);
    if (c->kind == CONST_FLOAT) return mpq_sgn(c->q);
    return 0;
}

ConstValue *const_unary(Op op, const ConstValue *x, Type *t) {
    switch (x->kind) {
    case CONST_COMPLEX: return cconst_unary(op, x);
    case CONST_BOOL: return op == OP_NOT ? const_make_bool(!x->b) : NULL;
    case CONST_INT: {
        ConstValue *r = cnew(CONST_INT);
        if (op == OP_ADD) mpz_set(r->z, x->z);
        else if (op == OP_SUB) mpz_neg(r->z, x->z);
        else if (op == OP_XOR) {
            mpz_com(r->z, x->z);
            if (types_is_unsigned(t)) { /* ^x for unsigned: flip only the type's bits */
                int bits = (int)types_underlying(t)->size * 8;
                mpz_fdiv_r_2exp(r->z, r->z, (unsigned long)bits);
            }
        } else return NULL;
        return r;
    }
    case CONST_FLOAT: {
        if (x->big) {
            if (op != OP_ADD && op != OP_SUB)
                return NULL;
            ConstValue *r = big_new();
            if (op == OP_SUB) mpf_neg(r->f, x->f);
            else mpf_set(r->f, x->f);
            return r;
        }
        ConstValue *r = cnew(CONST_FLOAT);
        if (op == OP_ADD) mpq_set(r->q, x->q);
        else if (op == OP_SUB) mpq_neg(r->q, x->q);
        else return NULL;
        return r;
    }
    default: return NULL;
    }
}

/* Arithmetic with a huge float operand, at 512 bits. */
static ConstValue *big_binary(Op op, const ConstValue *x, const ConstValue *y) {
    ConstValue *r = big_new();
    mpf_t a, b;
    mpf_init2(a, BIG_PREC);
    mpf_init2(b, BIG_PREC);
    to_mpf(a, x);
    to_mpf(b, y);
    switch (op) {
    case OP_ADD: mpf_add(r->f, a, b); break;
    case OP_SUB: mpf_sub(r->f, a, b); break;
    case OP_MUL: mpf_mul(r->f, a, b); break;
    case OP_QUO: mpf_div(r->f, a, b); break;
    default: r = NULL; break;
    }
    mpf_clears(a, b, NULL);
    return r ? big_norm(r) : NULL;
}

/* x op y for arithmetic ops; intdiv selects truncated integer division for
 * OP_QUO on integers. Returns NULL if op does not apply. Division by zero
 * must be rejected by the caller. */
ConstValue *const_binary(Op op, const ConstValue *x, const ConstValue *y, bool intdiv) {
    if (x->kind == CONST_STRING && op == OP_ADD) {
        char *s = arena_alloc(perm_arena, (size_t)(x->slen + y->slen + 1));
        memcpy(s, x->s, (size_t)x->slen);
        memcpy(s + x->slen, y->s, (size_t)y->slen);
        return const_make_string(s, x->slen + y->slen);
    }
    if (x->kind == CONST_BOOL) {
        if (op == OP_LAND) return const_make_bool(x->b && y->b);
        if (op == OP_LOR) return const_make_bool(x->b || y->b);
        return NULL;
    }
    if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX)
        return cconst_binary(op, x, y);
    if (op == OP_QUO && !intdiv) {
        x = const_to_float(x);
        y = const_to_float(y);
    }
    if ((x->kind == CONST_FLOAT && x->big) || (y->kind == CONST_FLOAT && y->big))
        return big_binary(op, x, y);
    match(&x, &y);
    if (x->kind == CONST_INT) {
        ConstValue *r = cnew(CONST_INT);
        switch (op) {
        case OP_ADD: mpz_add(r->z, x->z, y->z); break;
        case OP_SUB: mpz_sub(r->z, x->z, y->z); break;
        case OP_MUL: mpz_mul(r->z, x->z, y->z); break;
        case OP_QUO: mpz_tdiv_q(r->z, x->z, y->z); break;
        case OP_REM: mpz_tdiv_r(r->z, x->z, y->z); break;
        case OP_AND: mpz_and(r->z, x->z, y->z); break;
        case OP_OR: mpz_ior(r->z, x->z, y->z); break;
        case OP_XOR: mpz_xor(r->z, x->z, y->z); break;
        case OP_AND_NOT: {
            mpz_t t;
            mpz_init(t);
            mpz_com(t, y->z);
            mpz_and(r->z, x->z, t);
            mpz_clear(t);
            break;
        }
        default: return NULL;
        }
        return r;
    }
    if (x->kind == CONST_FLOAT) {
        ConstValue *r = cnew(CONST_FLOAT);
        switch (op) {
        case OP_ADD: mpq_add(r->q, x->q, y->q); break;
        case OP_SUB: mpq_sub(r->q, x->q, y->q); break;
        case OP_MUL: mpq_mul(r->q, x->q, y->q); break;
        case OP_QUO: mpq_div(r->q, x->q, y->q); break;
        default: return NULL;
        }
        return r;
    }
    return NULL;
}

ConstValue *const_shift(Op op, const ConstValue *x, uint64_t s) {
    ConstValue *i = const_to_int(x);
    if (!i)
        return NULL;
    ConstValue *r = cnew(CONST_INT);
    if (op == OP_SHL) mpz_mul_2exp(r->z, i->z, s);
    else mpz_fdiv_q_2exp(r->z, i->z, s);
    return r;
}

bool const_compare(Op op, const ConstValue *x, const ConstValue *y) {
    int cmp = 0;
    if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX)
        return cconst_equal(x, y) == (op == OP_EQL);
    switch (x->kind) {
    case CONST_BOOL: cmp = x->b != y->b; break;
    case CONST_STRING: {
        int64_t n = x->slen < y->slen ? x->slen : y->slen;
        cmp = memcmp(x->s, y->s, (size_t)n);
        if (cmp == 0) cmp = x->slen < y->slen ? -1 : x->slen > y->slen;
        break;
    }
    default:
        if ((x->kind == CONST_FLOAT && x->big) || (y->kind == CONST_FLOAT && y->big)) {
            mpf_t a, b;
            mpf_init2(a, BIG_PREC);
            mpf_init2(b, BIG_PREC);
            to_mpf(a, x);
            to_mpf(b, y);
            cmp = mpf_cmp(a, b);
            mpf_clears(a, b, NULL);
            break;
        }
        match(&x, &y);
        cmp = x->kind == CONST_INT ? mpz_cmp(x->z, y->z) : mpq_cmp(x->q, y->q);
        break;
    }
    switch (op) {
    case OP_EQL: return cmp == 0;
    case OP_NEQ: return cmp != 0;
    case OP_LSS: return cmp < 0;
    case OP_LEQ: return cmp <= 0;
    case OP_GTR: return cmp > 0;
    case OP_GEQ: return cmp >= 0;
    default: return false;
    }
}

/* Is the integer value within [0, max]? (shift counts, indices, lengths) */
bool const_fits_uint(const ConstValue *c, uint64_t max) {
    ConstValue *i = const_to_int(c);
    if (!i || mpz_sgn(i->z) < 0)
        return false;
    ConstValue *m = make_uint64(max);
    return mpz_cmp(i->z, m->z) <= 0;
}

/* ---- printing ---- */

void const_quote(Buf *out, const char *s, int64_t n) {
    static const char hex[] = "0123456789abcdef";
    buf_putc(out, '"');
    for (int64_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        switch (c) {
        case '\a': esc = "\\a"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        case '\\': esc = "\\\\"; break;
        case '"': esc = "\\\""; break;
        default: break;
        }
        if (esc) { buf_puts(out, esc); i++; continue; }
        if (c >= 0x20 && c < 0x7F) { buf_putc(out, c); i++; continue; }
        uint32_t r = 0;
        int len = c >= 0x80 && i + 1 < n ? get_utf8((const unsigned char *)s + i, &r) : 1;
        if (c >= 0x80 && !(len == 1 && r == 0xFFFD) && i + len <= n) {
            buf_append(out, s + i, (size_t)len);
            i += len;
            continue;
        }
        buf_puts(out, "\\x");
        buf_putc(out, hex[c >> 4]);
        buf_putc(out, hex[c & 15]);
        i++;
    }
    buf_putc(out, '"');
}

/* %.6g of a value outside the double range: "1e+646456992". */
static void print_big(Buf *out, const ConstValue *c) {
    mpf_t v;
    mpf_init2(v, BIG_PREC);
    to_mpf(v, c);
    char *txt = NULL;
    gmp_asprintf(&txt, "%.5Fe", v);
    /* drop trailing zeros of the mantissa, as %g does */
    char *e = strchr(txt, 'e');
    char *m_end = e ? e : txt + strlen(txt);
    char *q = m_end;
    while (q > txt && q[-1] == '0')
        q--;
    if (q > txt && q[-1] == '.')
        q--;
    buf_append(out, txt, (size_t)(q - txt));
    if (e)
        buf_puts(out, e);
    free(txt);
    mpf_clear(v);
}

void const_print(Buf *out, const ConstValue *c) {
    switch (c->kind) {
    case CONST_BOOL: buf_puts(out, c->b ? "true" : "false"); break;
    case CONST_STRING: const_quote(out, c->s, c->slen); break;
    case CONST_INT: {
        char *s = mpz_get_str(NULL, 10, c->z);
        buf_puts(out, s);
        free(s);
        break;
    }
    case CONST_FLOAT: {
        double d = c->big ? big_to_double(c) : rat_to_float64(c->q);
        if (c->big || isinf(d) || (d == 0 && mpq_sgn(c->q) != 0)) {
            print_big(out, c);
            break;
        }
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.6g", d);
        if (mpz_cmp_ui(mpq_denref(c->q), 1) == 0 && !strchr(tmp, 'e') && !strchr(tmp, '.') &&
            fabs(d) < 1e21)
            snprintf(tmp, sizeof tmp, "%.0f", d);
        buf_puts(out, tmp);
        break;
    }
    case CONST_COMPLEX:
        buf_putc(out, '('), const_print(out, c->re), buf_puts(out, " + "), const_print(out, c->im);
        buf_puts(out, "i)");
        break;
    default: buf_puts(out, "?"); break;
    }
}

/* Value as types2 prints it in operand descriptions (strings shortened). */
const char *const_text(const ConstValue *c) {
    Buf b = {0};
    if (c->kind == CONST_STRING && c->slen > 72) {
        Buf q = {0};
        const_quote(&q, c->s, 70);
        q.len--; /* drop the closing quote */
        buf_append(&b, q.data, q.len);
        buf_puts(&b, "...");
        buf_free(&q);
    } else {
        const_print(&b, c);
    }
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}
