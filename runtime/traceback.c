/* traceback.c - the goroutine list printed by panics and fatal errors.
 *
 * For each goroutine Go prints "goroutine N [status]:" and then its stack,
 * one frame per function: "pkg.f(...)" and "\tfile:line +0xOFF" (the
 * function table and line tables of docs/pcln.md), and "created by
 * pkg.g" with the position of the go statement. Frames are found through
 * the frame-pointer chain (compiled code, our assembly and the C runtime
 * all keep BP frames); the walk stops at goexit, mstart or rt0_go.
 *
 * Differences from Go (documented in runtime/README.md): arguments are not
 * known, so every frame prints "(...)"; a frameless leaf function (no BP
 * slot) is only found when it is the innermost frame of a signal (its
 * return address is then at SP); C helpers of the runtime (names without
 * a dot) are never shown.
 *
 * GOTRACEBACK: none (no stacks), single (default: the current goroutine
 * for panics, runtime frames hidden), all (every goroutine), system and
 * crash (every goroutine, runtime frames shown). Fatal errors (throw)
 * show every goroutine with runtime frames, as Go does; the program's own
 * fatal errors (deadlock: Go's fatal()) hide them. */
#include "runtime.h"

#define RT_MAXFRAMES 100

int32_t rt_fatal_isuser;

/* The texts of Go's waitReason values, indexed by RT_WAIT_*. */
static const char *const rt_waitreason_texts[RT_WAIT_COUNT] = {
    [RT_WAIT_ZERO] = "",
    [RT_WAIT_SELECT_NO_CASES] = "select (no cases)",
    [RT_WAIT_CHAN_RECEIVE] = "chan receive",
    [RT_WAIT_CHAN_SEND] = "chan send",
    [RT_WAIT_SELECT] = "select",
    [RT_WAIT_SLEEP] = "sleep",
    [RT_WAIT_SEMACQUIRE] = "semacquire",
    [RT_WAIT_CHAN_RECEIVE_NIL] = "chan receive (nil chan)",
    [RT_WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
    [RT_WAIT_SYNC_COND_WAIT] = "sync.Cond.Wait",
    [RT_WAIT_FINALIZER_WAIT] = "finalizer wait",
};

const char *rt_waitreason_string(int32_t reason) {
    if (reason < 0 || reason >= RT_WAIT_COUNT)
        return "?";
    return rt_waitreason_texts[reason];
}

static const char *rt_status_string(struct g *gp) {
    switch (__atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE)) {
    case const__Gidle:
        return "idle";
    case const__Grunnable:
        return "runnable";
    case const__Grunning:
        return "running";
    case const__Gsyscall:
        return "syscall";
    case const__Gwaiting:
        return rt_waitreason_string(gp->waitreason);
    default:
        return "???";
    }
}

static void rt_goroutineheader(struct g *gp) {
    rt_prints("\ngoroutine ");
    rt_printint(gp->goid);
    rt_prints(" [");
    rt_prints(rt_status_string(gp));
    rt_prints("]:\n");
}

/* ---- the function table */

