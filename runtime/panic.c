/* panic.c - panics (recoverable, with Go's texts) and fatal errors.
 *
 * gopanic(type, data) runs the goroutine's deferred calls newest first
 * (defer.c registers them); a deferred call that recovers makes the
 * deferring frame resume (docs/abi.md §10). With nothing recovering, the
 * chain of panics is printed as Go prints it ("panic: first [recovered]",
 * a tab, "panic: second"; error values through their Error method and
 * Stringers through String; defined types as main.T(42)), then the
 * "[signal ...]" line of a fault, the goroutine header, exit status 2.
 *
 * Run-time errors (bounds, division, nil dereference, nil map writes, ...)
 * are real panics of runtime error values (runtime.errorString, whose
 * Error method returns "runtime error: MSG"; runtime.boundsError for
 * index and slice failures; runtime.plainError for the few Go reports
 * without the prefix), so recover() catches them. */
#include "lang.h"

static struct m *rt_dying_m;        /* the M that reports the failure */
static int32_t rt_dying_printing;   /* it has started printing */
struct rt_sigstate rt_panicsig;

/* Go's line about the signal behind a panic or fatal error. */
static void rt_printsignal(void) {
    struct rt_sigstate *s = &rt_panicsig;
    if (!s->name)
        return;
    rt_prints("[signal ");
    rt_prints(s->name);
    rt_prints(" code=");
    rt_printhex(s->code);
    rt_prints(" addr=");
    rt_printhex(s->addr);
    rt_prints(" pc=");
    rt_printhex(s->pc);
    rt_prints("]\n");
}

_Noreturn void rt_exit(int code) {
    rt_sys_exit_group(code);
}

/* The start of every fatal path. The first M to fail reports and exits;
 * another M that fails meanwhile waits for the end. The reporting M may
 * come here more than once before it prints (a signal handler, then the
 * panic it raises); a failure while printing gives up at once. */
