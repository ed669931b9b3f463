// sys_linux_amd64.s - raw Linux system calls for the C runtime.
//
// Every function here is called from C with the System V convention: the
// arguments arrive in DI, SI, DX, CX, R8, R9 and the result goes back in AX.
// The kernel takes the same registers except that the fourth argument is
// R10 (SYSCALL clobbers CX and R11). Results are raw: -errno on failure.
// The C declarations are in runtime.h (rt_sys_*).

#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

#define SYS_read		0
#define SYS_write		1
#define SYS_mmap		9
#define SYS_munmap		11
#define SYS_rt_sigaction	13
#define SYS_rt_sigprocmask	14
#define SYS_sched_yield		24
#define SYS_madvise		28
#define SYS_nanosleep		35
#define SYS_getpid		39
#define SYS_clone		56
#define SYS_exit		60
#define SYS_sigaltstack		131
#define SYS_arch_prctl		158
#define SYS_gettid		186
#define SYS_futex		202
#define SYS_sched_getaffinity	204
#define SYS_clock_gettime	228
#define SYS_exit_group		231
#define SYS_tgkill		234

#define ARCH_SET_FS		0x1002

// read(fd, p, n) long
TEXT runtime·sys_read(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_read, AX
	SYSCALL
	RET

// write(fd, p, n) long
TEXT runtime·sys_write(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_write, AX
	SYSCALL
	RET

// mmap(addr, n, prot, flags, fd, off) addr or -errno
TEXT runtime·sys_mmap(SB),NOSPLIT|NOFRAME,$0
	MOVQ	CX, R10
	MOVL	$SYS_mmap, AX
	SYSCALL
	RET

// munmap(addr, n) long
TEXT runtime·sys_munmap(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_munmap, AX
	SYSCALL
	RET

// madvise(addr, n, advice) long
TEXT runtime·sys_madvise(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_madvise, AX
	SYSCALL
	RET

// rt_sigaction(sig, new, old, size) long
TEXT runtime·sys_rt_sigaction(SB),NOSPLIT|NOFRAME,$0
	MOVQ	CX, R10
	MOVL	$SYS_rt_sigaction, AX
	SYSCALL
	RET

// rt_sigprocmask(how, new, old, size) long
TEXT runtime·sys_rt_sigprocmask(SB),NOSPLIT|NOFRAME,$0
	MOVQ	CX, R10
	MOVL	$SYS_rt_sigprocmask, AX
	SYSCALL
	RET

// sigaltstack(new, old) long
TEXT runtime·sys_sigaltstack(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_sigaltstack, AX
	SYSCALL
	RET

// sched_yield() long
TEXT runtime·sys_sched_yield(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_sched_yield, AX
	SYSCALL
	RET

// nanosleep(req, rem) long
TEXT runtime·sys_nanosleep(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_nanosleep, AX
	SYSCALL
	RET

// getpid() long
TEXT runtime·sys_getpid(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_getpid, AX
	SYSCALL
	RET

// gettid() long
TEXT runtime·sys_gettid(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_gettid, AX
	SYSCALL
	RET

// tgkill(pid, tid, sig) long
TEXT runtime·sys_tgkill(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_tgkill, AX
	SYSCALL
	RET

// futex(addr, op, val, timeout, addr2, val3) long
TEXT runtime·sys_futex(SB),NOSPLIT|NOFRAME,$0
	MOVQ	CX, R10
	MOVL	$SYS_futex, AX
	SYSCALL
	RET

// sched_getaffinity(pid, len, buf) bytes written or -errno
TEXT runtime·sys_sched_getaffinity(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_sched_getaffinity, AX
	SYSCALL
	RET

// clock_gettime(clockid, ts) long
TEXT runtime·sys_clock_gettime(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_clock_gettime, AX
	SYSCALL
	RET

// exit_group(code): ends the process.
TEXT runtime·sys_exit_group(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_exit_group, AX
	SYSCALL
	INT	$3

// exit(code): ends the calling thread only.
TEXT runtime·sys_exit(SB),NOSPLIT|NOFRAME,$0
	MOVL	$SYS_exit, AX
	SYSCALL
	INT	$3

// settls(addr) [DI]: set the FS base to addr+8, so that (TLS) = -8(FS)
// is the word at addr (m.tls[0]). Aborts if the kernel refuses.
TEXT runtime·settls(SB),NOSPLIT|NOFRAME,$0
	ADDQ	$8, DI
	MOVQ	DI, SI
	MOVQ	$ARCH_SET_FS, DI
	MOVL	$SYS_arch_prctl, AX
	SYSCALL
	CMPQ	AX, $-4095
	JCC	bad
	RET
bad:
	INT	$3
	RET

// sigtramp(sig, info, ctx) [DI, SI, DX]: the handler installed for the
// signals the runtime catches. The interrupted code may have been anywhere,
// so g is reloaded from TLS before the C handler runs. All registers are
// restored by rt_sigreturn from the signal frame afterwards.
TEXT runtime·sigtramp(SB),NOSPLIT|NOFRAME,$0
	MOVQ	(TLS), R14
	SUBQ	$8, SP		// the kernel enters like a CALL: realign to 16
	CALL	runtime·sighandler(SB)
	ADDQ	$8, SP
	RET

// sigreturn: the sa_restorer of every handler.
TEXT runtime·sigreturn(SB),NOSPLIT|NOFRAME,$0
	MOVL	$15, AX		// rt_sigreturn
	SYSCALL
	INT	$3

// clone(flags, stk, mp, gp, fn) [DI, SI, DX, CX, R8]: start a thread that
// shares the address space. The child runs fn (runtime·mstart) on the
// stack that ends at stk, with R14 = gp (its g0) and the FS base pointing
// past mp.tls[0] (CLONE_SETTLS). The parent gets the thread id or -errno.
// gp and fn travel on the child's stack: after SYSCALL the child has no
// other registers it can trust besides SP.
TEXT runtime·clone(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$16, SI
	MOVQ	CX, 0(SI)	// gp
	MOVQ	R8, 8(SI)	// fn
	LEAQ	m_tls(DX), R8
	ADDQ	$8, R8		// FS base for the child
	MOVQ	$0, DX		// parent_tid
	MOVQ	$0, R10		// child_tid
	MOVL	$SYS_clone, AX
	SYSCALL
	CMPQ	AX, $0
	JEQ	child
	RET
child:
	MOVQ	0(SP), R14
	MOVQ	R14, (TLS)
	MOVQ	8(SP), AX
	ADDQ	$16, SP		// SP = stk, 16-aligned
	CALL	AX
	MOVL	$0, DI		// fn returned: end the thread
	MOVL	$SYS_exit, AX
	SYSCALL
	INT	$3

// ---- entry points for Go code of the std packages ----
//
// Go's runtime defines these under the std packages' names with
// //go:linkname (time.Sleep, sync.runtime_Semacquire, ...); gocc's std
// packages declare them body-less with the same //go:linkname, and the
// compiler calls them with Go's ABIInternal: arguments in AX, BX, CX, DI,
// SI, results in AX, BX, CX, every register but R14, SP, BP clobbered, and
// X15 expected to be zero on return. Each shim moves the arguments to the
// System V registers, realigns SP (it is 8 mod 16 on entry), calls the C
// implementation and clears X15 (C may use it).

// runtime.nanotime() int64: the monotonic clock (also time.runtimeNano).
TEXT runtime·nanotime(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$8, SP
	CALL	rt_nanotime(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// time.Sleep(d Duration)
TEXT time·Sleep(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	runtime·timeSleep(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// time.now() (sec int64, nsec int32, mono int64)
TEXT time·now(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$24, SP
	MOVQ	SP, DI
	CALL	rt_timenow(SB)
	MOVQ	0(SP), AX
	MOVQ	8(SP), BX
	MOVQ	16(SP), CX
	ADDQ	$24, SP
	XORPS	X15, X15
	RET

// time.startTimer(t *runtimeTimer)
TEXT time·startTimer(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_starttimer(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// time.stopTimer(t *runtimeTimer) bool
TEXT time·stopTimer(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_stoptimer(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// time.resetTimer(t *runtimeTimer, when int64) bool
TEXT time·resetTimer(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	SUBQ	$8, SP
	CALL	rt_resettimer(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_Semacquire(addr *uint32)
TEXT sync·runtime_Semacquire(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	runtime·semacquire(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int)
TEXT sync·runtime_SemacquireMutex(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	runtime·semacquire(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_Semrelease(addr *uint32, handoff bool, skipframes int)
TEXT sync·runtime_Semrelease(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	runtime·semrelease(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.fatal(s string) and sync.throw(s string): "fatal error: s".
TEXT sync·fatal(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	SUBQ	$8, SP
	CALL	runtime·throw(SB)
	CALL	runtime·abort(SB)

TEXT sync·throw(SB),NOSPLIT|NOFRAME,$0
	JMP	sync·fatal(SB)

// gocallarg3(fn *funcval, a, b, c uintptr) [DI, SI, DX, CX]: call the Go
// function fn(a, b, c) from C (a timer's f(arg any, seq uintptr): AX, BX =
// arg, CX = seq) with DX = fn, X15 = 0, keeping the System V callee-saved
// registers, like gocall (asm_amd64.s).
TEXT runtime·gocallarg3(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$40, SP		// SP is now 16-aligned
	MOVQ	BX, 0(SP)
	MOVQ	BP, 8(SP)
	MOVQ	R12, 16(SP)
	MOVQ	R13, 24(SP)
	MOVQ	R15, 32(SP)
	MOVQ	DX, BX
	MOVQ	SI, AX
	MOVQ	DI, DX
	MOVQ	0(DX), R12
	XORPS	X15, X15
	CALL	R12
	MOVQ	0(SP), BX
	MOVQ	8(SP), BP
	MOVQ	16(SP), R12
	MOVQ	24(SP), R13
	MOVQ	32(SP), R15
	ADDQ	$40, SP
	RET

// sync.runtime_notifyListAdd(l *notifyList) uint32 (sync.Cond; sema.c)
TEXT sync·runtime_notifyListAdd(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_notifylistadd(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_notifyListWait(l *notifyList, t uint32)
TEXT sync·runtime_notifyListWait(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVL	BX, SI
	SUBQ	$8, SP
	CALL	rt_notifylistwait(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_notifyListNotifyAll(l *notifyList)
TEXT sync·runtime_notifyListNotifyAll(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_notifylistnotifyall(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_notifyListNotifyOne(l *notifyList)
TEXT sync·runtime_notifyListNotifyOne(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_notifylistnotifyone(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// sync.runtime_notifyListCheck(size uintptr)
TEXT sync·runtime_notifyListCheck(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_notifylistcheck(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET
