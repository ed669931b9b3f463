/* iface.c - interface values: itabs, conversions to interfaces, type
 * assertions and their failures (Go's TypeAssertionError texts).
 *
 * An itab pairs an interface type with a concrete type; fun[i] is the code
 * (method.ifn) of the concrete type's method for the interface's i-th
 * method (both sorted by name). Itabs are built once and kept in a global
 * open-addressing table keyed by (interface, type); a failed match is
 * cached too (fun[0] == 0). Layouts and calls: docs/abi.md §9. */
#include "lang.h"

/* ---- the itab table: readers probe without the lock (entries are only
 * ever added, each published with a release store; a grown table is
 * published whole), writers hold rt_itablock. */

struct rt_itabtab {
    uintptr cap, count;
    struct itab *e[];
};

static struct rt_itabtab *rt_itabt;
static uint32_t rt_itablock;

static uintptr rt_itabhash(const void *inter, const void *t) {
    uintptr x = (uintptr)inter * 0x9e3779b97f4a7c15ULL ^ (uintptr)t * 0xc2b2ae3d27d4eb4fULL;
    return x ^ (x >> 29);
}

static void rt_itabput(struct rt_itabtab *tt, struct itab *m) {
    uintptr mask = tt->cap - 1, i = rt_itabhash(m->inter, m->_type) & mask;
    while (tt->e[i])
        i = (i + 1) & mask;
    __atomic_store_n(&tt->e[i], m, __ATOMIC_RELEASE);
    tt->count++;
}

/* Under rt_itablock: make room for one more entry. */
static struct rt_itabtab *rt_itabroom(void) {
    struct rt_itabtab *old = rt_itabt;
    if (old && 2 * (old->count + 1) <= old->cap)
        return old;
    uintptr cap = old ? old->cap * 2 : 512;
    struct rt_itabtab *tt = rt_mallocgc(sizeof *tt + cap * sizeof(struct itab *));
    tt->cap = cap;
    for (uintptr i = 0; old && i < old->cap; i++)
        if (old->e[i])
            rt_itabput(tt, old->e[i]);
    __atomic_store_n(&rt_itabt, tt, __ATOMIC_RELEASE);
    return tt;
}

static struct itab *rt_itabfind(const struct interfacetype *inter, const rt_type_t *t) {
    struct rt_itabtab *tt = __atomic_load_n(&rt_itabt, __ATOMIC_ACQUIRE);
    if (tt == NULL)
        return NULL;
    uintptr mask = tt->cap - 1, i = rt_itabhash(inter, t) & mask;
    for (struct itab *m; (m = __atomic_load_n(&tt->e[i], __ATOMIC_ACQUIRE)) != NULL; i = (i + 1) & mask)
        if (m->inter == inter && m->_type == t)
            return m;
    return NULL;
}

/* ---- building an itab */

static int rt_streq(rt_string a, rt_string b) {
    return a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

static int rt_strless(rt_string a, rt_string b) {
    intptr_t n = a.n < b.n ? a.n : b.n;
    int c = memcmp(a.p, b.p, (size_t)n);
    return c < 0 || (c == 0 && a.n < b.n);
}

static int rt_sametype(const rt_type_t *a, const rt_type_t *b) {
    return a == b || (a && b && rt_streq(rt_typestring(a), rt_typestring(b)));
}

/* Fill m->fun; returns the name of the first missing method or NULL. */
static const uint8_t *rt_itabinit(struct itab *m) {
    const struct interfacetype *inter = m->inter;
    const struct uncommontype *u = rt_uncommon(m->_type);
    const struct imethod *im = inter->mhdr.array;
    int64_t ni = inter->mhdr.len, nt = u ? u->mcount : 0;
    const struct method *tm = u ? (const void *)((const uint8_t *)u + u->moff) : NULL;
    int64_t j = 0;
    for (int64_t i = 0; i < ni; i++) {
        rt_string iname = rt_name(im[i].name);
        for (;; j++) {
            if (j >= nt) {
                m->fun[0] = 0;
                return im[i].name;
            }
            rt_string tname = rt_name(tm[j].name);
            if (rt_streq(tname, iname) && rt_sametype(tm[j].mtyp, im[i].ityp)) {
                if (!(((const uint8_t *)im[i].name)[0] & 1) && !rt_streq(rt_name(inter->pkgpath), rt_name(u->pkgpath)))
                    continue;
                m->fun[i] = tm[j].ifn;
                break;
            }
            if (rt_strless(iname, tname)) {
                m->fun[0] = 0;
                return im[i].name;
            }
        }
    }
    return NULL;
}

static _Noreturn void rt_panicmissing(const rt_type_t *t, const struct interfacetype *inter, const uint8_t *mname) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "\x01interface conversion: ");
    rt_sb_str(&b, rt_typestring(t));
    rt_sb_cstr(&b, " is not ");
    rt_sb_str(&b, rt_typestring(&inter->typ));
    rt_sb_cstr(&b, ": missing method ");
    rt_sb_str(&b, rt_name(mname));
    rt_panicerr(rt_sb_done(&b));
}

/* The itab for (inter, t); NULL if t lacks a method and canfail, else the
 * TypeAssertionError panic. */
struct itab *rt_getitab(const struct interfacetype *inter, const rt_type_t *t, int canfail) {
    if (inter->mhdr.len == 0)
        rt_fatal("internal error - misuse of itab");
    struct itab *m = rt_itabfind(inter, t);
    if (m == NULL) {
        rt_lock(&rt_itablock);
        m = rt_itabfind(inter, t);
        if (m == NULL) {
            m = rt_mallocgc(sizeof *m + (uintptr)(inter->mhdr.len - 1) * sizeof(uintptr));
            m->inter = (struct interfacetype *)inter;
            m->_type = (struct _type *)t;
            m->hash = t->hash;
            rt_itabinit(m);
            rt_itabput(rt_itabroom(), m);
        }
        rt_unlock(&rt_itablock);
    }
    if (m->fun[0] != 0)
        return m;
    if (canfail)
        return NULL;
    struct itab tmp = {.inter = (struct interfacetype *)inter, ._type = (struct _type *)t};
    struct itab *big = rt_mallocgc(sizeof tmp + (uintptr)inter->mhdr.len * sizeof(uintptr));
    *big = tmp;
    rt_panicmissing(t, inter, rt_itabinit(big));
}

/* The code of t's method name (a func() with nout results), or 0. */
uintptr rt_findmethod(const rt_type_t *t, const char *name, int nout) {
    const struct uncommontype *u = rt_uncommon(t);
    if (u == NULL)
        return 0;
    const struct method *tm = (const void *)((const uint8_t *)u + u->moff);
    intptr_t n = 0;
    while (name[n])
        n++;
    for (int i = 0; i < u->mcount; i++) {
        const struct functype *ft = (const void *)tm[i].mtyp;
        if (rt_streq(rt_name(tm[i].name), (rt_string){(const uint8_t *)name, n}) && ft &&
            ft->inCount == 0 && ft->outCount == nout)
            return tm[i].ifn;
    }
    return 0;
}

/* ---- assertions */

static _Noreturn void rt_panicdottype(const rt_type_t *have, const rt_type_t *want, const rt_type_t *iface) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "\x01interface conversion: ");
    if (iface)
        rt_sb_str(&b, rt_typestring(iface));
    else
        rt_sb_cstr(&b, "interface");
    rt_sb_cstr(&b, " is ");
    if (have)
        rt_sb_str(&b, rt_typestring(have));
    else
        rt_sb_cstr(&b, "nil");
    rt_sb_cstr(&b, ", not ");
    rt_sb_str(&b, rt_typestring(want));
    if (have && rt_streq(rt_typestring(have), rt_typestring(want)))
        rt_sb_cstr(&b, " (types from different scopes)");
    rt_panicerr(rt_sb_done(&b));
}

/* x.(T) failed, x an interface{} (have = its type word). */
_Noreturn void rt_panicdottypeE(const rt_type_t *have, const rt_type_t *want, const rt_type_t *iface)
    __asm__("runtime.panicdottypeE");
_Noreturn void rt_panicdottypeE(const rt_type_t *have, const rt_type_t *want, const rt_type_t *iface) {
    rt_panicdottype(have, want, iface);
}

/* x.(T) failed, x a non-empty interface (have = its itab word). */
_Noreturn void rt_panicdottypeI(const struct itab *have, const rt_type_t *want, const rt_type_t *iface)
    __asm__("runtime.panicdottypeI");
_Noreturn void rt_panicdottypeI(const struct itab *have, const rt_type_t *want, const rt_type_t *iface) {
    rt_panicdottype(have ? have->_type : NULL, want, iface);
}