void rt_startdying(void) {
    struct m *mp = g->m, *cur = NULL;
    if (__atomic_compare_exchange_n(&rt_dying_m, &cur, mp, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return;
    if (cur != mp) {
        static const long second[2] = {1, 0};
        for (;;)
            rt_sys_nanosleep(second, NULL);
    }
    if (rt_dying_printing) {
        rt_prints("\nfatal error: panic during panic\n");
        rt_exit(2);
    }
}

/* ---- the run-time error types: a string type with methods Error and
 * RuntimeError (asm_amd64.s), laid out as the compiler lays out a defined
 * type with methods (docs/abi.md §9). */

extern char rt_errorString_Error[] __asm__("runtime.errorString_Error");
extern char rt_errorString_RuntimeError[] __asm__("runtime.errorString_RuntimeError");

static const struct functype rt_functype_string = {
    .typ = {.size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8,
            .kind = const_kindFunc | const_kindDirectIface, .name = (uint8_t *)"\0\x0d" "func() string"},
    .outCount = 1,
};
static const struct functype rt_functype_void = {
    .typ = {.size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8,
            .kind = const_kindFunc | const_kindDirectIface, .name = (uint8_t *)"\0\x06" "func()"},
};

struct rt_errtype {
    struct _type t;
    struct uncommontype u;
    struct method m[2];
};

#define RT_ERRTYPE(tname)                                                                             \
    {                                                                                                 \
        .t = {.size = 16, .ptrdata = 8, .tflag = const_tflagUncommon | const_tflagNamed, .align = 8,  \
              .fieldAlign = 8, .kind = const_kindString, .equal = (void *)rt_eq_type,                 \
              .name = (uint8_t *)tname},                                                              \
        .u = {.pkgpath = (uint8_t *)"\0\x07runtime", .mcount = 2, .xcount = 2,                        \
              .moff = sizeof(struct uncommontype)},                                                   \
        .m = {{(uint8_t *)"\x01\x05" "Error", (struct _type *)&rt_functype_string.typ,                \
               (uintptr)rt_errorString_Error, (uintptr)rt_errorString_Error},                         \
              {(uint8_t *)"\x01\x0c" "RuntimeError", (struct _type *)&rt_functype_void.typ,           \
               (uintptr)rt_errorString_RuntimeError, (uintptr)rt_errorString_RuntimeError}},          \
    }

static const struct rt_errtype rt_errorString_type = RT_ERRTYPE("\0\x13runtime.errorString");
static const struct rt_errtype rt_plainError_type = RT_ERRTYPE("\0\x12runtime.plainError");
static const struct rt_errtype rt_boundsError_type = RT_ERRTYPE("\0\x13runtime.boundsError");
const rt_type_t *rt_errortype = &rt_errorString_type.t;

/* panic(runtime error): msg is the text after "runtime error: ", or, when
 * it starts with \x01, a plainError's whole text. */
_Noreturn void rt_panicerr(rt_string msg) {
    const rt_type_t *t = &rt_errorString_type.t;
    rt_sb b = {.n = 0};
    if (msg.n > 0 && msg.p[0] == 1) {
        t = &rt_plainError_type.t;
        msg.p++;
        msg.n--;
    } else {
        rt_sb_cstr(&b, "runtime error: ");
    }
    rt_sb_str(&b, msg);
    rt_string *v = rt_mallocgc(sizeof *v);
    *v = rt_sb_done(&b);
    rt_gopanic(t, v);
}

_Noreturn void rt_panicerrc(const char *msg) {
    intptr_t n = 0;
    while (msg[n])
        n++;
    rt_panicerr((rt_string){(const uint8_t *)msg, n});
}

_Noreturn void rt_panicmsg(const char *msg) {
    rt_panicerrc(msg);
}

/* ---- the bounds and arithmetic failures compiled code calls: Go's
 * boundsError texts ("%x" the failing index, "%y" the bound; a negative
 * signed x uses the short form without y). */

enum { B_INDEX, B_SLICEALEN, B_SLICEACAP, B_SLICEB, B_SLICE3ALEN, B_SLICE3ACAP, B_SLICE3B, B_SLICE3C, B_CONVERT };

static const char *const rt_boundsfmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const rt_boundsnegfmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "",
};

static _Noreturn void rt_boundspanic(int code, intptr_t x, int signd, intptr_t y) {
    const char *f = signd && x < 0 ? rt_boundsnegfmt[code] : rt_boundsfmt[code];
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "runtime error: ");
    for (; *f; f++) {
        if (*f != '%') {
            rt_sb_str(&b, (rt_string){(const uint8_t *)f, 1});
            continue;
        }
        f++;
        if (*f == 'x' && signd)
            rt_sb_int(&b, x);
        else if (*f == 'x')
            rt_sb_uint(&b, (uint64_t)x);
        else
            rt_sb_int(&b, y);
    }
    rt_string *v = rt_mallocgc(sizeof *v);
    *v = rt_sb_done(&b);
    rt_gopanic(&rt_boundsError_type.t, v);
}

#define RT_BOUNDS(name, code)                                                  \
    _Noreturn void rt_##name(intptr_t x, intptr_t y) __asm__("runtime." #name); \
    _Noreturn void rt_##name(intptr_t x, intptr_t y) {                         \
        rt_boundspanic(code, x, 1, y);                                         \
    }                                                                          \
    _Noreturn void rt_##name##U(uintptr x, intptr_t y) __asm__("runtime." #name "U"); \
    _Noreturn void rt_##name##U(uintptr x, intptr_t y) {                       \
        rt_boundspanic(code, (intptr_t)x, 0, y);                               \
    }

RT_BOUNDS(panicIndex, B_INDEX)
RT_BOUNDS(panicSliceAlen, B_SLICEALEN)
RT_BOUNDS(panicSliceAcap, B_SLICEACAP)
RT_BOUNDS(panicSliceB, B_SLICEB)
RT_BOUNDS(panicSlice3Alen, B_SLICE3ALEN)
RT_BOUNDS(panicSlice3Acap, B_SLICE3ACAP)
RT_BOUNDS(panicSlice3B, B_SLICE3B)
RT_BOUNDS(panicSlice3C, B_SLICE3C)

/* []T → *[N]T with len(s) = y < N = x. */
_Noreturn void rt_panicSliceConvert(intptr_t x, intptr_t y) __asm__("runtime.panicSliceConvert");
_Noreturn void rt_panicSliceConvert(intptr_t x, intptr_t y) {
    rt_boundspanic(B_CONVERT, x, 1, y);
}

_Noreturn void rt_panicdivide(void) __asm__("runtime.panicdivide");
_Noreturn void rt_panicdivide(void) {
    rt_panicerrc("integer divide by zero");
}

/* math/bits.Div64 and friends when the quotient does not fit. */
_Noreturn void rt_panicoverflow(void) __asm__("runtime.panicoverflow");
_Noreturn void rt_panicoverflow(void) {
    rt_panicerrc("integer overflow");
}

_Noreturn void rt_panicunsafeslicelen(void) __asm__("runtime.panicunsafeslicelen");
_Noreturn void rt_panicunsafeslicelen(void) {
    rt_panicerrc("unsafe.Slice: len out of range");
}

_Noreturn void rt_panicunsafeslicenilptr(void) __asm__("runtime.panicunsafeslicenilptr");
_Noreturn void rt_panicunsafeslicenilptr(void) {
    rt_panicerrc("unsafe.Slice: ptr is nil and len is not zero");
}

_Noreturn void rt_panicshift(void) __asm__("runtime.panicshift");
_Noreturn void rt_panicshift(void) {
    rt_panicerrc("negative shift amount");
}

/* The compiler's explicit nil checks call this where Go's code would
 * fault: report it as that fault (SIGSEGV, SEGV_MAPERR, address 0, at the
 * call), so that the panic prints Go's "[signal SIGSEGV: ...]" line. */
_Noreturn void rt_panicnilderef(void) __asm__("runtime.panicnilderef") __attribute__((noinline));
_Noreturn void rt_panicnilderef(void) {
    uintptr *fp = __builtin_frame_address(0);   /* [0] caller's BP, [1] return PC */
    struct g *gp = g;
    gp->sig = 11;
    gp->sigcode0 = 1;
    gp->sigcode1 = 0;
    gp->sigpc = fp[1];
    gp->sigsp = (uintptr)(fp + 2);
    gp->sigbp = fp[0];
    rt_panicerrc("invalid memory address or nil pointer dereference");
}

/* sigpanic: the signal handler made the faulting goroutine call this
 * (through sigpanic0, which aligns SP); g.sig* say what happened. */
_Noreturn void rt_sigpanic(void) __asm__("runtime.sigpanic");
_Noreturn void rt_sigpanic(void) {
    struct g *gp = g;
    if (gp->sig == 8) {     /* SIGFPE */
        if (gp->sigcode0 == 1)
            rt_panicerrc("integer divide by zero");
        if (gp->sigcode0 == 2)
            rt_panicerrc("integer overflow");
        rt_panicerrc("floating point error");
    }
    rt_panicerrc("invalid memory address or nil pointer dereference");
}

/* The runtime's own descriptor of string (panic values it makes). */
static const struct _type rt_strtype = {.size = 16, .ptrdata = 8, .align = 8, .fieldAlign = 8,
                                        .kind = const_kindString, .equal = (void *)rt_eq_type,
                                        .name = (uint8_t *)"\0\x06string"};

/* panic(s) for a string s (kept for code generated before interfaces). */
_Noreturn void rt_panicstring(const uint8_t *p, intptr_t n) __asm__("runtime.panicstring");
_Noreturn void rt_panicstring(const uint8_t *p, intptr_t n) {
    rt_string *v = rt_mallocgc(sizeof *v);
    *v = (rt_string){p, n};
    rt_gopanic(&rt_strtype, v);
}

/* panic(plainError(msg)) for compiled code: Go's runtime.panicwrap, "value
 * method pkg.T.M called using nil *T pointer" as a runtime.Error. */
_Noreturn void rt_panicwrapmsg(const uint8_t *p, intptr_t n) __asm__("runtime.panicwrapmsg");
_Noreturn void rt_panicwrapmsg(const uint8_t *p, intptr_t n) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "\x01");
    rt_sb_str(&b, (rt_string){p, n});
    rt_panicerr(rt_sb_done(&b));
}

/* ---- printing an unrecovered panic */

/* Go's printpanicval: predeclared types plainly, defined ones as T(v). */
static void rt_printpanicval(const rt_type_t *t, void *data) {
    if (t == NULL) {
        rt_prints("nil");
        return;
    }
    rt_string ts = rt_typestring(t);
    int custom = 0;
    for (intptr_t i = 0; i < ts.n; i++)
        custom |= ts.p[i] == '.';
    uint8_t kind = t->kind & const_kindMask;
    int basic = (kind >= const_kindBool && kind <= const_kindComplex128) || kind == const_kindString;
    if (!basic) {
        rt_prints("(");
        rt_printstring(ts.p, ts.n);
        rt_prints(") ");
        rt_printpointer(data);
        return;
    }
    if (custom) {
        rt_printstring(ts.p, ts.n);
        if (kind == const_kindString)
            rt_prints("(\"");
        else if (kind != const_kindComplex64 && kind != const_kindComplex128)
            rt_prints("(");
    }
    rt_printanyval(t, data);
    if (custom) {
        if (kind == const_kindString)
            rt_prints("\")");
        else if (kind != const_kindComplex64 && kind != const_kindComplex128)
            rt_prints(")");
    }
}

