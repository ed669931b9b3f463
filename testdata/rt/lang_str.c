/* lang_str.c - string conversions and UTF-8 decoding as compiled code
 * will call them (lang_str.go is the Go program). A range loop over a
 * string decodes s[k] < 0x80 inline and calls decoderune otherwise. */
#include "lang_test.h"

struct rt_runepos {
    intptr_t r, pos;
};
struct rt_words2 {
    void *p;
    intptr_t n;
};
struct rt_runepos rt_decoderune(const uint8_t *s, intptr_t n, intptr_t k) __asm__("runtime.decoderune");
intptr_t rt_countrunes(const uint8_t *s, intptr_t n) __asm__("runtime.countrunes");
rt_string rt_intstring(int64_t v) __asm__("runtime.intstring");
struct rt_words2 rt_stringtoslicerune(const uint8_t *s, intptr_t n) __asm__("runtime.stringtoslicerune");
rt_string rt_slicerunetostring(const int32_t *r, intptr_t n) __asm__("runtime.slicerunetostring");
struct rt_words2 rt_stringtoslicebyte(const uint8_t *s, intptr_t n) __asm__("runtime.stringtoslicebyte");
rt_string rt_slicebytetostring(const uint8_t *p, intptr_t n) __asm__("runtime.slicebytetostring");
rt_string rt_concatstrings(const rt_string *a, intptr_t n) __asm__("runtime.concatstrings");

#define S(lit) RT_STR(lit)

static int streq(rt_string a, rt_string b) {
    return a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

void lang_main(void) {
    static const rt_string ss[] = {
        S("h\xc3\xa9llo"), S("\xff"), S("\xe0\x80\x80"), S("\xe0\xa0\x80"), S("\xed\xa0\x80"), S("\xed\x9f\xbf"),
        S("\xf4\x90\x80\x80"), S("\xf4\x8f\xbf\xbf"), S("\xf0\x9f\x98\x80x"), S("\xc2"), S("a\xc3"), S("\xe2\x82"),
        S("\xf0\x9f\x98"), S("\xc0\x80"), S("\xc1\xbf"), S("\xf5\x80\x80\x80"), S("\x80\xbf"),
        S("\xf0\x80\x80\x80"), S("\xe2\x82\xac!"),
    };
    for (unsigned j = 0; j < sizeof ss / sizeof ss[0]; j++) {
        rt_string s = ss[j];
        for (intptr_t k = 0; k < s.n;) {
            intptr_t r, next;
            if (s.p[k] < 0x80) {
                r = s.p[k], next = k + 1;
            } else {
                struct rt_runepos rp = rt_decoderune(s.p, s.n, k);
                r = rp.r, next = rp.pos;
            }
            p_i(k), p_s(":"), p_i(r), p_s(" ");
            k = next;
        }
        struct rt_words2 rs = rt_stringtoslicerune(s.p, s.n);
        if (rs.n != rt_countrunes(s.p, s.n))
            p_s("FAIL countrunes ");
        p_i(rs.n), p_nl();
    }
    static const int64_t vs[] = {-1, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF,
                                 0x10000, 0x10FFFF, 0x110000, (int64_t)1 << 40};
    for (unsigned j = 0; j < sizeof vs / sizeof vs[0]; j++) {
        rt_string s = rt_intstring(vs[j]);
        p_i(s.n), p_s(" ");
        for (intptr_t i = 0; i < s.n; i++)
            p_i(s.p[i]), p_s(" ");
        p_nl();
    }
    rt_string u = S("a\u00e9\u20ac\U0001F600\xff");
    struct rt_words2 rs = rt_stringtoslicerune(u.p, u.n);
    int32_t *r = rs.p;
    p_i(rs.n);
    for (int i = 0; i < 5; i++)
        p_s(" "), p_i(r[i]);
    p_s(" "), rt_printbool(streq(rt_slicerunetostring(r, rs.n), S("a\u00e9\u20ac\U0001F600\uFFFD"))), p_nl();
    static const int32_t bad[] = {0x48, -5, 0xD800, 0x49};
    rt_printbool(streq(rt_slicerunetostring(bad, 4), S("H\uFFFD\uFFFDI"))), p_nl();
    struct rt_words2 b = rt_stringtoslicebyte((const uint8_t *)"hello", 5);
    ((uint8_t *)b.p)[0] = 'j';
    rt_string bs = rt_slicebytetostring(b.p, b.n);
    ((uint8_t *)b.p)[1] = 'X';      /* the string is a copy */
    p_str(bs), p_s(" "), p_i(b.n), p_nl();
    rt_string parts[] = {S("a"), S(""), S("bc"), S("d")};
    rt_string cat = rt_concatstrings(parts, 4);
    p_str(cat), p_s(" "), p_i(cat.n), p_nl();
    rt_string one[] = {S(""), S("only"), S("")};
    if (rt_concatstrings(one, 3).p != one[1].p)
        p_s("FAIL concatstrings of one non-empty string copies\n");
}
