/* lang_map.c - the runtime's maps driven as compiled code will drive them
 * (lang_map.go is the same program in Go; lang_map.err its output). */
#include "lang_test.h"

static rt_string keystr(intptr_t i) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "key");
    rt_sb_int(&b, i);
    return rt_sb_done(&b);
}

static void intmap(struct maptype *mt) {
    const int64_t N = 1000000;
    struct hmap *m = rt_makemap(mt, 0, NULL);
    for (int64_t k = 0; k < N; k++) {
        int64_t key = k * 7;
        *(int64_t *)rt_mapassign(mt, m, &key) = k;
    }
    int64_t bad = 0;
    for (int64_t k = 0; k < N; k++) {
        int64_t key = k * 7;
        bad += *(int64_t *)rt_mapaccess1(mt, m, &key) != k;
    }
    p_s("int map "), p_i(m->count), p_s(" bad "), p_i(bad), p_nl();
    for (int64_t k = 0; k < N; k += 2) {
        int64_t key = k * 7;
        rt_mapdelete(mt, m, &key);
    }
    int64_t k7 = 7, k14 = 14, k3 = 3;
    uintptr ok1 = rt_mapaccess2(mt, m, &k7).ok, ok2 = rt_mapaccess2(mt, m, &k14).ok;
    p_s("after delete "), p_i(m->count), p_s(" "), rt_printbool(ok1), p_s(" "), rt_printbool(ok2);
    p_s(" "), p_i(*(int64_t *)rt_mapaccess1(mt, m, &k3)), p_nl();
    struct hiter it;
    int64_t sum = 0, cnt = 0;
    for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
        sum += *(int64_t *)it.key - 7 * *(int64_t *)it.elem;
        cnt++;
    }
    p_s("range "), p_i(cnt), p_s(" "), p_i(sum), p_nl();
    for (int64_t k = 0; k < N; k++) {
        int64_t key = k * 7;
        *(int64_t *)rt_mapassign(mt, m, &key) += 1;
    }
    p_s("refill "), p_i(m->count), p_s(" "), p_i(*(int64_t *)rt_mapaccess1(mt, m, &k7));
    p_s(" "), p_i(*(int64_t *)rt_mapaccess1(mt, m, &k14)), p_nl();
}

static void stringmap(struct maptype *st) {
    struct hmap *s = rt_makemap(st, 10, NULL);
    for (intptr_t i = 0; i < 100000; i++) {
        rt_string k = keystr(i);
        *(int64_t *)rt_mapassign(st, s, &k) = i;
    }
    int64_t bad = 0, ln = 0;
    for (intptr_t i = 0; i < 100000; i++) {
        rt_string k = keystr(i);
        bad += *(int64_t *)rt_mapaccess1(st, s, &k) != i;
    }
    struct hiter it;
    for (rt_mapiterinit(st, s, &it); it.key; rt_mapiternext(&it)) {
        rt_string want = keystr(*(int64_t *)it.elem), *k = it.key;
        bad += k->n != want.n || memcmp(k->p, want.p, (size_t)k->n) != 0;
        ln += k->n;
    }
    p_s("string map "), p_i(s->count), p_s(" bad "), p_i(bad), p_s(" keybytes "), p_i(ln), p_nl();
}

static void ranging(struct maptype *mt) {
    struct hmap *g = rt_makemap(mt, 0, NULL);
    struct hiter it;
    for (int64_t i = 0; i < 100; i++)
        *(int64_t *)rt_mapassign(mt, g, &i) = 0;
    int64_t seen = 0;
    for (rt_mapiterinit(mt, g, &it); it.key; rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        seen += k < 100;
        for (int64_t j = 0; j < 20; j++) {
            int64_t nk = 1000 + k * 100 + j;
            *(int64_t *)rt_mapassign(mt, g, &nk) = 1;
        }
    }
    p_s("grow while ranging: old keys seen "), p_i(seen), p_nl();
    struct hmap *d = rt_makemap(mt, 0, NULL);
    for (int64_t i = 0; i < 1000; i++)
        *(int64_t *)rt_mapassign(mt, d, &i) = i;
    int64_t visited = 0;
    for (rt_mapiterinit(mt, d, &it); it.key; rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key, k1 = k ^ 1;
        visited++;
        rt_mapdelete(mt, d, &k);
        rt_mapdelete(mt, d, &k1);
    }
    p_s("delete while ranging "), p_i(visited), p_s(" "), p_i(d->count), p_nl();
    for (rt_mapiterinit(mt, d, &it); it.key; rt_mapiternext(&it))
        p_s("left"), p_nl();
    for (int64_t i = 0; i < 50; i++)
        *(int64_t *)rt_mapassign(mt, d, &i) = i;
    for (rt_mapiterinit(mt, d, &it); it.key; rt_mapiternext(&it))
        rt_mapdelete(mt, d, it.key);
    p_s("cleared "), p_i(d->count), p_nl();
}

/* Not in the Go program: the start of iteration differs between runs of
 * mapiterinit (Go randomises it); mapclear empties. Silent unless wrong. */
static void randomness(struct maptype *mt) {
    struct hmap *m = rt_makemap(mt, 0, NULL);
    for (int64_t i = 0; i < 20; i++)
        *(int64_t *)rt_mapassign(mt, m, &i) = i;
    int firsts[20] = {0}, distinct = 0;
    for (int r = 0; r < 200; r++) {
        struct hiter it;
        rt_mapiterinit(mt, m, &it);
        firsts[*(int64_t *)it.key]++;
    }
    for (int i = 0; i < 20; i++)
        distinct += firsts[i] != 0;
    if (distinct < 5)
        p_s("FAIL iteration order is not randomised\n");
    rt_mapclear(mt, m);
    struct hiter it;
    rt_mapiterinit(mt, m, &it);
    if (m->count != 0 || it.key != NULL)
        p_s("FAIL mapclear\n");
}

void lang_main(void) {
    struct _type *tint = t_basic(8, const_kindInt, "int");
    struct _type *tstr = t_basic(16, const_kindString, "string");
    struct maptype *mt = t_map(tint, tint, "map[int]int");
    intmap(mt);
    stringmap(t_map(tstr, tint, "map[string]int"));
    ranging(mt);
    randomness(mt);
    int64_t five = 5, one = 1;
    struct rt_ptrbool r = rt_mapaccess2(mt, NULL, &five);
    p_s("nil map 0 "), p_i(*(int64_t *)r.p), p_s(" "), rt_printbool(r.ok), p_nl();
    struct hiter it;
    for (rt_mapiterinit(mt, NULL, &it); it.key; rt_mapiternext(&it))
        p_s("never\n");
    *(int64_t *)rt_mapassign(mt, NULL, &one) = 2;
}
