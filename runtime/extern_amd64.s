// extern_amd64.s - ABIInternal entry points of package runtime's Go API
// (extern.go), marked ABIInternal (a gocc extension, docs/abi.md §1): Go
// code calls them with arguments in AX, ...; each shim
// moves them to the System V registers, realigns SP (8 mod 16 on entry),
// calls the C implementation and clears X15, which C may have used.

#include "textflag.h"

// func GC()
// Everything below the caller's SP is dead: up to 4 KiB of it (staying
// 1 KiB above g.stack.lo) is zeroed first, because the collector's C
// frames are made there and scanned conservatively with the stack; stale
// pointers left by earlier calls would keep garbage alive.
TEXT runtime·GC(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	SP, DI
	SUBQ	$4096, DI
	MOVQ	0(R14), AX	// g.stack.lo
	ADDQ	$1024, AX
	CMPQ	DI, AX
	JHI	2(PC)
	MOVQ	AX, DI
	MOVQ	SP, CX
	SUBQ	DI, CX
	JLS	4(PC)
	XORL	AX, AX
	REP;	STOSB
	SUBQ	$8, SP
	CALL	rt_GC(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func Gosched()
TEXT runtime·Gosched(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	SUBQ	$8, SP
	CALL	rt_Gosched(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func NumGoroutine() int
TEXT runtime·NumGoroutine(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	SUBQ	$8, SP
	CALL	rt_numgoroutine(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func NumCPU() int
TEXT runtime·NumCPU(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	SUBQ	$8, SP
	CALL	rt_numcpu(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func GOMAXPROCS(n int) int
TEXT runtime·GOMAXPROCS(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_gomaxprocs(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func ReadMemStats(m *MemStats)
TEXT runtime·ReadMemStats(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_ReadMemStats(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func Breakpoint()
TEXT runtime·Breakpoint(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	BYTE	$0xcc
	RET

// sort.sliceOf(x interface{}) (array unsafe.Pointer, n int, elemSize uintptr),
// linknamed to runtime.sortSliceOf (std/sort/swapper_gocc.go; sortslice.c).
TEXT runtime·sortSliceOf(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	SUBQ	$40, SP
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	SP, DX
	CALL	rt_sortsliceof(SB)
	MOVQ	0(SP), AX
	MOVQ	8(SP), BX
	MOVQ	16(SP), CX
	ADDQ	$40, SP
	XORPS	X15, X15
	RET

// func SetFinalizer(obj any, finalizer any) (mfinal.c): the two
// interfaces arrive as AX, BX and CX, DI.
TEXT runtime·SetFinalizer(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	DI, R8
	MOVQ	CX, DX
	MOVQ	R8, CX
	MOVQ	AX, DI
	MOVQ	BX, SI
	SUBQ	$8, SP
	CALL	rt_setfinalizer(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func Goexit() (goexit.c; never returns)
TEXT runtime·Goexit(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	SUBQ	$8, SP
	CALL	rt_Goexit(SB)
	INT	$3

// runtime/debug.setGCPercent(percent int32) int32, linknamed to
// runtime.debugSetGCPercent (std/runtime/debug/debug.go; debug.c).
TEXT runtime·debugSetGCPercent(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVLQSX	AX, DI
	SUBQ	$8, SP
	CALL	rt_debug_setgcpercent(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// The system calls of package os that came after os_linux_amd64.s's set,
// in the same convention (Go's argument registers in, -errno out).

// os.sysMkdir(path unsafe.Pointer, perm int) int: mkdirat(AT_FDCWD, ...)
TEXT os·sysMkdir(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, SI
	MOVQ	BX, DX
	MOVQ	$-100, DI	// AT_FDCWD
	MOVL	$258, AX	// SYS_mkdirat
	SYSCALL
	RET

// os.sysGetdents(fd int, buf unsafe.Pointer, n int) int: getdents64
TEXT os·sysGetdents(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	MOVL	$217, AX	// SYS_getdents64
	SYSCALL
	RET

// func callers(skip int, pcs *uintptr, n int) int: rt_callers also gets the
// frame pointer of its Go caller (runtime.Callers; this shim keeps BP) and
// the return address into it.
TEXT runtime·callers(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	MOVQ	BP, CX
	MOVQ	0(SP), R8
	SUBQ	$8, SP
	CALL	rt_callers(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func FuncForPC(pc uintptr) *Func
TEXT runtime·FuncForPC(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_funcforpc(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// func funcName(f *Func) string
TEXT runtime·funcName(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	rt_funcnameof(SB)
	ADDQ	$8, SP
	MOVQ	DX, BX
	XORPS	X15, X15
	RET

// func funcFileLine(f *Func, pc uintptr, file *string) int
TEXT runtime·funcFileLine(SB),NOSPLIT|NOFRAME|ABIInternal,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	SUBQ	$8, SP
	CALL	rt_funcfileline(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET
