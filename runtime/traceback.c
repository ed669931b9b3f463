/* traceback.c - the goroutine list printed by panics and fatal errors.
 *
 * For each goroutine Go prints "goroutine N [status]:" followed by its
 * stack trace. The headers are printed here in Go's format and order (the
 * current goroutine first); unwinding the stacks into "pkg.f(...)" and
 * "\tfile:line" lines needs the function table, which is later work. */
#include "runtime.h"

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

/* The current goroutine, then (unless panicking, where Go shows only the
 * current one) every other live goroutine in creation order. */
void rt_dumpgoroutines(int panicking) {
    struct g *cur = g->m ? g->m->curg : NULL;
    if (cur)
        rt_goroutineheader(cur);
    if (panicking && cur)
        return;
    for (struct g *gp = rt_sched.allg; gp; gp = gp->alllink) {
        if (gp == cur || __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) == const__Gdead)
            continue;
        rt_goroutineheader(gp);
    }
}