/* Go's preprintpanics: error values print their Error(), Stringers String(). */
static void rt_preprint(struct _panic *p) {
    for (; p; p = p->link) {
        const rt_type_t *t = p->argtype;
        if (t == NULL)
            continue;
        uintptr fn = rt_findmethod(t, "Error", 1);
        if (!fn)
            fn = rt_findmethod(t, "String", 1);
        if (!fn)
            continue;
        rt_string *s = rt_mallocgc(sizeof *s);
        *s = rt_callstringmethod(fn, p->argdata);
        p->argtype = (struct _type *)&rt_strtype;
        p->argdata = s;
    }
}

static void rt_printpanics(struct _panic *p) {
    if (p->link) {
        rt_printpanics(p->link);
        rt_prints("\t");
    }
    rt_prints("panic: ");
    rt_printpanicval(p->argtype, p->argdata);
    if (p->recovered)
        rt_prints(" [recovered]");
    rt_prints("\n");
}

static struct g *rt_preprinting;    /* the g calling Error/String methods */

/* A method called by rt_preprint panicked: Go's throw. */
static _Noreturn void rt_panicinprint(struct _panic *p) {
    rt_sb b = {.n = 0};
    rt_sb_cstr(&b, "panic while printing panic value: ");
    if (p->argtype && (p->argtype->kind & const_kindMask) == const_kindString) {
        rt_sb_str(&b, *(rt_string *)p->argdata);
    } else {
        rt_sb_cstr(&b, "type ");
        rt_sb_str(&b, p->argtype ? rt_typestring(p->argtype) : RT_STR("nil"));
    }
    rt_string msg = rt_sb_done(&b);
    rt_throw(msg.p, msg.n);
}

/* Nothing recovered: report the panics of g and exit 2. */
_Noreturn void rt_fatalpanic(struct _panic *p) {
    struct g *gp = g;
    if (rt_preprinting == gp)
        rt_panicinprint(p);
    rt_preprinting = gp;
    rt_preprint(p);
    gp->m->locks++;     /* a fault from here on is fatal, not another panic */
    rt_startdying();
    rt_dying_printing = 1;
    if (gp->sig) {
        rt_panicsig.name = gp->sig == 8 ? "SIGFPE: floating-point exception"
                         : gp->sig == 7 ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation";
        rt_panicsig.code = gp->sigcode0;
        rt_panicsig.addr = gp->sigcode1;
        rt_panicsig.pc = gp->sigpc;
        rt_panicsig.sp = gp->sigsp;
        rt_panicsig.bp = gp->sigbp;
    }
    rt_printpanics(p);
    rt_printsignal();
    rt_dumpgoroutines(1);
    rt_exit(2);
}

/* throw(msg): "fatal error: MSG", the goroutines, exit 2. */
_Noreturn void rt_throw(const uint8_t *p, intptr_t n) {
    rt_startdying();
    rt_dying_printing = 1;
    rt_prints("fatal error: ");
    rt_printstring(p, n);
    rt_prints("\n");
    rt_printsignal();
    rt_dumpgoroutines(0);
    rt_exit(2);
}

_Noreturn void rt_fatal(const char *msg) {
    intptr_t n = 0;
    while (msg[n])
        n++;
    rt_throw((const uint8_t *)msg, n);
}

/* Called from asm_amd64.s when a switch primitive is misused. */
_Noreturn void rt_badmcall(void) __asm__("runtime.badmcall");
_Noreturn void rt_badmcall(void) {
    rt_fatal("runtime: mcall called on m->g0 stack");
}

_Noreturn void rt_badmcall2(void) __asm__("runtime.badmcall2");
_Noreturn void rt_badmcall2(void) {
    rt_fatal("runtime: mcall function returned");
}

_Noreturn void rt_badmorestackg0(void) __asm__("runtime.badmorestackg0");
_Noreturn void rt_badmorestackg0(void) {
    rt_prints("fatal: morestack on g0\n");
    rt_exit(2);
}
