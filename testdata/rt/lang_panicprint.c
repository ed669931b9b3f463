/* lang_panicprint.c - panic(E{}) where E's Error method panics while the
 * runtime prints the panic value (lang_panicprint.go is the Go program). */
#include "lang_test.h"

extern char lang_Bad_Error[] __asm__("main.Bad_Error");
void lang_oops(void) __asm__("main.oops");

void lang_oops(void) {
    static rt_string oops = RT_STR("oops");
    rt_gopanic(t_basic(16, const_kindString, "string"), &oops);
}

void lang_main(void) {
    static const char *names[] = {"Error"};
    struct _type *t = t_methods(0, const_kindStruct, "main.E", 1, names);
    struct functype *ft = (struct functype *)t_type(sizeof *ft, 8, const_kindFunc, "func() string", 0);
    ft->outCount = 1;
    const struct uncommontype *u = rt_uncommon(t);
    struct method *m = (void *)((uint8_t *)u + u->moff);
    m->mtyp = &ft->typ;
    m->ifn = m->tfn = (uintptr)lang_Bad_Error;
    rt_gopanic(t, &rt_zerobase);
}
