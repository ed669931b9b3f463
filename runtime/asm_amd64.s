// asm_amd64.s - the runtime's machine-level core: rt0_go, thread start
// (mstart), goroutine switches (gogo, mcall, systemstack), the C->Go
// trampoline (gocall), stack growth (morestack) and goexit.
//
// Conventions (docs/abi.md): R14 holds the current g everywhere, and the
// TLS slot (TLS) holds it too. Functions in this file that C calls are ABI0
// assembly that take their arguments in System V registers (DI, SI, DX, CX,
// R8, R9) and return in AX: they read registers, never FP. SP is 16-byte
// aligned at every CALL. All functions here are NOSPLIT|NOFRAME: frames are
// laid out by hand.

#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

// rt0_go(argc DI, argv SI): the start of the process after _rt0_amd64.
TEXT runtime·rt0_go(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	SUBQ	$40, SP
	ANDQ	$~15, SP
	MOVQ	DI, 24(SP)	// argc
	MOVQ	SI, 32(SP)	// argv

	// g0 runs on the OS stack: assume _G0Stack usable bytes below SP.
	LEAQ	runtime·g0(SB), DI
	MOVQ	SP, BX
	SUBQ	$(const__G0Stack-const__G0StackSlack), BX
	MOVQ	BX, g_stackguard0(DI)
	MOVQ	BX, g_stackguard1(DI)
	MOVQ	BX, (g_stack+stack_lo)(DI)
	MOVQ	SP, (g_stack+stack_hi)(DI)

	// Point FS just past m0.tls[0] and check that (TLS) reaches that word.
	LEAQ	runtime·m0+m_tls(SB), DI
	CALL	runtime·settls(SB)
	MOVQ	$0x123, (TLS)
	MOVQ	runtime·m0+m_tls(SB), AX
	CMPQ	AX, $0x123
	JEQ	tlsok
	CALL	runtime·abort(SB)
tlsok:
	// g = g0 in TLS and R14; link g0 and m0.
	LEAQ	runtime·g0(SB), CX
	MOVQ	CX, (TLS)
	MOVQ	CX, R14
	LEAQ	runtime·m0(SB), AX
	MOVQ	CX, m_g0(AX)
	MOVQ	AX, g_m(CX)
	CLD

	CALL	runtime·check(SB)
	MOVQ	24(SP), DI
	MOVQ	32(SP), SI
	CALL	runtime·args(SB)
	CALL	runtime·osinit(SB)
	CALL	runtime·schedinit(SB)

	// Queue the main goroutine, then become the scheduler.
	LEAQ	runtime·mainPC(SB), DI
	CALL	runtime·newproc(SB)
	CALL	runtime·mstart(SB)
	CALL	runtime·abort(SB)	// mstart never returns
	RET

// mainPC is the funcval of runtime.main, the first goroutine's function.
DATA	runtime·mainPC+0(SB)/8,$runtime·main(SB)
GLOBL	runtime·mainPC(SB),RODATA,$8

// mstart: the start of every M, on its g0 (R14). Records the top of the
// scheduling stack in g0.sched.sp (mcall, systemstack and morestack switch
// to it) and enters the C scheduler, which never returns.
TEXT runtime·mstart(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	ANDQ	$~15, SP
	MOVQ	SP, (g_sched+gobuf_sp)(R14)
	CALL	runtime·mstart1(SB)
	CALL	runtime·abort(SB)
	RET

// gogo(buf *gobuf) [DI]: continue the g saved in buf. Sets g (TLS, R14),
// SP, BP, AX = buf.ret, DX = buf.ctxt (the funcval of a new goroutine),
// clears the saved state and jumps to buf.pc with X15 = 0.
TEXT runtime·gogo(SB),NOSPLIT|NOFRAME,$0
	MOVQ	gobuf_g(DI), DX
	MOVQ	0(DX), CX	// fault here if g is nil
	MOVQ	DX, R14
	MOVQ	DX, (TLS)
	MOVQ	gobuf_sp(DI), SP
	MOVQ	gobuf_ret(DI), AX
	MOVQ	gobuf_ctxt(DI), DX
	MOVQ	gobuf_bp(DI), BP
	MOVQ	$0, gobuf_sp(DI)
	MOVQ	$0, gobuf_ret(DI)
	MOVQ	$0, gobuf_ctxt(DI)
	MOVQ	$0, gobuf_bp(DI)
	MOVQ	gobuf_pc(DI), BX
	XORPS	X15, X15
	JMP	BX

// mcall(fn) [DI]: called from C on a user g. Saves the g's context so that
// gogo(&g.sched) later returns from this call with the System V callee-saved
// registers intact, switches to g0's stack and calls the C function
// fn(oldg). fn must not return; it ends by scheduling (gogo) something.
TEXT runtime·mcall(SB),NOSPLIT|NOFRAME,$0
	MOVQ	DI, DX		// fn
	SUBQ	$40, SP		// SP is now 16-aligned
	MOVQ	BX, 0(SP)
	MOVQ	BP, 8(SP)
	MOVQ	R12, 16(SP)
	MOVQ	R13, 24(SP)
	MOVQ	R15, 32(SP)
	MOVQ	R14, AX		// the g giving up the CPU
	MOVQ	SP, (g_sched+gobuf_sp)(AX)
	MOVQ	BP, (g_sched+gobuf_bp)(AX)
	LEAQ	runtime·mcallret(SB), CX
	MOVQ	CX, (g_sched+gobuf_pc)(AX)
	MOVQ	AX, (g_sched+gobuf_g)(AX)
	MOVQ	g_m(AX), CX
	MOVQ	m_g0(CX), SI
	CMPQ	SI, AX
	JEQ	badmcall
	MOVQ	SI, R14
	MOVQ	SI, (TLS)
	MOVQ	(g_sched+gobuf_sp)(SI), SP
	MOVQ	AX, DI
	CALL	DX
	CALL	runtime·badmcall2(SB)
	RET
badmcall:
	CALL	runtime·badmcall(SB)
	RET

// mcallret: where a g parked by mcall resumes (via gogo): restore the
// callee-saved registers mcall stored and return to mcall's C caller.
TEXT runtime·mcallret(SB),NOSPLIT|NOFRAME,$0
	MOVQ	0(SP), BX
	MOVQ	8(SP), BP
	MOVQ	16(SP), R12
	MOVQ	24(SP), R13
	MOVQ	32(SP), R15
	ADDQ	$40, SP
	RET

// systemstack(fn, arg) [DI, SI]: call the C function fn(arg) on the g0
// stack and return to the calling g. On g0 or gsignal it is a tail call.
TEXT runtime·systemstack(SB),NOSPLIT|NOFRAME,$0
	MOVQ	g_m(R14), AX
	CMPQ	R14, m_g0(AX)
	JEQ	noswitch
	CMPQ	R14, m_gsignal(AX)
	JEQ	noswitch
	MOVQ	R14, CX
	LEAQ	runtime·systemstack_switch(SB), DX
	MOVQ	DX, (g_sched+gobuf_pc)(CX)
	MOVQ	SP, (g_sched+gobuf_sp)(CX)
	MOVQ	BP, (g_sched+gobuf_bp)(CX)
	MOVQ	CX, (g_sched+gobuf_g)(CX)
	MOVQ	m_g0(AX), DX
	MOVQ	DX, R14
	MOVQ	DX, (TLS)
	MOVQ	(g_sched+gobuf_sp)(DX), SP
	MOVQ	DI, AX
	MOVQ	SI, DI
	CALL	AX
	// Back to the g that called us (m.curg).
	MOVQ	g_m(R14), AX
	MOVQ	m_curg(AX), CX
	MOVQ	CX, R14
	MOVQ	CX, (TLS)
	MOVQ	(g_sched+gobuf_sp)(CX), SP
	MOVQ	$0, (g_sched+gobuf_sp)(CX)
	RET
noswitch:
	MOVQ	DI, AX
	MOVQ	SI, DI
	JMP	AX

// systemstack_switch is the pc recorded in g.sched while the g runs
// something on the system stack; it is never executed.
TEXT runtime·systemstack_switch(SB),NOSPLIT|NOFRAME,$0
	BYTE	$0x90
	CALL	runtime·abort(SB)
	RET

// gocall(fn *funcval) [DI]: the only way C calls Go. Calls the closure fn
// with DX = fn and X15 = 0 (Go's ABIInternal) and keeps the System V
// callee-saved registers for the C caller (Go code preserves only R14, BP).
TEXT runtime·gocall(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$40, SP		// SP is now 16-aligned
	MOVQ	BX, 0(SP)
	MOVQ	BP, 8(SP)
	MOVQ	R12, 16(SP)
	MOVQ	R13, 24(SP)
	MOVQ	R15, 32(SP)
	MOVQ	DI, DX
	MOVQ	0(DX), AX
	XORPS	X15, X15
	CALL	AX
	MOVQ	0(SP), BX
	MOVQ	8(SP), BP
	MOVQ	16(SP), R12
	MOVQ	24(SP), R13
	MOVQ	32(SP), R15
	ADDQ	$40, SP
	RET

// morestack: called by a function prologue when SP <= g.stackguard0, with
// 0(SP) = the retry point in that function (its prologue re-runs the check)
// and 8(SP) = the function's own return address. Stacks never move, so
// every register must survive: they are stored on the goroutine's own
// stack (SP is always far above the end of its slot, stack.c), g.sched is
// pointed at morestackret, and runtime·newstack(gp) runs on g0. It never
// returns: it resumes the g with gogo (after enlarging its usable stack),
// reschedules it (a preemption request from sysmon) or reports a stack
// overflow. R14 = g on entry (the prologue loads it); SP is 16-aligned.
TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$const__MoreStackSave, SP
	MOVQ	AX, 0(SP)
	MOVQ	BX, 8(SP)
	MOVQ	CX, 16(SP)
	MOVQ	DX, 24(SP)
	MOVQ	SI, 32(SP)
	MOVQ	DI, 40(SP)
	MOVQ	BP, 48(SP)
	MOVQ	R8, 56(SP)
	MOVQ	R9, 64(SP)
	MOVQ	R10, 72(SP)
	MOVQ	R11, 80(SP)
	MOVQ	R12, 88(SP)
	MOVQ	R13, 96(SP)
	MOVQ	R15, 104(SP)
	MOVUPS	X0, 112(SP)
	MOVUPS	X1, 128(SP)
	MOVUPS	X2, 144(SP)
	MOVUPS	X3, 160(SP)
	MOVUPS	X4, 176(SP)
	MOVUPS	X5, 192(SP)
	MOVUPS	X6, 208(SP)
	MOVUPS	X7, 224(SP)
	MOVUPS	X8, 240(SP)
	MOVUPS	X9, 256(SP)
	MOVUPS	X10, 272(SP)
	MOVUPS	X11, 288(SP)
	MOVUPS	X12, 304(SP)
	MOVUPS	X13, 320(SP)
	MOVUPS	X14, 336(SP)
	MOVUPS	X15, 352(SP)
	MOVQ	g_m(R14), AX
	MOVQ	m_g0(AX), BX
	CMPQ	BX, R14
	JEQ	ong0
	MOVQ	SP, (g_sched+gobuf_sp)(R14)
	LEAQ	runtime·morestackret(SB), CX
	MOVQ	CX, (g_sched+gobuf_pc)(R14)
	MOVQ	R14, (g_sched+gobuf_g)(R14)
	MOVQ	BP, (g_sched+gobuf_bp)(R14)
	MOVQ	R14, DI		// newstack(gp) on g0
	MOVQ	BX, R14
	MOVQ	BX, (TLS)
	MOVQ	(g_sched+gobuf_sp)(BX), SP
	CALL	runtime·newstack(SB)
	CALL	runtime·abort(SB)	// newstack never returns
	RET
ong0:
	ANDQ	$~15, SP
	CALL	runtime·badmorestackg0(SB)
	RET

// morestackret: where gogo resumes a g saved by morestack: restore every
// register from the goroutine's stack and return to the retry point.
TEXT runtime·morestackret(SB),NOSPLIT|NOFRAME,$0
	MOVQ	0(SP), AX
	MOVQ	8(SP), BX
	MOVQ	16(SP), CX
	MOVQ	24(SP), DX
	MOVQ	32(SP), SI
	MOVQ	40(SP), DI
	MOVQ	48(SP), BP
	MOVQ	56(SP), R8
	MOVQ	64(SP), R9
	MOVQ	72(SP), R10
	MOVQ	80(SP), R11
	MOVQ	88(SP), R12
	MOVQ	96(SP), R13
	MOVQ	104(SP), R15
	MOVUPS	112(SP), X0
	MOVUPS	128(SP), X1
	MOVUPS	144(SP), X2
	MOVUPS	160(SP), X3
	MOVUPS	176(SP), X4
	MOVUPS	192(SP), X5
	MOVUPS	208(SP), X6
	MOVUPS	224(SP), X7
	MOVUPS	240(SP), X8
	MOVUPS	256(SP), X9
	MOVUPS	272(SP), X10
	MOVUPS	288(SP), X11
	MOVUPS	304(SP), X12
	MOVUPS	320(SP), X13
	MOVUPS	336(SP), X14
	MOVUPS	352(SP), X15
	ADDQ	$const__MoreStackSave, SP
	RET

// lessstack: the return address of a function that stack.c moved to the
// goroutine's big segment while its callers stay on the small one. It
// enters morestack as a prologue would (SP 16-aligned at that CALL, R14 =
// g from TLS: ABI0 code may have used R14), which saves every register -
// the function's results - and newstack copies back what the function
// changed in its caller's frame and returns to the caller on the small
// segment (stack.c rt_stack_back).
TEXT runtime·lessstack(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$8, SP
	MOVQ	(TLS), R14
	CALL	runtime·morestack(SB)
	CALL	runtime·abort(SB)	// newstack never returns here
	RET

// morestack_noctxt: the entry used by functions without a closure context.
// It keeps DX too (C-called runtime assembly receives arguments in DX).
TEXT runtime·morestack_noctxt(SB),NOSPLIT|NOFRAME,$0
	JMP	runtime·morestack(SB)

// goexit is the return address of every goroutine's first function: a
// goroutine that returns lands at goexit+1 with SP 16-aligned.
TEXT runtime·goexit(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	BYTE	$0x90	// NOP: return addresses point after it
	CALL	runtime·goexit1(SB)	// never returns
	BYTE	$0x90

// abort: crash at once (a broken invariant in start-up or a switch).
TEXT runtime·abort(SB),NOSPLIT|NOFRAME,$0
	INT	$3
loop:
	JMP	loop

// ---- defer/panic/recover and runtime error values (defer.c, panic.c)

// calldeferred(fn DI, argp SI): call the func() closure fn for gopanic
// like gocall, first storing at (SI) the SP at the CALL: the argp the
// deferred function sees, which gorecover compares.
TEXT runtime·calldeferred(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$40, SP		// SP is now 16-aligned
	MOVQ	BX, 0(SP)
	MOVQ	BP, 8(SP)
	MOVQ	R12, 16(SP)
	MOVQ	R13, 24(SP)
	MOVQ	R15, 32(SP)
	MOVQ	SP, (SI)
	MOVQ	DI, DX
	MOVQ	0(DX), AX
	XORPS	X15, X15
	CALL	AX
	MOVQ	0(SP), BX
	MOVQ	8(SP), BP
	MOVQ	16(SP), R12
	MOVQ	24(SP), R13
	MOVQ	32(SP), R15
	ADDQ	$40, SP
	RET

// recoveryjump(sp DI, pc SI, bp DX): resume a frame that deferred a call
// which recovered: SP and BP as at its CALL runtime·deferproc, AX = 1,
// continue after that CALL (docs/abi.md §10).
TEXT runtime·recoveryjump(SB),NOSPLIT|NOFRAME,$0
	MOVQ	DI, SP
	MOVQ	DX, BP
	MOVQ	$1, AX
	XORPS	X15, X15
	JMP	SI

// callstringmethod(fn DI, recv SI) (AX, DX): call a Go method of type
// func() string (ABIInternal: receiver word in AX, result in AX, BX)
// from C. 16 bytes at the bottom are the callee's argument spill area.
TEXT runtime·callstringmethod(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$56, SP
	MOVQ	BX, 16(SP)
	MOVQ	BP, 24(SP)
	MOVQ	R12, 32(SP)
	MOVQ	R13, 40(SP)
	MOVQ	R15, 48(SP)
	MOVQ	SI, AX
	XORPS	X15, X15
	CALL	DI
	MOVQ	BX, DX
	MOVQ	16(SP), BX
	MOVQ	24(SP), BP
	MOVQ	32(SP), R12
	MOVQ	40(SP), R13
	MOVQ	48(SP), R15
	ADDQ	$56, SP
	RET

// callfin(fn DI, a0 SI, a1 DX, frame CX): call the finalizer closure fn
// with the argument words a0, a1 (ABIInternal: AX, BX; DX = fn) from C
// (mfinal.c), below a stack area of frame bytes (a multiple of 16) for the
// results passed in memory and the argument spill slots. BP keeps the SP
// to return to; results are ignored.
TEXT runtime·callfin(SB),NOSPLIT|NOFRAME,$0
	PUSHQ	BP
	MOVQ	SP, BP
	PUSHQ	BX
	PUSHQ	R12
	PUSHQ	R13
	PUSHQ	R15
	SUBQ	CX, SP
	MOVQ	DX, BX
	MOVQ	SI, AX
	MOVQ	DI, DX
	MOVQ	0(DX), CX
	XORPS	X15, X15
	CALL	CX
	LEAQ	-32(BP), SP
	POPQ	R15
	POPQ	R13
	POPQ	R12
	POPQ	BX
	POPQ	BP
	RET

// runfinq: the finalizer goroutine's function (newproc starts it with
// SP = stack.hi - 8); the loop is C (mfinal.c) and never returns.
TEXT runtime·runfinq(SB),NOSPLIT|NOFRAME,$0
	SUBQ	$8, SP
	CALL	rt_runfinq(SB)
	CALL	runtime·abort(SB)
	RET

DATA	runtime·runfinqPC+0(SB)/8,$runtime·runfinq(SB)
GLOBL	runtime·runfinqPC(SB),RODATA,$8

// The methods of runtime.errorString and runtime.plainError (panic.c),
// Go code (ABIInternal): the receiver word AX points at the message.
TEXT runtime·errorString_Error(SB),NOSPLIT|NOFRAME,$0
	MOVQ	8(AX), BX
	MOVQ	0(AX), AX
	RET

TEXT runtime·errorString_RuntimeError(SB),NOSPLIT|NOFRAME,$0
	RET

// sigpanic0: where the signal handler makes a faulting goroutine "call"
// (the faulting PC is pushed as the return address). SP may be anything:
// align it for the C function runtime·sigpanic.
TEXT runtime·sigpanic0(SB),NOSPLIT|NOFRAME,$0
	ANDQ	$~15, SP
	CALL	runtime·sigpanic(SB)
	INT	$3
