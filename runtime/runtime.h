/* runtime.h - the header every C file of the runtime includes.
 *
 * The C runtime is compiled freestanding with -ffixed-r14: R14 holds the
 * current g (docs/abi.md), read here through the global register variable
 * `g`. Structure layouts (struct g, m, p, gobuf, ...) and constants
 * (const__Gidle, ...) come from runtime_defs.h, which the compiler writes
 * from runtime2.go; no offset is written by hand.
 *
 * Functions that compiled Go code calls get their Go symbol name with an asm
 * label (`__asm__("runtime.printstring")`) and take their arguments in the
 * System V order; a Go string arrives as two words (pointer, length). */
#ifndef RUNTIME_RUNTIME_H
#define RUNTIME_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "runtime_defs.h"

register struct g *g __asm__("r14");

typedef uintptr_t uintptr;

/* A Go string value; returned from C in RAX:RDX. */
typedef struct rt_string {
    const uint8_t *p;
    intptr_t n;
} rt_string;

#define RT_STR(lit) ((rt_string){(const uint8_t *)(lit), sizeof(lit) - 1})

/* ---- raw system calls (sys_linux_amd64.s); results are -errno on failure */
long rt_sys_read(int fd, void *p, long n) __asm__("runtime.sys_read");
long rt_sys_write(int fd, const void *p, long n) __asm__("runtime.sys_write");
long rt_sys_mmap(void *addr, uintptr n, int prot, int flags, int fd, long off)
    __asm__("runtime.sys_mmap");
long rt_sys_munmap(void *addr, uintptr n) __asm__("runtime.sys_munmap");
long rt_sys_madvise(void *addr, uintptr n, int advice) __asm__("runtime.sys_madvise");
long rt_sys_sched_yield(void) __asm__("runtime.sys_sched_yield");
long rt_sys_nanosleep(const void *req, void *rem) __asm__("runtime.sys_nanosleep");
long rt_sys_getpid(void) __asm__("runtime.sys_getpid");
long rt_sys_gettid(void) __asm__("runtime.sys_gettid");
long rt_sys_tgkill(long pid, long tid, int sig) __asm__("runtime.sys_tgkill");
long rt_sys_futex(void *addr, int op, uint32_t val, const void *ts, void *addr2, uint32_t val3)
    __asm__("runtime.sys_futex");
long rt_sys_sched_getaffinity(long pid, uintptr len, void *buf)
    __asm__("runtime.sys_sched_getaffinity");
long rt_sys_clock_gettime(int clock, void *ts) __asm__("runtime.sys_clock_gettime");
_Noreturn void rt_sys_exit_group(int code) __asm__("runtime.sys_exit_group");
_Noreturn void rt_sys_exit(int code) __asm__("runtime.sys_exit");

#define RT_PROT_READ 1
#define RT_PROT_WRITE 2
#define RT_MAP_PRIVATE 0x02
#define RT_MAP_ANONYMOUS 0x20
#define RT_MAP_NORESERVE 0x4000
#define RT_MADV_DONTNEED 4
#define RT_MADV_NOHUGEPAGE 15
#define RT_EINTR 4

/* ---- goroutine switches and the C->Go trampoline (asm_amd64.s) */
_Noreturn void rt_gogo(struct gobuf *buf) __asm__("runtime.gogo");
void rt_mcall(void (*fn)(struct g *gp)) __asm__("runtime.mcall");
void rt_systemstack(void (*fn)(void *arg), void *arg) __asm__("runtime.systemstack");
void rt_gocall(struct funcval *fn) __asm__("runtime.gocall");
_Noreturn void rt_abort(void) __asm__("runtime.abort");
extern char rt_goexit[] __asm__("runtime.goexit");

/* ---- memory (mem.c, malloc.c) */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *p, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *rt_mallocgc(uintptr size);           /* zeroed heap memory, scanned conservatively */
void *rt_mallocgc_noscan(uintptr size);    /* zeroed heap memory without pointers (never scanned) */
void *rt_persistentalloc(uintptr size);    /* zeroed, never freed */
void *rt_sysalloc(uintptr size);           /* fresh zeroed pages from the OS */
void *rt_sysgrow(void *old, uintptr n, uintptr *cap, uintptr size, uintptr first);  /* off-heap array */
extern uintptr rt_zerobase __asm__("runtime.zerobase");

/* ---- printing and failures (print.c, panic.c) */
void rt_printlock(void) __asm__("runtime.printlock");
void rt_printunlock(void) __asm__("runtime.printunlock");
void rt_printstring(const uint8_t *p, intptr_t n) __asm__("runtime.printstring");
void rt_printint(int64_t v) __asm__("runtime.printint");
void rt_printuint(uint64_t v) __asm__("runtime.printuint");
void rt_printhex(uint64_t v) __asm__("runtime.printhex");
void rt_printbool(uintptr v) __asm__("runtime.printbool");
void rt_printfloat(double v) __asm__("runtime.printfloat");
void rt_printpointer(void *p) __asm__("runtime.printpointer");
void rt_printsp(void) __asm__("runtime.printsp");
void rt_printnl(void) __asm__("runtime.printnl");
void rt_prints(const char *s);             /* print a C string */
_Noreturn void rt_throw(const uint8_t *p, intptr_t n) __asm__("runtime.throw");
_Noreturn void rt_fatal(const char *msg);  /* throw with a C string */
_Noreturn void rt_exit(int code);
_Noreturn void rt_panicmsg(const char *msg);  /* panic: runtime error: MSG */
void rt_startdying(void);                  /* first step of every fatal path */

/* The signal that caused the current panic or fatal error, if any: Go
 * prints "[signal NAME code=... addr=... pc=...]" after the message. */
struct rt_sigstate {
    const char *name;           /* NULL: not from a signal */
    uintptr code, addr, pc;
    uintptr sp, bp;             /* of the interrupted code: tracebacks start there */
};
extern struct rt_sigstate rt_panicsig;
void rt_initsig(void);                     /* install the fault handlers */
void rt_signalpreempt(struct m *mp);       /* SIGURG: async preemption (stop-the-world) */
const char *rt_funcname(uintptr pc);       /* traceback.c: runtime.functab lookup */

/* The linker's function table (docs/pcln.md): entries sorted by address,
 * then one rt_funclines per entry. traceback.c reads it; symtab.c gives it
 * to Go (runtime.Callers, FuncForPC). */
struct rt_func {
    uintptr entry, end;
    const char *name;
};
struct rt_funclines {
    const uint8_t *lines;
    const char *const *files;
};
extern const struct {
    uint64_t n;
    struct rt_func f[];
} rt_functab __asm__("runtime.functab");
#define RT_FUNCLINES ((const struct rt_funclines *)&rt_functab.f[rt_functab.n])
intptr_t rt_findfunc(uintptr pc);          /* index of the function holding pc, or -1 */
int rt_pcline(intptr_t i, uintptr pc, const char **file, intptr_t *line); /* 0: no line data */
void rt_minit(void);                       /* per-M signal stack */

/* ---- scheduler (proc.c) and stacks (stack.c) */
extern struct g rt_g0 __asm__("runtime.g0");
extern struct m rt_m0 __asm__("runtime.m0");
extern struct schedt rt_sched __asm__("runtime.sched");
extern struct p *rt_allp[const__MaxProcs] __asm__("runtime.allp");

