/* panic.c - run-time failures: the panics compiled code raises (bounds,
 * division, shifts, nil dereferences) and fatal errors (throw).
 *
 * The messages are Go's, byte for byte: "panic: runtime error: index out of
 * range [5] with length 3", a blank line, "goroutine 1 [running]:", and exit
 * status 2. Tracebacks (the function and file:line lines that follow in
 * Go) and recover are later work: nothing is printed after the goroutine
 * header yet. */
#include "runtime.h"

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

/* "panic: runtime error: MSG\n" then the goroutine header, exit 2. */
static _Noreturn void rt_runtimepanic(void (*printmsg)(intptr_t, intptr_t), intptr_t x, intptr_t y) {
    rt_startdying();
    rt_dying_printing = 1;
    rt_prints("panic: runtime error: ");
    printmsg(x, y);
    rt_prints("\n");
    rt_printsignal();
    rt_dumpgoroutines(1);
    rt_exit(2);
}

static void rt_print_x(intptr_t x, int isunsigned) {
    if (isunsigned)
        rt_printuint((uint64_t)x);
    else
        rt_printint(x);
}

/* index out of range [x] with length y; negative x omits the length. */
static void rt_msg_index(intptr_t x, intptr_t y) {
    rt_prints("index out of range [");
    rt_printint(x);
    rt_prints("]");
    if (x >= 0) {
        rt_prints(" with length ");
        rt_printint(y);
    }
}

static void rt_msg_indexu(intptr_t x, intptr_t y) {
    rt_prints("index out of range [");
    rt_print_x(x, 1);
    rt_prints("] with length ");
    rt_printint(y);
}

static void rt_msg_slice_alen(intptr_t x, intptr_t y) {
    rt_prints("slice bounds out of range [:");
    rt_printint(x);
    rt_prints("]");
    if (x >= 0) {
        rt_prints(" with length ");
        rt_printint(y);
    }
}

static void rt_msg_slice_acap(intptr_t x, intptr_t y) {
    rt_prints("slice bounds out of range [:");
    rt_printint(x);
    rt_prints("]");
    if (x >= 0) {
        rt_prints(" with capacity ");
        rt_printint(y);
    }
}

static void rt_msg_slice_b(intptr_t x, intptr_t y) {
    rt_prints("slice bounds out of range [");
    rt_printint(x);
    rt_prints(":");
    if (x >= 0)
        rt_printint(y);
    rt_prints("]");
}

static const char *rt_plain_msg;

static void rt_msg_plain(intptr_t x, intptr_t y) {
    (void)x;
    (void)y;
    rt_prints(rt_plain_msg);
}

_Noreturn void rt_panicmsg(const char *msg) {
    rt_plain_msg = msg;
    rt_runtimepanic(rt_msg_plain, 0, 0);
}

_Noreturn void rt_panicIndex(intptr_t x, intptr_t y) __asm__("runtime.panicIndex");
_Noreturn void rt_panicIndex(intptr_t x, intptr_t y) {
    rt_runtimepanic(rt_msg_index, x, y);
}

_Noreturn void rt_panicIndexU(uintptr x, intptr_t y) __asm__("runtime.panicIndexU");
_Noreturn void rt_panicIndexU(uintptr x, intptr_t y) {
    rt_runtimepanic(rt_msg_indexu, (intptr_t)x, y);
}

_Noreturn void rt_panicSliceAlen(intptr_t x, intptr_t y) __asm__("runtime.panicSliceAlen");
_Noreturn void rt_panicSliceAlen(intptr_t x, intptr_t y) {
    rt_runtimepanic(rt_msg_slice_alen, x, y);
}

_Noreturn void rt_panicSliceAcap(intptr_t x, intptr_t y) __asm__("runtime.panicSliceAcap");
_Noreturn void rt_panicSliceAcap(intptr_t x, intptr_t y) {
    rt_runtimepanic(rt_msg_slice_acap, x, y);
}

_Noreturn void rt_panicSliceB(intptr_t x, intptr_t y) __asm__("runtime.panicSliceB");
_Noreturn void rt_panicSliceB(intptr_t x, intptr_t y) {
    rt_runtimepanic(rt_msg_slice_b, x, y);
}

_Noreturn void rt_panicdivide(void) __asm__("runtime.panicdivide");
_Noreturn void rt_panicdivide(void) {
    rt_panicmsg("integer divide by zero");
}

_Noreturn void rt_panicshift(void) __asm__("runtime.panicshift");
_Noreturn void rt_panicshift(void) {
    rt_panicmsg("negative shift amount");
}

_Noreturn void rt_panicnilderef(void) __asm__("runtime.panicnilderef");
_Noreturn void rt_panicnilderef(void) {
    rt_panicmsg("invalid memory address or nil pointer dereference");
}

/* panic(s) for a string s: "panic: S", the goroutine header, exit 2.
 * (Deferred calls and recover are later work.) */
_Noreturn void rt_panicstring(const uint8_t *p, intptr_t n) __asm__("runtime.panicstring");
_Noreturn void rt_panicstring(const uint8_t *p, intptr_t n) {
    rt_startdying();
    rt_dying_printing = 1;
    rt_prints("panic: ");
    rt_printstring(p, n);
    rt_prints("\n");
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
