/* lang_print.c - the print builtins' formats: floats (lang_print.h holds
 * the bit patterns of lang_print.go's table), complex numbers, nil slices
 * and interfaces, bools and extreme integers. */
#include "lang_test.h"
#include "lang_print.h"

void rt_printcomplex(double re, double im) __asm__("runtime.printcomplex");
void rt_printslice(void *array, intptr_t len, intptr_t cap) __asm__("runtime.printslice");
void rt_printiface(void *tab, void *data) __asm__("runtime.printiface");

void lang_main(void) {
    for (unsigned i = 0; i < sizeof lang_bits / sizeof lang_bits[0]; i++) {
        double v;
        memcpy(&v, &lang_bits[i], 8);
        rt_printlock();
        rt_printfloat(v);
        rt_printnl();
        rt_printunlock();
    }
    double inf = 1e308 * 10, nan = inf - inf;
    rt_printcomplex(1.5, -2), p_s(" "), rt_printcomplex(inf, nan), p_s(" ");
    rt_printcomplex((double)(float)0.1, 0), p_nl();
    rt_printslice(NULL, 0, 0), p_s(" "), rt_printeface(NULL, NULL), p_s(" "), rt_printiface(NULL, NULL), p_nl();
    rt_printbool(1), rt_printbool(0), rt_printint(INT64_MIN), p_s(" "), rt_printuint(UINT64_MAX), p_nl();
}
