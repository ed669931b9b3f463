/* signal_linux.c - hardware faults become Go panics.
 *
 * SIGSEGV, SIGBUS and SIGFPE are caught on a per-M alternate signal stack.
 * A fault on a user goroutine (outside runtime locks) is reported as Go
 * reports it: a nil dereference (fault address below 4096) as the panic
 * "invalid memory address or nil pointer dereference", another address as
 * "unexpected fault address" + fatal error "fault", an integer division
 * fault as "integer divide by zero"; each followed by Go's
 * "[signal SIGSEGV: segmentation violation code=... addr=... pc=...]" line.
 * Faults elsewhere are "unexpected signal during runtime execution".
 * Faults that are Go panics (nil dereference, integer division) are
 * injected into the faulting goroutine as a call of runtime.sigpanic0
 * (rtlang: g.sig* record the signal), so deferred calls run and recover
 * works; the rest is reported here, and the process exits (status 2). */
#include "runtime.h"

#define RT_SIGBUS 7
#define RT_SIGFPE 8
#define RT_SIGSEGV 11
#define RT_SA_SIGINFO 0x4
#define RT_SA_ONSTACK 0x08000000
#define RT_SA_RESTORER 0x04000000
#define RT_SIGSTACK_SIZE (32 * 1024)
#define RT_FPE_INTDIV 1
#define RT_FPE_INTOVF 2
#define RT_SI_USER 0
#define RT_BUS_ADRERR 2
#define RT_REG_RBP 10           /* indexes in mcontext.gregs */
#define RT_REG_RSP 15
#define RT_REG_RIP 16

/* The kernel's struct sigaction and stack_t (x86-64). */
struct rt_ksigaction {
    void *handler;
    uint64_t flags;
    void *restorer;
    uint64_t mask;
};

struct rt_kstack {
    void *sp;
    int32_t flags;
    int32_t pad;
    uintptr size;
};

/* The parts of siginfo_t and ucontext_t the handler reads. */
struct rt_ksiginfo {
    int32_t signo, errno_, code, pad;
    uintptr addr;
};

struct rt_kucontext {
    uint64_t flags;
    void *link;
    struct rt_kstack stack;
    uint64_t gregs[23];
};

long rt_sys_rt_sigaction(int sig, const struct rt_ksigaction *act, struct rt_ksigaction *old, uintptr size)
    __asm__("runtime.sys_rt_sigaction");
long rt_sys_sigaltstack(const struct rt_kstack *ss, struct rt_kstack *old) __asm__("runtime.sys_sigaltstack");
extern char rt_sigtramp[] __asm__("runtime.sigtramp");
extern char rt_sigreturn[] __asm__("runtime.sigreturn");

/* Install the handlers (once, from schedinit). */
void rt_initsig(void) {
    static const int sigs[] = {RT_SIGSEGV, RT_SIGBUS, RT_SIGFPE};
    struct rt_ksigaction sa = {
        .handler = rt_sigtramp,
        .flags = RT_SA_SIGINFO | RT_SA_ONSTACK | RT_SA_RESTORER,
        .restorer = rt_sigreturn,
        .mask = ~(uint64_t)0,
    };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (rt_sys_rt_sigaction(sigs[i], &sa, NULL, sizeof sa.mask) < 0)
            rt_fatal("runtime: cannot install signal handler");
}

/* Give the calling thread (M) its alternate signal stack. */
void rt_minit(void) {
    struct rt_kstack ss = {.sp = rt_sysalloc(RT_SIGSTACK_SIZE), .size = RT_SIGSTACK_SIZE};
    if (rt_sys_sigaltstack(&ss, NULL) < 0)
        rt_fatal("runtime: cannot set signal stack");
}

static const char *rt_signame(int sig) {
    switch (sig) {
    case RT_SIGSEGV:
        return "SIGSEGV: segmentation violation";
    case RT_SIGBUS:
        return "SIGBUS: bus error";
    case RT_SIGFPE:
        return "SIGFPE: floating-point exception";
    default:
        return "?";
    }
}

/* Can the fault be turned into a panic of the interrupted goroutine? */
static int rt_canpanic(void) {
    struct g *gp = g;
    if (gp == NULL || gp->m == NULL || gp != gp->m->curg)
        return 0;
    if (gp->m->locks != 0 || gp->m->mallocing != 0)
        return 0;
    return __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) == const__Grunning;
}

void rt_sighandler(int sig, struct rt_ksiginfo *info, struct rt_kucontext *ctx)
    __asm__("runtime.sighandler");
extern char rt_sigpanic0[] __asm__("runtime.sigpanic0");

/* Is this fault a Go panic (not a fatal error)? */
static int rt_ispanicfault(int sig, struct rt_ksiginfo *info) {
    if (sig == RT_SIGFPE)
        return 1;
    return info->code == RT_SI_USER || (sig == RT_SIGSEGV && info->addr < 0x1000) ||
           (sig == RT_SIGBUS && info->code == RT_BUS_ADRERR && info->addr < 0x1000);
}

void rt_sighandler(int sig, struct rt_ksiginfo *info, struct rt_kucontext *ctx) {
    if (rt_canpanic() && rt_ispanicfault(sig, info)) {
        /* make the goroutine call sigpanic0 as if from the faulting PC */
        struct g *gp = g;
        gp->sig = (uint32_t)sig;
        gp->sigcode0 = (uintptr)(intptr_t)info->code;
        gp->sigcode1 = info->addr;
        gp->sigpc = ctx->gregs[RT_REG_RIP];
        gp->sigsp = ctx->gregs[RT_REG_RSP];
        gp->sigbp = ctx->gregs[RT_REG_RBP];
        ctx->gregs[RT_REG_RSP] -= 8;
        *(uint64_t *)ctx->gregs[RT_REG_RSP] = ctx->gregs[RT_REG_RIP];
        ctx->gregs[RT_REG_RIP] = (uint64_t)(uintptr)rt_sigpanic0;
        return;
    }
    rt_startdying();    /* before rt_panicsig: one M reports */
    struct rt_sigstate *s = &rt_panicsig;
    s->name = rt_signame(sig);
    s->code = (uintptr)(intptr_t)info->code;
    s->addr = info->addr;
    s->pc = ctx->gregs[RT_REG_RIP];
    s->sp = ctx->gregs[RT_REG_RSP];
    s->bp = ctx->gregs[RT_REG_RBP];
    if (!rt_canpanic())
        rt_fatal("unexpected signal during runtime execution");
    if (sig == RT_SIGFPE) {
        if (info->code == RT_FPE_INTDIV)
            rt_panicmsg("integer divide by zero");
        if (info->code == RT_FPE_INTOVF)
            rt_panicmsg("integer overflow");
        rt_panicmsg("floating point error");
    }
    if (info->code == RT_SI_USER || (sig == RT_SIGSEGV && info->addr < 0x1000) ||
        (sig == RT_SIGBUS && info->code == RT_BUS_ADRERR && info->addr < 0x1000))
        rt_panicmsg("invalid memory address or nil pointer dereference");
    rt_prints("unexpected fault address ");
    rt_printhex(info->addr);
    rt_prints("\n");
    rt_fatal("fault");
}
