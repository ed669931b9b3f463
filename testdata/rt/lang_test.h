/* lang_test.h - helpers for the C test programs testdata/rt/lang_*.c:
 * they stand in for compiled Go code (main.main, main..inittask) and build
 * by hand the type descriptors the compiler will emit (docs/abi.md §9). */
#include "lang.h"

void lang_main(void) __asm__("main.main");
uintptr lang_inittask[3] __asm__("main..inittask") = {0, 0, 0};



/* A name in Go's encoding (flags byte, uvarint length, bytes). */
static uint8_t *t_name(const char *s, int exported) {
    intptr_t n = 0;
    while (s[n])
        n++;
    uint8_t *p = rt_mallocgc((uintptr)n + 3);
    p[0] = (uint8_t)exported;
    int h = 1;
    if (n >= 128)
        p[h++] = (uint8_t)(0x80 | (n & 0x7f)), n >>= 7;
    p[h++] = (uint8_t)n;
    memcpy(p + h, s, (size_t)n);
    return p;
}

/* A type descriptor of size bytes (allocated with room for extra bytes of
 * a kind-specific part and uncommontype/methods). */
static struct _type *t_type(uintptr alloc, uintptr size, int kind, const char *name, int comparable) {
    struct _type *t = rt_mallocgc(alloc);
    t->size = size;
    t->align = t->fieldAlign = size >= 8 ? 8 : (uint8_t)size;
    t->kind = (uint8_t)kind;
    t->name = t_name(name, 0);
    t->hash = rt_fastrand();
    switch (kind & const_kindMask) {    /* as the compiler sets it (conservatively for composites) */
    case const_kindString: case const_kindSlice: case const_kindPtr: case const_kindMap: case const_kindChan:
    case const_kindFunc: case const_kindUnsafePointer:
        t->ptrdata = 8;
        break;
    case const_kindInterface: case const_kindArray: case const_kindStruct:
        t->ptrdata = size;
        break;
    }
    if (comparable)
        t->equal = (void *)rt_eq_type;
    return t;
}

static struct _type *t_basic(uintptr size, int kind, const char *name) {
    return t_type(sizeof(struct _type), size, kind, name, 1);
}

static struct maptype *t_map(struct _type *key, struct _type *elem, const char *name) {
    struct maptype *mt = (struct maptype *)t_type(sizeof(struct maptype), 8,
                                                  const_kindMap | const_kindDirectIface, name, 0);
    mt->key = key;
    mt->elem = elem;
    int ik = key->size > 128, ie = elem->size > 128;
    mt->keysize = ik ? 8 : (uint8_t)key->size;
    mt->elemsize = ie ? 8 : (uint8_t)elem->size;
    uintptr bs = 8 + 8 * (uintptr)mt->keysize + 8 * (uintptr)mt->elemsize;
    mt->bucketsize = (uint16_t)(((bs + 7) & ~(uintptr)7) + 8);
    mt->flags = (uint32_t)(ik | ie << 1 | 4);
    return mt;
}

/* printing shorthands */
static void p_s(const char *s) { rt_prints(s); }
static void p_i(int64_t v) { rt_printint(v); }
static void p_nl(void) { rt_printnl(); }
static void p_str(rt_string s) { rt_printstring(s.p, s.n); }

/* Map entry points (map.c). */
struct rt_ptrbool {
    void *p;
    uintptr ok;
};
struct hmap *rt_makemap(const struct maptype *t, intptr_t hint, struct hmap *h) __asm__("runtime.makemap");
void *rt_mapaccess1(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapaccess1");
struct rt_ptrbool rt_mapaccess2(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapaccess2");
void *rt_mapassign(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapassign");
void rt_mapdelete(const struct maptype *t, struct hmap *h, const void *key) __asm__("runtime.mapdelete");
void rt_mapclear(const struct maptype *t, struct hmap *h) __asm__("runtime.mapclear");
void rt_mapiterinit(const struct maptype *t, struct hmap *h, struct hiter *it) __asm__("runtime.mapiterinit");
void rt_mapiternext(struct hiter *it) __asm__("runtime.mapiternext");

/* try(f): run f, recovering and printing a panic (lang_try.asm). */
extern char lang_try_code[] __asm__("main.try");
static void try_(void (*f)(void)) {
    struct {
        void *fn, *f;
    } fv = {lang_try_code, (void *)f};
    rt_gocall((struct funcval *)&fv);
}

/* A type with methods (all of type func()): descriptor, uncommontype and
 * method table in one block; names sorted by the caller. */
static struct _type *t_methods(uintptr size, int kind, const char *name, int n, const char **mnames) {
    static struct functype *fn;
    if (!fn) {
        fn = (struct functype *)t_type(sizeof *fn, 8, const_kindFunc | const_kindDirectIface, "func()", 0);
    }
    uintptr base = kind == const_kindStruct ? sizeof(struct structtype) : sizeof(struct _type);
    struct _type *t = t_type(base + sizeof(struct uncommontype) + (uintptr)n * sizeof(struct method), size,
                             kind, name, 1);
    t->tflag = const_tflagUncommon | const_tflagNamed;
    struct uncommontype *u = (void *)((uint8_t *)t + base);
    u->pkgpath = t_name("main", 0);
    u->mcount = u->xcount = (uint16_t)n;
    u->moff = sizeof *u;
    struct method *m = (void *)(u + 1);
    for (int i = 0; i < n; i++) {
        m[i].name = t_name(mnames[i], 1);
        m[i].mtyp = &fn->typ;
        m[i].ifn = m[i].tfn = (uintptr)t * 16 + (uintptr)i;   /* never called */
    }
    return t;
}

static struct interfacetype *t_iface(const char *name, int n, const char **mnames) {
    static struct functype *fn;
    if (!fn)
        fn = (struct functype *)t_type(sizeof *fn, 8, const_kindFunc | const_kindDirectIface, "func()", 0);
    struct interfacetype *it = (void *)t_type(sizeof *it, 16, const_kindInterface, name, 1);
    struct imethod *im = rt_mallocgc((uintptr)(n ? n : 1) * sizeof *im);
    for (int i = 0; i < n; i++) {
        im[i].name = t_name(mnames[i], 1);
        im[i].ityp = &fn->typ;
    }
    it->pkgpath = t_name("main", 0);
    it->mhdr = (go_slice){im, n, n};
    return it;
}

/* Interface entry points (iface.c, alg.c). */
void *rt_convT64(uint64_t v) __asm__("runtime.convT64");
void *rt_convTstring(const uint8_t *s, intptr_t n) __asm__("runtime.convTstring");
void *rt_convTslice(void *array, intptr_t len, intptr_t cap) __asm__("runtime.convTslice");
struct itab *rt_assertE2I(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.assertE2I");
struct itab *rt_assertE2I2(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.assertE2I2");
struct itab *rt_assertI2I2(const struct interfacetype *inter, const struct itab *tab) __asm__("runtime.assertI2I2");
struct itab *rt_getitabfor(const struct interfacetype *inter, const rt_type_t *t) __asm__("runtime.getitab");
_Noreturn void rt_panicdottypeE(const rt_type_t *have, const rt_type_t *want, const rt_type_t *iface)
    __asm__("runtime.panicdottypeE");
_Noreturn void rt_panicdottypeI(const struct itab *have, const rt_type_t *want, const rt_type_t *iface)
    __asm__("runtime.panicdottypeI");
uintptr rt_efaceeq(const rt_type_t *t, void *x, void *y) __asm__("runtime.efaceeq");
_Noreturn void rt_panicIndex(intptr_t x, intptr_t y) __asm__("runtime.panicIndex");