intptr_t rt_findfunc(uintptr pc) {
    intptr_t lo = 0, hi = (intptr_t)rt_functab.n - 1;
    while (lo <= hi) {
        intptr_t mid = (lo + hi) / 2;
        if (pc < rt_functab.f[mid].entry)
            hi = mid - 1;
        else if (pc >= rt_functab.f[mid].end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

/* The name of the function holding pc, or NULL. */
const char *rt_funcname(uintptr pc) {
    intptr_t i = rt_findfunc(pc);
    return i < 0 ? NULL : rt_functab.f[i].name;
}

static uintptr rt_uleb(const uint8_t **p) {
    uintptr r = 0;
    int s = 0;
    uint8_t c;
    do {
        c = *(*p)++;
        r |= (uintptr)(c & 0x7f) << s;
        s += 7;
    } while (c & 0x80);
    return r;
}

static intptr_t rt_sleb(const uint8_t **p) {
    intptr_t r = 0;
    int s = 0;
    uint8_t c;
    do {
        c = *(*p)++;
        r |= (intptr_t)(c & 0x7f) << s;
        s += 7;
    } while (c & 0x80);
    if (s < 64 && (c & 0x40))
        r |= -((intptr_t)1 << s);
    return r;
}

/* file:line of pc in function i (docs/pcln.md §3); 0 without line data. */
int rt_pcline(intptr_t i, uintptr pc, const char **file, intptr_t *line) {
    const struct rt_funclines *x = &RT_FUNCLINES[i];
    if (!x->lines)
        return 0;
    const uint8_t *p = x->lines;
    uintptr n = rt_uleb(&p), at = rt_functab.f[i].entry;
    intptr_t l = 0;
    int found = 0;
    for (uintptr k = 0; k < n; k++) {
        at += rt_uleb(&p);
        uintptr f = rt_uleb(&p);
        l += rt_sleb(&p);
        if (at > pc)
            break;
        *file = x->files[f];
        *line = l;
        found = 1;
    }
    return found;
}

static int rt_hasprefix(const char *s, const char *p) {
    while (*p)
        if (*s++ != *p++)
            return 0;
    return 1;
}

/* Go's showframe: names with a package; runtime.* only at level 2,
 * except exported ones (runtime.Gosched). */
/* Is name a wrapper the compiler made for a go or defer statement
 * (pkg.f.gowrapN, pkg.f.deferwrapN)? Go elides its wrappers too. */
static int rt_iswrapper(const char *name) {
    const char *last = NULL;
    for (const char *q = name; *q; q++)
        if (*q == '.')
            last = q + 1;
    if (!last)
        return 0;
    const char *w = rt_hasprefix(last, "gowrap") ? last + 6 : rt_hasprefix(last, "deferwrap") ? last + 9 : NULL;
    if (!w || !*w)
        return 0;
    for (; *w; w++)
        if (*w < '0' || *w > '9')
            return 0;
    return 1;
}

static int rt_showname(const char *name, int level) {
    const char *dot = name;
    while (*dot && *dot != '.')
        dot++;
    if (!*dot || rt_iswrapper(name))
        return 0;
    if (!rt_hasprefix(name, "runtime."))
        return 1;
    return level >= 2 || (name[8] >= 'A' && name[8] <= 'Z');
}

static int rt_streq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* The bottom frames of every goroutine and M (Go stops at the same). */
static int rt_isstopfunc(const char *name) {
    return rt_streq(name, "runtime.goexit") || rt_streq(name, "runtime.mstart") ||
           rt_streq(name, "runtime.rt0_go");
}

/* "name(...)" and "\tfile:line +0xOFF"; pc is exact (innermost) or a
 * return address (then the line is the CALL's, at pc - 1). */
static void rt_printframe(intptr_t i, uintptr pc, int exact, int parens) {
    const char *file = "?";
    intptr_t line = 0;
    rt_prints(rt_functab.f[i].name);
    rt_prints(parens ? "(...)\n" : "\n");
    if (rt_pcline(i, exact ? pc : pc - 1, &file, &line)) {
        rt_prints("\t");
        rt_prints(file);
        rt_prints(":");
        rt_printint(line);
        rt_prints(" +");
        rt_printhex(pc - rt_functab.f[i].entry);
        rt_prints("\n");
    }
}

/* Does function i have its BP frame set up at pc? Looks for the
 * prologue's "MOVQ BP, n(SP); LEAQ n(SP), BP" (our assembler) or "PUSHQ BP;
 * MOVQ SP, BP" (gcc) before pc. */
static int rt_framesetup(intptr_t i, uintptr pc) {
    const uint8_t *c = (const uint8_t *)rt_functab.f[i].entry;
    uintptr n = pc - rt_functab.f[i].entry;
    if (n > 48)
        n = 48;
    for (uintptr k = 0; k + 4 <= n; k++) {
        if (c[k] == 0x55 && c[k + 1] == 0x48 && c[k + 2] == 0x89 && c[k + 3] == 0xe5)
            return k + 4 <= pc - rt_functab.f[i].entry;
        if (c[k] == 0x48 && c[k + 1] == 0x8d && c[k + 2] == 0x6c && c[k + 3] == 0x24)
            return k + 5 <= pc - rt_functab.f[i].entry;
        if (c[k] == 0x48 && c[k + 1] == 0x8d && c[k + 2] == 0xac && c[k + 3] == 0x24)
            return k + 8 <= pc - rt_functab.f[i].entry;
    }
    return 0;
}

/* Print the frames of gp starting at pc (exact if innermost), with the
 * frame-pointer chain from bp; sp (if not 0) is the innermost SP, for a
 * frameless innermost function. */
static void rt_traceback(struct g *gp, uintptr pc, uintptr sp, uintptr bp, int exact, int level) {
    int shown = 0;
    for (int depth = 0; depth < 1000; depth++) {
        intptr_t i = rt_findfunc(exact ? pc : pc - 1);
        if (i >= 0) {
            const char *name = rt_functab.f[i].name;
            if (rt_isstopfunc(name))
                break;
            if (rt_showname(name, level)) {
                if (shown++ == RT_MAXFRAMES) {
                    rt_prints("...additional frames elided...\n");
                    break;
                }
                rt_printframe(i, pc, exact, 1);
            }
            if (exact && sp && !rt_framesetup(i, pc)) {     /* frameless: return address at SP */
                pc = *(uintptr *)sp;
                exact = 0;
                sp = 0;
                continue;
            }
        }
        int seg = bp && (bp & 7) == 0 ? rt_stack_seg(gp, bp, 16) : 0;
        if (seg == 0)
            break;
        uintptr next = ((uintptr *)bp)[0];
        pc = rt_stack_retpc(gp, ((uintptr *)bp)[1]);
        if (next != 0 && next <= bp && rt_stack_seg(gp, next, 16) == seg)
            break;      /* the chain must go up the stack (or on to the small segment) */
        bp = next;
        exact = 0;
        sp = 0;
    }
}

/* "created by pkg.f" and the position of the go statement. */
static void rt_createdby(struct g *gp, int level) {
    intptr_t i = gp->gopc ? rt_findfunc(gp->gopc - 1) : -1;
    if (i < 0 || gp->goid == 1 || !rt_showname(rt_functab.f[i].name, level))
        return;
    rt_prints("created by ");
    rt_printframe(i, gp->gopc, 0, 0);
}

extern char rt_morestackret[] __asm__("runtime.morestackret");
extern char rt_mcallret[] __asm__("runtime.mcallret");

/* A goroutine that is not running: from its saved context. */
static void rt_traceback_saved(struct g *gp, int level) {
    uintptr pc = gp->sched.pc, sp = gp->sched.sp, bp = gp->sched.bp;
    if (pc == (uintptr)rt_morestackret) {
        /* Stopped in a prologue: the retry point and the return address
         * sit above the registers morestack saved (stack.c). */
        uintptr *top = (uintptr *)(sp + const__MoreStackSave);
        const char *via = rt_funcname(top[0]);
        if (via && rt_streq(via, "runtime.asyncpreempt")) {
            /* Interrupted by SIGURG (signal_linux.c): above the retry
             * point come the flags, the interrupted pc and its SP. */
            rt_traceback(gp, top[2], (uintptr)&top[3], bp, 1, level);
            return;
        }
        intptr_t i = rt_findfunc(top[0]);
        if (i >= 0 && rt_showname(rt_functab.f[i].name, level))
            rt_printframe(i, top[0], 1, 1);
        pc = rt_stack_retpc(gp, top[1]);
        rt_traceback(gp, pc, 0, bp, 0, level);
        return;
    }
    /* Parked by mcall: sched.sp holds the callee-saved registers it
     * pushed (5 words) and then its return address, in the parking C code. */
    if (pc == (uintptr)rt_mcallret) {
        rt_traceback(gp, ((uintptr *)sp)[5], 0, bp, 0, level);
        return;
    }
    rt_traceback(gp, pc, 0, bp, 1, level);
}

static int rt_tracebacklevel(int *all) {
    const char *e = rt_getenv("GOTRACEBACK");
    *all = 0;
    if (!e || !*e || rt_streq(e, "single"))
        return 1;
    if (rt_streq(e, "none") || rt_streq(e, "0"))
        return 0;
    *all = 1;
    if (rt_streq(e, "all") || rt_streq(e, "1"))
        return 1;
    return 2;   /* system, crash, 2 */
}

/* The current goroutine: from the signal context if a signal caused the
 * failure, else from here (the failing runtime function's own frames are
 * C helpers and hidden). */
static __attribute__((noinline)) void rt_traceback_current(struct g *gp, int level) {
    if (rt_panicsig.name && rt_panicsig.sp >= gp->stack.lo && rt_panicsig.sp < gp->stack.hi) {
        rt_traceback(gp, rt_panicsig.pc, rt_panicsig.sp, rt_panicsig.bp, 1, level);
        return;
    }
    uintptr bp = (uintptr)__builtin_frame_address(0);
    rt_traceback(gp, ((uintptr *)bp)[1], 0, ((uintptr *)bp)[0], 0, level);
}

/* The current goroutine, then (for fatal errors, or GOTRACEBACK=all)
 * every other live goroutine in creation order. */
void rt_dumpgoroutines(int panicking) {
    int all, level = rt_tracebacklevel(&all);
    if (!panicking) {   /* throw: runtime frames too, unless the error is the program's */
        all = 1;
        if (level < 2 && !rt_fatal_isuser)
            level = 2;
    }
    if (level == 0)
        return;
    struct g *cur = g->m ? g->m->curg : NULL;
    if (cur) {
        rt_goroutineheader(cur);
        if (g == cur || g == g->m->gsignal || rt_panicsig.name)
            rt_traceback_current(cur, level);
        else if (cur->sched.sp)
            rt_traceback_saved(cur, level);
        rt_createdby(cur, level);
    }
    if (!all && cur)
        return;
    for (struct g *gp = rt_sched.allg; gp; gp = gp->alllink) {
        uint32_t st = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
        if (gp == cur || st == const__Gdead || (level < 2 && rt_isfing_idle(gp)))
            continue;
        rt_goroutineheader(gp);
        if (st == const__Grunning || gp->sched.sp == 0)
            rt_prints("\tgoroutine running on other thread; stack unavailable\n");
        else
            rt_traceback_saved(gp, level);
        rt_createdby(gp, level);
    }
}
