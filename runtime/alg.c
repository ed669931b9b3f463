/* alg.c - hashing and equality of Go values, driven by type descriptors.
 *
 * Hashing is a wyhash-style mix (128-bit multiply folding) written for
 * gocc; each map has its own random seed. Floats hash +0 and -0 alike and
 * NaN randomly (NaN != NaN), interfaces hash their dynamic value and panic
 * with Go's "hash of unhashable type T" when it has no equality. The
 * equality functions here are the ones a _type.equal may point at
 * (System V: bool eq(p, q, t)); all of them agree with rt_typeequal. */
#include "lang.h"

#define P0 0xa0761d6478bd642fULL
#define P1 0xe7037ed1a0b428dbULL
#define P2 0x8ebc6af09c88c6e3ULL

static inline uint64_t rt_mix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rd8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t rd4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* 64 random bits from the per-M generator (select.c's rt_fastrand). */
uint64_t rt_fastrand64(void) {
    return (uint64_t)rt_fastrand() << 32 | rt_fastrand();
}

uintptr rt_memhash(const void *vp, uintptr seed, uintptr n) {
    const uint8_t *p = vp;
    uint64_t a, b, s = seed ^ P0;
    if (n <= 16) {
        if (n >= 4) {
            uintptr d = (n >> 3) << 2;
            a = rd4(p) << 32 | rd4(p + d);
            b = rd4(p + n - 4) << 32 | rd4(p + n - 4 - d);
        } else if (n > 0) {
            a = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        uintptr i = n;
        while (i > 16) {
            s = rt_mix(rd8(p) ^ P1, rd8(p + 8) ^ s);
            p += 16;
            i -= 16;
        }
        a = rd8(p + i - 16);
        b = rd8(p + i - 8);
    }
    return rt_mix(P1 ^ n, rt_mix(a ^ P1, b ^ s));
}

static uintptr rt_f64hash(double f, uintptr seed) {
    if (f == 0)
        f = 0;      /* -0 hashes as +0 */
    else if (f != f)
        return rt_mix(seed ^ P2, rt_fastrand64());
    return rt_memhash(&f, seed, 8);
}

/* The dynamic type of an interface value at p (empty or not). */
static const rt_type_t *rt_ifacetype(const rt_type_t *it, const void *p) {
    const struct interfacetype *ityp = (const void *)it;
    void *w = *(void *const *)p;
    if (ityp->mhdr.len == 0 || w == NULL)
        return w;
    return ((struct itab *)w)->_type;
}

static uintptr rt_interhash(const rt_type_t *it, const void *p, uintptr seed) {
    const rt_type_t *t = rt_ifacetype(it, p);
    if (t == NULL)
        return seed;
    if (t->equal == NULL) {
        rt_sb b = {.n = 0};
        rt_sb_cstr(&b, "hash of unhashable type ");
        rt_sb_str(&b, rt_typestring(t));
        rt_panicerr(rt_sb_done(&b));
    }
    void *const *data = (void *const *)p + 1;
    if (rt_isdirectiface(t))
        return rt_typehash(t, data, seed ^ P2) ^ P2;
    return rt_typehash(t, *data, seed ^ P2) ^ P2;
}

uintptr rt_typehash(const rt_type_t *t, const void *p, uintptr seed) {
    switch (t->kind & const_kindMask) {
    case const_kindFloat32:
        return rt_f64hash(*(const float *)p, seed);
    case const_kindFloat64:
        return rt_f64hash(*(const double *)p, seed);
    case const_kindComplex64:
        return rt_f64hash(((const float *)p)[1], rt_f64hash(((const float *)p)[0], seed));
    case const_kindComplex128:
        return rt_f64hash(((const double *)p)[1], rt_f64hash(((const double *)p)[0], seed));
    case const_kindString: {
        const rt_string *s = p;
        return rt_memhash(s->p, seed, (uintptr)s->n);
    }
    case const_kindInterface:
        return rt_interhash(t, p, seed);
    case const_kindArray: {
        const struct arraytype *a = (const void *)t;
        for (uintptr i = 0; i < a->len; i++)
            seed = rt_typehash(a->elem, (const uint8_t *)p + i * a->elem->size, seed);
        return seed;
    }
    case const_kindStruct: {
        const struct structtype *st = (const void *)t;
        const struct structfield *f = st->fields.array;
        for (int64_t i = 0; i < st->fields.len; i++) {
            rt_string nm = rt_name(f[i].name);
            if (nm.n == 1 && nm.p[0] == '_')
                continue;
            seed = rt_typehash(f[i].typ, (const uint8_t *)p + (f[i].offsetAnon >> 1), seed);
        }
        return seed;
    }
    default:
        if (t->size == 8)
            return rt_mix(*(const uint64_t *)p ^ P1, seed ^ P0);
        return rt_memhash(p, seed, t->size);
    }
}

static _Noreturn void rt_uncomparable(const rt_type_t *t) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "comparing uncomparable type ");
    rt_sb_str(&b, rt_typestring(t));
    rt_panicerr(rt_sb_done(&b));
}

/* Interface values at p and q of interface type it. */
static int rt_interequal(const rt_type_t *it, const void *p, const void *q) {
    void *const *a = p, *const *b = q;
    const rt_type_t *t = rt_ifacetype(it, p);
    if (t != rt_ifacetype(it, q))   /* not a[0] != b[0]: a static go.itab and getitab's differ */
        return 0;
    if (t == NULL)
        return 1;
    if (t->equal == NULL)
        rt_uncomparable(t);
    if (rt_isdirectiface(t))
        return a[1] == b[1];
    return rt_typeequal(t, a[1], b[1]);
}