/* Why a goroutine waits (g.waitreason); the texts are Go's. */
enum {
    RT_WAIT_ZERO,
    RT_WAIT_SELECT_NO_CASES,
    RT_WAIT_CHAN_RECEIVE,
    RT_WAIT_CHAN_SEND,
    RT_WAIT_SELECT,
    RT_WAIT_SLEEP,
    RT_WAIT_SEMACQUIRE,
    RT_WAIT_CHAN_RECEIVE_NIL,   /* chan.c */
    RT_WAIT_CHAN_SEND_NIL,
    RT_WAIT_SYNC_COND_WAIT,
    RT_WAIT_FINALIZER_WAIT,     /* mfinal.c */
    RT_WAIT_COUNT
};
const char *rt_waitreason_string(int32_t reason);
void rt_globrunqput(struct g *gp);         /* runq.c */
struct g *rt_globrunqget(void);
struct g *rt_globrunqget_locked(void);
void rt_runqput(struct p *pp, struct g *gp, int next);
struct g *rt_runqget(struct p *pp);
struct g *rt_runqsteal(struct p *self);
int rt_runqempty(struct p *pp);
_Noreturn void rt_schedule(void);          /* sched.c: on g0, never returns */
void rt_wakep(void);
struct p *rt_pidleget(void);               /* sched.c; callers hold sched.lock */
void rt_acquirep(struct p *pp);
void rt_stopm(void);
void rt_handoffp(struct p *pp);
void rt_entersyscall(void);                /* proc.c: around blocking system calls */
void rt_exitsyscall(void);
void rt_newm(int64_t id, struct p *pp, int spinning, void (*fn)(void));
void rt_startsysmon(void);                 /* sysmon.c */
int32_t rt_timers_pending(void);           /* timer.c */
int32_t rt_runtimers(int64_t now);
void rt_timers_quiesce(void);              /* stop-the-world: wait for sysmon's timer functions */
void rt_sysmon_sleep(int64_t max_ns);
extern int32_t rt_mainstarted;
void rt_gopark(int32_t reason);            /* block the current g */
void rt_goparkunlock(uint32_t *lock, int32_t reason);
void rt_goparkfn(void (*unlockf)(void *arg), void *arg, int32_t reason);
void rt_goready(struct g *gp);             /* make a parked g runnable */
int rt_isfing_idle(const struct g *gp);    /* mfinal.c: the idle finalizer goroutine */
int32_t rt_fing_idlecount(void);
/* ---- channels (chan.c), shared with select.c */
int rt_chansend(struct hchan *c, void *ep, int block);
int rt_chanrecv(struct hchan *c, void *ep, int block, int *received);
void rt_chan_preemptcheck(void);   /* chan.c: yield if sysmon asked (entry points are C, no prologue) */
_Noreturn void rt_panicplain(const char *msg);  /* panic: MSG (a runtime plainError) */
struct sudog *rt_waitq_dequeue(struct waitq *q);
void rt_waitq_enqueue(struct waitq *q, struct sudog *sg);
void rt_waitq_remove(struct waitq *q, struct sudog *sg);
struct g *rt_chan_send_to(struct hchan *c, struct sudog *sg, const void *ep);
struct g *rt_chan_recv_from(struct hchan *c, struct sudog *sg, void *ep);
void rt_chan_take(struct hchan *c, void *ep);
void rt_chan_put(struct hchan *c, const void *ep);
uint32_t rt_fastrand(void);
void rt_noteclear(struct note *n);         /* lock_futex.c */
void rt_notesleep(struct note *n);
void rt_notewakeup(struct note *n);
long rt_clone(long flags, void *stk, struct m *mp, struct g *gp, void *fn) __asm__("runtime.clone");
extern char rt_mstart[] __asm__("runtime.mstart");
void rt_stackinit(void);
struct g *rt_stack_newg(void);             /* a new g inside its small segment */
void rt_stackstart(struct g *gp, int big); /* a starting g: its small (big: its big) segment */
uintptr rt_stackguard(struct g *gp);       /* stackguard0 for gp's usable size */
void rt_stackrelease(struct g *gp);        /* dead g: drop big-segment pages beyond _FixedStack */
int rt_stack_seg(struct g *gp, uintptr p, uintptr n); /* is [p, p+n) on gp's stack (segments) */
uintptr rt_stack_retpc(struct g *gp, uintptr pc);    /* lessstack -> the real return address */
void rt_stack_unwind(struct g *gp, uintptr sp);      /* recovery resumes the frame at sp */
_Noreturn void rt_gosched_m(struct g *gp); /* on g0: requeue gp, schedule */
void rt_dumpgoroutines(int panicking);     /* the "goroutine N [...]:" lines */
extern int32_t rt_fatal_isuser;            /* the fatal error is the program's (deadlock) */
void rt_Gosched(void);

/* ---- the collector (mgc.c): stop-the-world (sched.c) */
extern int32_t rt_gcwaiting;               /* a stop-the-world is in progress */
void rt_procinit(int32_t nprocs);            /* procresize.c: start-up */
void rt_stoptheworld(void);                /* on g0, with a P */
void rt_starttheworld(void);
void rt_gcinit(void);                      /* GOGC, GODEBUG; from schedinit */

/* ---- the operating system (os_linux.c) */
extern int32_t rt_ncpu;
const char *rt_getenv(const char *name);
int64_t rt_nanotime(void);                 /* monotonic clock (runtime.nanotime: the asm shim) */
void rt_usleep(uint32_t us);

/* ---- a spin lock for the rare global structures (not for hot paths) */
static inline void rt_lock(uint32_t *l) {
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
        rt_sys_sched_yield();
}

static inline void rt_unlock(uint32_t *l) {
    __atomic_store_n(l, 0, __ATOMIC_RELEASE);
}

#endif
