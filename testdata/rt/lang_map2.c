/* lang_map2.c - maps with struct keys (walked field by field), big keys
 * and elems stored indirectly, float keys (NaN, -0), huge zero values and
 * deleting while ranging (lang_map2.go is the Go program). */
#include "lang_test.h"

struct K {
    int32_t a;
    rt_string s;
    double f;
};

static struct _type *t_array(struct _type *elem, uintptr n, const char *name) {
    struct arraytype *a = (void *)t_type(sizeof *a, elem->size * n, const_kindArray, name, 1);
    a->elem = elem;
    a->len = n;
    return &a->typ;
}

static void kv(struct maptype *mt, struct hmap *m, struct K k, int64_t v) {
    *(int64_t *)rt_mapassign(mt, m, &k) = v;
}

static int64_t kget(struct maptype *mt, struct hmap *m, struct K k) {
    return *(int64_t *)rt_mapaccess1(mt, m, &k);
}

static void structkeys(struct _type *tint, struct _type *tstr, struct _type *tf64) {
    struct _type *ti32 = t_basic(4, const_kindInt32, "int32");
    struct structtype *st = (void *)t_type(sizeof *st, sizeof(struct K), const_kindStruct, "main.K", 1);
    struct structfield *fs = rt_mallocgc(3 * sizeof *fs);
    fs[0] = (struct structfield){t_name("a", 0), ti32, offsetof(struct K, a) << 1};
    fs[1] = (struct structfield){t_name("s", 0), tstr, offsetof(struct K, s) << 1};
    fs[2] = (struct structfield){t_name("f", 0), tf64, offsetof(struct K, f) << 1};
    st->fields = (go_slice){fs, 3, 3};
    struct maptype *mt = t_map(&st->typ, tint, "map[main.K]int");
    mt->flags = 8;      /* not reflexive (a float field), needs key update */
    struct hmap *m = rt_makemap(mt, 0, NULL);
    for (int i = 0; i < 1000; i++) {
        rt_sb b = {.n = 0};
        rt_sb_int(&b, i);
        kv(mt, m, (struct K){i, rt_sb_done(&b), i / 2.0}, i);
    }
    kv(mt, m, (struct K){7, RT_STR("7"), -0.0}, -7);
    p_i(m->count), p_s(" "), p_i(kget(mt, m, (struct K){7, RT_STR("7"), 3.5})), p_s(" ");
    p_i(kget(mt, m, (struct K){7, RT_STR("7"), 3.6})), p_s(" "), p_i(kget(mt, m, (struct K){7, RT_STR("7"), 0})), p_nl();
}

static void bigs(struct _type *tint) {
    struct maptype *mt = t_map(t_array(tint, 20, "main.BigK"), t_array(tint, 40, "main.Big"), "map[main.BigK]main.Big");
    if (mt->keysize != 8 || mt->elemsize != 8 || (mt->flags & 3) != 3)
        p_s("FAIL indirect key/elem layout\n");
    struct hmap *b = rt_makemap(mt, 0, NULL);
    for (int64_t i = 0; i < 500; i++) {
        int64_t k[20] = {0}, v[40] = {0};
        k[19] = i;
        v[39] = i * 2;
        memcpy(rt_mapassign(mt, b, k), v, sizeof v);
    }
    int64_t k[20] = {0};
    k[19] = 77;
    p_i(b->count), p_s(" "), p_i(((int64_t *)rt_mapaccess1(mt, b, k))[39]), p_nl();
    k[19] = 1000;
    p_i(((int64_t *)rt_mapaccess1(mt, b, k))[39]), p_nl();
    int64_t sum = 0;
    struct hiter it;
    for (rt_mapiterinit(mt, b, &it); it.key; rt_mapiternext(&it))
        sum += ((int64_t *)it.elem)[39] - ((int64_t *)it.key)[19];
    p_s("big sum "), p_i(sum), p_nl();
    struct maptype *ht = t_map(tint, t_array(tint, 300, "[300]int"), "map[int][300]int");
    int64_t five = 5;
    p_i(((int64_t *)rt_mapaccess1(ht, NULL, &five))[299]), p_nl();
}

static void floats(struct _type *tint, struct _type *tf64) {
    struct maptype *mt = t_map(tf64, tint, "map[float64]int");
    mt->flags = 8;
    struct hmap *f = rt_makemap(mt, 0, NULL);
    double inf = 1e308 * 10, nan = inf - inf, zero = 0, negzero = -0.0;
    *(int64_t *)rt_mapassign(mt, f, &nan) = 1;
    *(int64_t *)rt_mapassign(mt, f, &nan) = 2;
    *(int64_t *)rt_mapassign(mt, f, &zero) = 3;
    *(int64_t *)rt_mapassign(mt, f, &negzero) = 4;
    p_i(f->count), p_s(" "), p_i(*(int64_t *)rt_mapaccess1(mt, f, &zero)), p_nl();
    int64_t vs = 0;
    struct hiter it;
    for (rt_mapiterinit(mt, f, &it); it.key; rt_mapiternext(&it))
        vs += *(int64_t *)it.elem;
    rt_mapdelete(mt, f, &nan);
    p_i(vs), p_s(" "), p_i(f->count), p_nl();
    for (rt_mapiterinit(mt, f, &it); it.key; rt_mapiternext(&it))
        rt_mapdelete(mt, f, it.key);
    p_i(f->count), p_nl();
}

void lang_main(void) {
    struct _type *tint = t_basic(8, const_kindInt, "int");
    struct _type *tstr = t_basic(16, const_kindString, "string");
    struct _type *tf64 = t_basic(8, const_kindFloat64, "float64");
    structkeys(tint, tstr, tf64);
    bigs(tint);
    floats(tint, tf64);
}