int rt_typeequal(const rt_type_t *t, const void *p, const void *q) {
    switch (t->kind & const_kindMask) {
    case const_kindFloat32:
        return *(const float *)p == *(const float *)q;
    case const_kindFloat64:
        return *(const double *)p == *(const double *)q;
    case const_kindComplex64:
        return ((const float *)p)[0] == ((const float *)q)[0] && ((const float *)p)[1] == ((const float *)q)[1];
    case const_kindComplex128:
        return ((const double *)p)[0] == ((const double *)q)[0] && ((const double *)p)[1] == ((const double *)q)[1];
    case const_kindString: {
        const rt_string *a = p, *b = q;
        return a->n == b->n && (a->p == b->p || memcmp(a->p, b->p, (size_t)a->n) == 0);
    }
    case const_kindInterface:
        return rt_interequal(t, p, q);
    case const_kindArray: {
        const struct arraytype *a = (const void *)t;
        uintptr sz = a->elem->size;
        for (uintptr i = 0; i < a->len; i++)
            if (!rt_typeequal(a->elem, (const uint8_t *)p + i * sz, (const uint8_t *)q + i * sz))
                return 0;
        return 1;
    }
    case const_kindStruct: {
        const struct structtype *st = (const void *)t;
        const struct structfield *f = st->fields.array;
        for (int64_t i = 0; i < st->fields.len; i++) {
            rt_string nm = rt_name(f[i].name);
            uintptr off = f[i].offsetAnon >> 1;
            if (nm.n == 1 && nm.p[0] == '_')
                continue;
            if (!rt_typeequal(f[i].typ, (const uint8_t *)p + off, (const uint8_t *)q + off))
                return 0;
        }
        return 1;
    }
    default:
        if (t->size == 8)
            return *(const uint64_t *)p == *(const uint64_t *)q;
        return memcmp(p, q, t->size) == 0;
    }
}

/* The functions a _type.equal may point at. */
uintptr rt_eq_type(const void *p, const void *q, const rt_type_t *t) {
    return (uintptr)rt_typeequal(t, p, q);
}

uintptr rt_eq_mem(const void *p, const void *q, const rt_type_t *t) {
    return memcmp(p, q, t->size) == 0;
}

/* efaceeq/ifaceeq(t, x, y): are the data words x, y of two interface
 * values with the same dynamic type t equal? (the compiler compares the
 * type/itab words first; t is that type, for iface the itab's _type). */
uintptr rt_efaceeq(const rt_type_t *t, void *x, void *y) __asm__("runtime.efaceeq");
uintptr rt_efaceeq(const rt_type_t *t, void *x, void *y) {
    if (t == NULL)
        return 1;
    if (t->equal == NULL)
        rt_uncomparable(t);
    if (rt_isdirectiface(t))
        return x == y;
    return (uintptr)rt_typeequal(t, x, y);
}

uintptr rt_ifaceeq(struct itab *tab, void *x, void *y) __asm__("runtime.ifaceeq");
uintptr rt_ifaceeq(struct itab *tab, void *x, void *y) {
    return rt_efaceeq(tab ? tab->_type : NULL, x, y);
}

/* ---- names and type strings */

rt_string rt_name(const uint8_t *name) {
    if (name == NULL)
        return (rt_string){NULL, 0};
    const uint8_t *p = name + 1;
    intptr_t n = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t c = *p++;
        n |= (intptr_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            break;
    }
    return (rt_string){p, n};
}

rt_string rt_typestring(const rt_type_t *t) {
    return rt_name(t->name);
}

int rt_isdirectiface(const rt_type_t *t) {
    return (t->kind & const_kindDirectIface) != 0;
}

/* The uncommontype after t's kind-specific descriptor, or NULL. */
const struct uncommontype *rt_uncommon(const rt_type_t *t) {
    if (!(t->tflag & const_tflagUncommon))
        return NULL;
    uintptr sz;
    switch (t->kind & const_kindMask) {
    case const_kindStruct: sz = sizeof(struct structtype); break;
    case const_kindPtr: sz = sizeof(struct ptrtype); break;
    case const_kindSlice: sz = sizeof(struct slicetype); break;
    case const_kindArray: sz = sizeof(struct arraytype); break;
    case const_kindChan: sz = sizeof(struct chantype); break;
    case const_kindFunc: sz = sizeof(struct functype); break;
    case const_kindMap: sz = sizeof(struct maptype); break;
    case const_kindInterface: sz = sizeof(struct interfacetype); break;
    default: sz = sizeof(struct _type); break;
    }
    return (const void *)((const uint8_t *)t + sz);
}

/* ---- the message builder */

void rt_sb_str(rt_sb *b, rt_string s) {
    for (intptr_t i = 0; i < s.n && b->n < (intptr_t)sizeof b->buf; i++)
        b->buf[b->n++] = s.p[i];
}

void rt_sb_cstr(rt_sb *b, const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    rt_sb_str(b, (rt_string){(const uint8_t *)s, n});
}

void rt_sb_uint(rt_sb *b, uint64_t v) {
    uint8_t d[24];
    int i = sizeof d;
    do {
        d[--i] = (uint8_t)('0' + v % 10);
        v /= 10;
    } while (v);
    rt_sb_str(b, (rt_string){d + i, (intptr_t)sizeof d - i});
}

void rt_sb_int(rt_sb *b, int64_t v) {
    if (v < 0) {
        rt_sb_cstr(b, "-");
        rt_sb_uint(b, -(uint64_t)v);
    } else {
        rt_sb_uint(b, (uint64_t)v);
    }
}

rt_string rt_sb_done(rt_sb *b) {
    uint8_t *p = rt_mallocgc((uintptr)b->n);
    memcpy(p, b->buf, (size_t)b->n);
    return (rt_string){p, b->n};
}
