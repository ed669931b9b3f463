// gosched.s - cooperative scheduling: two goroutines and main each print
// three lines, calling runtime.Gosched after each; the order must be Go's
// with GOMAXPROCS=1 (gosched.go). f is a closure over its string (8(DX)).

#include "textflag.h"

TEXT main·f(SB),NEEDCTXT,$32-0
	MOVQ	DX, 16(SP)	// the closure
	MOVQ	$0, 8(SP)	// i
loop:
	CALL	runtime·printlock(SB)
	MOVQ	16(SP), DX
	MOVQ	8(DX), DI
	MOVQ	16(DX), SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	CALL	runtime·Gosched(SB)
	MOVQ	8(SP), AX
	INCQ	AX
	MOVQ	AX, 8(SP)
	CMPQ	AX, $3
	JLT	loop
	RET

TEXT main·main(SB),$0-0
	LEAQ	fa<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	fb<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	fm<>(SB), DX
	CALL	main·f(SB)
	CALL	runtime·Gosched(SB)
	CALL	runtime·Gosched(SB)
	RET

DATA	names<>+0(SB)/3, $"abm"
GLOBL	names<>(SB), RODATA, $3
DATA	fa<>+0(SB)/8, $main·f(SB)
DATA	fa<>+8(SB)/8, $names<>+0(SB)
DATA	fa<>+16(SB)/8, $1
GLOBL	fa<>(SB), $24
DATA	fb<>+0(SB)/8, $main·f(SB)
DATA	fb<>+8(SB)/8, $names<>+1(SB)
DATA	fb<>+16(SB)/8, $1
GLOBL	fb<>(SB), $24
DATA	fm<>+0(SB)/8, $main·f(SB)
DATA	fm<>+8(SB)/8, $names<>+2(SB)
DATA	fm<>+16(SB)/8, $1
GLOBL	fm<>(SB), $24

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
