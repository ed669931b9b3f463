/* backend_rt.c - a minimal stand-in runtime so tests/backend_test.sh can run
 * the compiler's output before the real runtime is linked in: the print
 * functions, string helpers and panics that compiled code calls (System V,
 * docs/abi.md §2), a fake g in R14 whose stack guard never triggers, and a
 * trampoline that calls Go functions (ABIInternal) from C. Compiled with
 * -ffixed-r14 so C never touches g. Go's print builtins write to stderr. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct GoString {
    const char *p;
    int64_t n;
} GoString;

struct { uintptr_t lo, hi, stackguard0, stackguard1; } fake_g;

static void out(const char *p, size_t n) {
    if (n && write(2, p, n) < 0)
        exit(3);
}

void rt_printlock(void) __asm__("runtime.printlock");
void rt_printlock(void) {}
void rt_printunlock(void) __asm__("runtime.printunlock");
void rt_printunlock(void) {}
void rt_printstring(const char *p, int64_t n) __asm__("runtime.printstring");
void rt_printstring(const char *p, int64_t n) { out(p, (size_t)n); }
void rt_printsp(void) __asm__("runtime.printsp");
void rt_printsp(void) { out(" ", 1); }
void rt_printnl(void) __asm__("runtime.printnl");
void rt_printnl(void) { out("\n", 1); }
void rt_printint(int64_t v) __asm__("runtime.printint");
void rt_printint(int64_t v) {
    char b[32];
    out(b, (size_t)snprintf(b, sizeof b, "%lld", (long long)v));
}
void rt_printuint(uint64_t v) __asm__("runtime.printuint");
void rt_printuint(uint64_t v) {
    char b[32];
    out(b, (size_t)snprintf(b, sizeof b, "%llu", (unsigned long long)v));
}
void rt_printbool(int64_t v) __asm__("runtime.printbool");
void rt_printbool(int64_t v) { v ? out("true", 4) : out("false", 5); }

static _Noreturn void panic(const char *msg) {
    out("panic: ", 7);
    out(msg, strlen(msg));
    out("\n\ngoroutine 1 [running]:\n", 25);
    exit(2);
}
_Noreturn void rt_panicdivide(void) __asm__("runtime.panicdivide");
void rt_panicdivide(void) { panic("runtime error: integer divide by zero"); }
_Noreturn void rt_panicshift(void) __asm__("runtime.panicshift");
void rt_panicshift(void) { panic("runtime error: negative shift amount"); }
_Noreturn void rt_panicIndex(int64_t x, int64_t y) __asm__("runtime.panicIndex");
void rt_panicIndex(int64_t x, int64_t y) {
    char b[128];
    snprintf(b, sizeof b, "runtime error: index out of range [%lld] with length %lld", (long long)x, (long long)y);
    panic(b);
}
_Noreturn void rt_morestack(void) __asm__("runtime.morestack_noctxt");
void rt_morestack(void) { panic("morestack called"); }

GoString rt_concat(const char *a, int64_t an, const char *b, int64_t bn) __asm__("runtime.concatstring2");
GoString rt_concat(const char *a, int64_t an, const char *b, int64_t bn) {
    char *p = malloc((size_t)(an + bn) + 1);
    memcpy(p, a, (size_t)an);
    memcpy(p + an, b, (size_t)bn);
    return (GoString){p, an + bn};
}
int64_t rt_cmpstring(const char *a, int64_t an, const char *b, int64_t bn) __asm__("runtime.cmpstring");
int64_t rt_cmpstring(const char *a, int64_t an, const char *b, int64_t bn) {
    int c = memcmp(a, b, (size_t)(an < bn ? an : bn));
    if (c)
        return c < 0 ? -1 : 1;
    return an < bn ? -1 : an > bn;
}

/* callgo(fn): System V callable; calls the ABIInternal func() at fn with
 * R14 = g and X15 = 0, keeping the callee-saved registers. */
void callgo(void *fn);
__asm__(".text\n.globl callgo\ncallgo:\n"
        "push %rbx\npush %rbp\npush %r12\npush %r13\npush %r14\npush %r15\nsub $8, %rsp\n"
        "lea fake_g(%rip), %r14\nxorps %xmm15, %xmm15\ncall *%rdi\n"
        "add $8, %rsp\npop %r15\npop %r14\npop %r13\npop %r12\npop %rbp\npop %rbx\nret\n");

extern uint64_t main_inittask[] __asm__("main..inittask");
extern char main_main[] __asm__("main.main");

int main(void) {
    (void)fake_g;
    for (uint64_t i = 0; i < main_inittask[2]; i++)
        callgo((void *)main_inittask[3 + main_inittask[1] + i]);
    callgo(main_main);
    return 0;
}
