/* lang_panicval.c - Go's printing of panic values of every kind (through
 * Error and String methods too), and of a chain of panics raised by
 * deferred calls (one re-raised after recover: "[recovered]").
 * lang_panicval.go is the Go program. main.main is C here: it registers
 * defers but never resumes after a recover, which only compiled code may. */
#include "lang_test.h"

uintptr rt_deferproc(void *fn) __asm__("runtime.deferproc");
struct rt_eface {
    const rt_type_t *t;
    void *data;
};
struct rt_eface rt_gorecover(uintptr argp) __asm__("runtime.gorecover");
void *rt_convT(const rt_type_t *t, const void *v) __asm__("runtime.convT");
extern char lang_E_Error[] __asm__("main.E_Error");
extern char lang_Str_String[] __asm__("main.Str_String");

static struct _type *tint, *tT, *tS, *tF, *tfloat, *tbool, *tE, *tStr, *tc128, *tu8;

static void dpanic(struct _type *t, const void *v) {
    rt_gopanic(t, rt_convT(t, v));
}

static void d_nil(void) { rt_gopanic(NULL, NULL); }
static void d_u8(void) { uint8_t v = 200; dpanic(tu8, &v); }
static void d_c128(void) { double v[2] = {1, 2}; dpanic(tc128, v); }
static void d_Str(void) { int64_t v = 3; dpanic(tStr, &v); }
static void d_E(void) { rt_gopanic(tE, &rt_zerobase); }
static void d_true(void) { uint8_t v = 1; dpanic(tbool, &v); }
static void d_neg(void) { double v = -1.5; dpanic(tfloat, &v); }
static void d_F(void) { double v = 1.5; dpanic(tF, &v); }
static void d_S(void) { rt_string v = RT_STR("x"); dpanic(tS, &v); }
static void d_T(void) { int64_t v = 42; dpanic(tT, &v); }

/* panic(recover()): recover needs this function's argp = entry SP + 8. */
__attribute__((noinline)) static void d_rerec(void) {
    struct rt_eface r = rt_gorecover((uintptr)((uintptr *)__builtin_frame_address(0) + 2));
    rt_gopanic(r.t, r.data);
}

static struct _type *with_method(uintptr size, int kind, const char *name, const char *mname, void *code) {
    const char *names[1] = {mname};
    struct _type *t = t_methods(size, kind, name, 1, names);
    struct functype *ft = (struct functype *)t_type(sizeof *ft, 8, const_kindFunc, "func() string", 0);
    ft->outCount = 1;
    const struct uncommontype *u = rt_uncommon(t);
    struct method *m = (void *)((uint8_t *)u + u->moff);
    m->mtyp = &ft->typ;
    m->ifn = m->tfn = (uintptr)code;
    return t;
}

void lang_main(void) {
    tint = t_basic(8, const_kindInt, "int");
    tT = t_basic(8, const_kindInt, "main.T");
    tS = t_basic(16, const_kindString, "main.S");
    tF = t_basic(8, const_kindFloat64, "main.F");
    tfloat = t_basic(8, const_kindFloat64, "float64");
    tbool = t_basic(1, const_kindBool, "bool");
    tc128 = t_basic(16, const_kindComplex128, "complex128");
    tu8 = t_basic(1, const_kindUint8, "uint8");
    tE = with_method(0, const_kindStruct, "main.E", "Error", lang_E_Error);
    tStr = with_method(8, const_kindInt, "main.Str", "String", lang_Str_String);
    static void (*const defers[])(void) = {d_nil, d_u8, d_c128, d_Str, d_E, d_true, d_neg, d_F, d_S, d_T, d_rerec};
    static void *fvs[sizeof defers / sizeof defers[0]];
    for (unsigned i = 0; i < sizeof defers / sizeof defers[0]; i++) {
        fvs[i] = (void *)defers[i];
        rt_deferproc(&fvs[i]);
    }
    int64_t v = 42;
    dpanic(tint, &v);
}
