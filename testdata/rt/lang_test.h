/* lang_test.h - helpers for the C test programs testdata/rt/lang_*.c:
 * they stand in for compiled Go code (main.main, main..inittask) and build
 * by hand the type descriptors the compiler will emit (docs/abi.md §9). */
#include "lang.h"

void lang_main(void) __asm__("main.main");
uintptr lang_inittask[3] __asm__("main..inittask") = {0, 0, 0};

uintptr rt_eq_type(const void *p, const void *q, const rt_type_t *t) __asm__("runtime.typeequal");

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
