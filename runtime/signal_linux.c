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
#define RT_SIGURG 23
#define RT_SA_RESTART 0x10000000
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
    sa.flags |= RT_SA_RESTART;      /* the preemption signal must not disturb system calls */
    if (rt_sys_rt_sigaction(RT_SIGURG, &sa, NULL, sizeof sa.mask) < 0)
        rt_fatal("runtime: cannot install signal handler");
}

/* ---- asynchronous preemption (for stop-the-world, sched.c)
 *
 * A goroutine that loops without calls never reaches a prologue, so the
 * stopping M also sends its thread SIGURG. If the signal interrupted Go
 * code (a function with a package name outside the runtime; such code
 * never uses the red zone below SP) of the M's current goroutine, outside
 * runtime locks, and a stop was requested (stackguard0 = _StackPreempt),
 * the handler makes the goroutine call runtime.asyncpreempt at the
 * interrupted pc: it saves the flags and enters morestack, which saves
 * every register on the goroutine's stack and lets newstack yield; the
 * goroutine later resumes exactly where it was. */
__asm__(".text\n"
        ".globl runtime.asyncpreempt\n"
        ".type runtime.asyncpreempt, @function\n"
        "runtime.asyncpreempt:\n"
        "\tpushfq\n"
        "\tcall runtime.morestack\n"
        "\tpopfq\n"
        "\tret\n"
        ".size runtime.asyncpreempt, .-runtime.asyncpreempt\n");
extern char rt_asyncpreempt[] __asm__("runtime.asyncpreempt");

void rt_signalpreempt(struct m *mp) {
    if (mp->procid)
        rt_sys_tgkill(rt_sys_getpid(), (long)mp->procid, RT_SIGURG);
}

static int rt_asyncsafe(uintptr pc) {
    const char *name = rt_funcname(pc);
    if (!name || (name[0] == 'r' && name[1] == 'u' && name[2] == 'n' && name[3] == 't' && name[4] == 'i' &&
                  name[5] == 'm' && name[6] == 'e' && name[7] == '.'))
        return 0;
    for (; *name; name++)
        if (*name == '.')
            return 1;
    return 0;   /* a C helper of the runtime */
}

static void rt_sigpreempt(struct rt_kucontext *ctx) {
    struct g *gp = g;
    if (gp == NULL || gp->m == NULL || gp != gp->m->curg || gp->m->locks || gp->m->mallocing)
        return;
    if (__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) != const__Grunning ||
        __atomic_load_n(&gp->stackguard0, __ATOMIC_ACQUIRE) != (uintptr)const__StackPreempt)
        return;
    uintptr pc = ctx->gregs[RT_REG_RIP], sp = ctx->gregs[RT_REG_RSP];
    if (!rt_asyncsafe(pc) || sp < gp->stack.lo + 1024 || sp > gp->stack.hi)
        return;
    sp -= 8;
    *(uintptr *)sp = pc;        /* as if the code had called asyncpreempt */
    ctx->gregs[RT_REG_RSP] = sp;
    ctx->gregs[RT_REG_RIP] = (uintptr)rt_asyncpreempt;
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
    if (sig == RT_SIGURG) {
        rt_sigpreempt(ctx);
        return;
    }
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
