/* lang_mapgc.c - maps survive garbage collections: heap-allocated string
 * keys and pointer values, lots of garbage in between, then a full check
 * (lang_mapgc.go is the Go program). */
#include "lang_test.h"

struct V {
    int64_t n;
    rt_string name;
};

static volatile void *sink;

static rt_string key(int64_t i, const char *suffix) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "k");
    rt_sb_int(&b, i);
    rt_sb_cstr(&b, suffix);
    return rt_sb_done(&b);
}

static int streq(rt_string a, rt_string b) {
    return a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

void lang_main(void) {
    struct _type *tstr = t_basic(16, const_kindString, "string");
    struct _type *tptr = t_basic(8, const_kindPtr | const_kindDirectIface, "*main.V");
    struct maptype *mt = t_map(tstr, tptr, "map[string]*main.V");
    struct hmap *m = rt_makemap(mt, 0, NULL);
    for (int64_t i = 0; i < 200000; i++) {
        rt_string k = key(i, "");
        struct V *v = rt_mallocgc(sizeof *v);
        v->n = i;
        v->name = key(i, "!");
        *(struct V **)rt_mapassign(mt, m, &k) = v;
        if (i % 16 == 0)
            sink = rt_mallocgc(4096);
    }
    for (int64_t i = 0; i < 200000; i += 2) {
        rt_string k = key(i, "");
        rt_mapdelete(mt, m, &k);
    }
    for (int i = 0; i < 20000; i++)
        sink = rt_mallocgc(8192);
    int64_t bad = 0, n = 0;
    for (int64_t i = 1; i < 200000; i += 2) {
        rt_string k = key(i, "");
        struct V *v = *(struct V **)rt_mapaccess1(mt, m, &k);
        bad += v == NULL || v->n != i || !streq(v->name, key(i, "!"));
    }
    struct hiter it;
    for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
        struct V *v = *(struct V **)it.elem;
        rt_sb b = {.n = 0};
        rt_sb_str(&b, *(rt_string *)it.key);
        rt_sb_cstr(&b, "!");
        bad += !streq(v->name, rt_sb_done(&b));
        n++;
    }
    p_s("entries "), p_i(m->count), p_s(" "), p_i(n), p_s(" bad "), p_i(bad), p_nl();
}