/* x.(I) with I non-empty: nil x panics "interface conversion: interface is nil, not I". */
struct itab *rt_assertE2I(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.assertE2I");
struct itab *rt_assertE2I(const struct interfacetype *inter, const rt_type_t *t) {
    if (t == NULL)
        rt_panicdottype(NULL, &inter->typ, NULL);
    return rt_getitab(inter, t, 0);
}

struct itab *rt_assertE2I2(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.assertE2I2");
struct itab *rt_assertE2I2(const struct interfacetype *inter, const rt_type_t *t) {
    return t ? rt_getitab(inter, t, 1) : NULL;
}

struct itab *rt_assertI2I(const struct interfacetype *inter, const struct itab *tab) __asm__("runtime.assertI2I");
struct itab *rt_assertI2I(const struct interfacetype *inter, const struct itab *tab) {
    if (tab == NULL)
        rt_panicdottype(NULL, &inter->typ, NULL);
    if (tab->inter == inter)
        return (struct itab *)tab;
    return rt_getitab(inter, tab->_type, 0);
}

struct itab *rt_assertI2I2(const struct interfacetype *inter, const struct itab *tab) __asm__("runtime.assertI2I2");
struct itab *rt_assertI2I2(const struct interfacetype *inter, const struct itab *tab) {
    if (tab == NULL)
        return NULL;
    if (tab->inter == inter)
        return (struct itab *)tab;
    return rt_getitab(inter, tab->_type, 1);
}

/* Assignment of an interface value to another interface type (static
 * conversion: cannot fail; nil stays nil). */
struct itab *rt_convI2I(const struct interfacetype *inter, const struct itab *tab) __asm__("runtime.convI2I");
struct itab *rt_convI2I(const struct interfacetype *inter, const struct itab *tab) {
    if (tab == NULL)
        return NULL;
    if (tab->inter == inter)
        return (struct itab *)tab;
    return rt_getitab(inter, tab->_type, 0);
}

/* The itab of a concrete type known at compile time (the compiler may also
 * emit static itabs: same layout, fun filled in). */
struct itab *rt_getitabfor(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.getitab");
struct itab *rt_getitabfor(const struct interfacetype *inter, const rt_type_t *t) {
    return rt_getitab(inter, t, 0);
}

/* ---- conversions to interfaces: the data word of a non-pointer value */

static uint64_t rt_staticuint64s[256];
static int rt_staticinit;

static void *rt_small(uint64_t v) {
    if (!rt_staticinit) {
        for (int i = 0; i < 256; i++)
            rt_staticuint64s[i] = (uint64_t)i;
        __atomic_store_n(&rt_staticinit, 1, __ATOMIC_RELEASE);
    }
    return &rt_staticuint64s[v];
}

void *rt_convT16(uint16_t v) __asm__("runtime.convT16");
void *rt_convT16(uint16_t v) {
    if (v < 256)
        return rt_small(v);
    uint16_t *p = rt_mallocgc(2);
    *p = v;
    return p;
}

void *rt_convT32(uint32_t v) __asm__("runtime.convT32");
void *rt_convT32(uint32_t v) {
    if (v < 256)
        return rt_small(v);
    uint32_t *p = rt_mallocgc(4);
    *p = v;
    return p;
}

void *rt_convT64(uint64_t v) __asm__("runtime.convT64");
void *rt_convT64(uint64_t v) {
    if (v < 256)
        return rt_small(v);
    uint64_t *p = rt_mallocgc(8);
    *p = v;
    return p;
}

static const uint8_t rt_zeroword[24];

void *rt_convTstring(const uint8_t *s, intptr_t n) __asm__("runtime.convTstring");
void *rt_convTstring(const uint8_t *s, intptr_t n) {
    if (n == 0)
        return (void *)rt_zeroword;
    rt_string *p = rt_mallocgc(sizeof *p);
    *p = (rt_string){s, n};
    return p;
}

void *rt_convTslice(void *array, intptr_t len, intptr_t cap) __asm__("runtime.convTslice");
void *rt_convTslice(void *array, intptr_t len, intptr_t cap) {
    if (array == NULL)
        return (void *)rt_zeroword;
    go_slice *p = rt_mallocgc(sizeof *p);
    *p = (go_slice){array, len, cap};
    return p;
}

/* Any other non-pointer-shaped value: a heap copy of the t->size bytes at v. */
void *rt_convT(const rt_type_t *t, const void *v) __asm__("runtime.convT");
void *rt_convT(const rt_type_t *t, const void *v) {
    void *p = rt_mallocgc(t->size);
    memcpy(p, v, t->size);
    return p;
}
