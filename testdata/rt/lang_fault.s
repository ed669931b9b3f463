// lang_fault.s - lang_fault.go by hand: a nil dereference (SIGSEGV) and an
// integer division by zero (SIGFPE from IDIVQ) are recovered by deferred
// calls (the signal handler makes the goroutine call runtime·sigpanic0);
// the last nil dereference is not recovered and prints Go's signal line.

#include "textflag.h"

// recovering closure {fn, &r, value}: e := recover(); println("recovered", e.(error).Error()); r = value
TEXT main·rec(SB),$16-0
	MOVQ	DX, 0(SP)
	LEAQ	32(SP), DI
	CALL	runtime·gorecover(SB)
	MOVQ	DX, 8(SP)
	CALL	runtime·printlock(SB)
	LEAQ	lang·recovered(SB), DI
	MOVQ	$9, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), AX	// a runtime error's data word points at its Error() text
	MOVQ	0(AX), DI
	MOVQ	8(AX), SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	MOVQ	0(SP), DX
	MOVQ	8(DX), AX
	MOVQ	16(DX), CX
	MOVQ	CX, (AX)
	RET

// func nilread() (r int): r at 0(SP), closure {rec, &r, -1} at 16(SP)
TEXT main·nilread(SB),$48-0
	MOVQ	$0, 0(SP)
	LEAQ	main·rec(SB), AX
	MOVQ	AX, 16(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 24(SP)
	MOVQ	$-1, 32(SP)
	LEAQ	16(SP), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	MOVQ	lang·p(SB), AX
	MOVQ	8(AX), AX
	MOVQ	AX, 0(SP)
ret:
	CALL	runtime·deferreturn(SB)
	MOVQ	0(SP), AX
	RET

TEXT main·div(SB),$48-0
	MOVQ	$0, 0(SP)
	LEAQ	main·rec(SB), AX
	MOVQ	AX, 16(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 24(SP)
	MOVQ	$-2, 32(SP)
	LEAQ	16(SP), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	MOVQ	$10, AX
	CQO
	MOVQ	lang·zero(SB), CX
	IDIVQ	CX
	MOVQ	AX, 0(SP)
ret:
	CALL	runtime·deferreturn(SB)
	MOVQ	0(SP), AX
	RET

TEXT main·printres(SB),$16-0
	MOVQ	AX, 0(SP)
	CALL	runtime·printlock(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

TEXT main·main(SB),$16-0
	CALL	main·nilread(SB)
	CALL	main·printres(SB)
	CALL	main·div(SB)
	CALL	main·printres(SB)
	MOVQ	lang·p(SB), AX
	MOVQ	0(AX), AX
	CALL	main·printres(SB)
	RET

GLOBL	lang·p(SB), NOPTR, $8
GLOBL	lang·zero(SB), NOPTR, $8
DATA	lang·recovered+0(SB)/8, $"recovere"
DATA	lang·recovered+8(SB)/1, $"d"
GLOBL	lang·recovered(SB), RODATA, $9

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
