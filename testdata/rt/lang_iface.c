/* lang_iface.c - interface conversions, assertions, equality and hashing
 * driven as compiled code will drive them (lang_iface.go is the Go
 * program; lang_iface.err its output under Go 1.19). */
#include "lang_test.h"

static struct _type *tint, *tstr, *tfloat, *tslice, *tT, *tU;
static struct interfacetype *tI, *tJ, *teface;
static struct maptype *mIface;
static struct hmap *m;

typedef struct {
    const rt_type_t *t;
    void *data;
} eface;

static eface E(struct _type *t, void *data) { return (eface){t, data}; }
static eface Eint(struct _type *t, int64_t v) { return E(t, rt_convT64((uint64_t)v)); }
static eface Efloat(double f) {
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return E(tfloat, rt_convT64(bits));
}
static eface Estr(const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    return E(tstr, rt_convTstring((const uint8_t *)s, n));
}

static void setm(eface k, int64_t v) { *(int64_t *)rt_mapassign(mIface, m, &k) = v; }
static int64_t getm(eface k) { return *(int64_t *)rt_mapaccess1(mIface, m, &k); }
static void p_b(uintptr b) { p_s(" "), rt_printbool(b); }
static void p_n(int64_t v) { p_s(" "), p_i(v); }

/* the bodies of the try(func() {...}) calls */
static void t1(void) {      /* x.(string), x = T(5) */
    eface x = Eint(tT, 5);
    if (x.t != tstr)
        rt_panicdottypeE(x.t, tstr, &teface->typ);
}
static void t2(void) {
    eface e = Estr("str");
    if (e.t != tint)
        rt_panicdottypeE(e.t, tint, &teface->typ);
}
static void t3(void) { rt_assertE2I(tI, Eint(tU, 1).t); }
static void t4(void) { rt_assertE2I(tI, NULL); }
static void t5(void) {      /* var j J = U(1); j.(T) */
    struct itab *tab = rt_getitabfor(tJ, tU);
    if (tab->_type != tT)
        rt_panicdottypeI(tab, tT, &tJ->typ);
}
static void t6(void) {
    int64_t one[1] = {1};
    setm(E(tslice, rt_convTslice(one, 1, 1)), 1);
}
static void t7(void) {
    int64_t a[1] = {1}, b[1] = {1};
    eface x = E(tslice, rt_convTslice(a, 1, 1)), y = E(tslice, rt_convTslice(b, 1, 1));
    if (x.t == y.t)
        rt_efaceeq(x.t, x.data, y.data);
}
static void t8(void) {
    eface v = Estr("plain");
    rt_gopanic(v.t, v.data);
}
static void t9(void) {
    rt_string k = RT_STR("x");
    rt_mapassign(t_map(tstr, tint, "map[string]int"), NULL, &k);
}
static void t10(void) { rt_panicIndex(m->count, 0); }

void lang_main(void) {
    static const char *IM[] = {"M", "N"};
    tint = t_basic(8, const_kindInt, "int");
    tstr = t_basic(16, const_kindString, "string");
    tfloat = t_basic(8, const_kindFloat64, "float64");
    tslice = t_type(sizeof(struct slicetype), 24, const_kindSlice, "[]int", 0);
    tT = t_methods(8, const_kindInt, "main.T", 2, IM);
    tU = t_methods(8, const_kindInt, "main.U", 1, IM);
    tI = t_iface("main.I", 2, IM);
    tJ = t_iface("main.J", 1, IM);
    teface = t_iface("interface {}", 0, NULL);
    mIface = t_map(&teface->typ, tint, "map[interface {}]int");
    mIface->flags = 8 | 16;

    eface x = Eint(tT, 5);
    struct itab *iT = rt_assertE2I2(tI, x.t);
    p_s("assert"), p_b(iT != NULL), p_b(rt_assertE2I2(tI, tU) != NULL), p_b(rt_assertE2I2(tJ, tU) != NULL), p_nl();
    if (iT->fun[0] != (uintptr)tT * 16 || iT->fun[1] != (uintptr)tT * 16 + 1 || rt_getitabfor(tI, tT) != iT)
        p_s("FAIL itab contents\n");
    p_s("I to J"), p_b(rt_assertI2I2(tJ, iT) != NULL), p_nl();
    eface a = Eint(tint, 1), b = Eint(tint, 1), c = Estr("a"), d = Estr("a");
    eface n1 = Efloat(0.0 / 0.0), n2 = Efloat(0.0 / 0.0), two = Eint(tint, 2);
    if (rt_convT64(7) != rt_convT64(7) || rt_convT64(1000) == rt_convT64(1000))
        p_s("FAIL convT64 small-value cache\n");
    p_s("eq"), p_b(a.t == b.t && rt_efaceeq(a.t, a.data, b.data)), p_b(c.t == d.t && rt_efaceeq(c.t, c.data, d.data));
    p_b(n1.t == n2.t && rt_efaceeq(n1.t, n1.data, n2.data)), p_b(a.t == two.t && rt_efaceeq(a.t, a.data, two.data));
    p_nl();

    m = rt_makemap(mIface, 0, NULL);
    setm(Eint(tint, 1), 1);
    setm(Estr("a"), 2);
    setm(Efloat(1.5), 3);
    setm(Eint(tT, 1), 4);
    setm(Efloat(0.0 / 0.0), 5);
    setm(Efloat(0.0 / 0.0), 6);
    setm(Efloat(0.0), 7);
    setm(Efloat(-0.0), 8);
    p_s("imap"), p_n(m->count), p_n(getm(Eint(tint, 1))), p_n(getm(Estr("a"))), p_n(getm(Efloat(1.5)));
    p_n(getm(Eint(tT, 1))), p_n(getm(Efloat(0.0))), p_n(getm(Eint(tint, 2))), p_nl();

    try_(t1), try_(t2), try_(t3), try_(t4), try_(t5), try_(t6), try_(t7), try_(t8), try_(t9), try_(t10);
    eface fin = Eint(tT, 3);
    rt_gopanic(fin.t, fin.data);
}
