// gor.s - main.main starts three goroutines through runtime.newproc (two
// plain functions and a closure whose captured value is read through DX),
// then blocks in runtime.block (`select {}`): the scheduler runs them in
// Go's order (runnext first) and reports the deadlock. Matches gor.go.

#include "textflag.h"

TEXT main·f1(SB),$0-0
	LEAQ	f1msg<>(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	RET

TEXT main·f2(SB),$0-0
	LEAQ	f2msg<>(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	RET

// The closure func() { println(x) }: x is at 8(DX).
TEXT main·main·func1(SB),NEEDCTXT,$16-0
	MOVQ	8(DX), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT main·main(SB),$0-0
	LEAQ	f1fv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	f2fv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	closure<>(SB), DI
	CALL	runtime·newproc(SB)
	CALL	runtime·block(SB)
	RET

DATA	f1msg<>+0(SB)/3, $"f1\n"
GLOBL	f1msg<>(SB), RODATA, $3
DATA	f2msg<>+0(SB)/3, $"f2\n"
GLOBL	f2msg<>(SB), RODATA, $3
DATA	f1fv<>+0(SB)/8, $main·f1(SB)
GLOBL	f1fv<>(SB), RODATA, $8
DATA	f2fv<>+0(SB)/8, $main·f2(SB)
GLOBL	f2fv<>(SB), RODATA, $8
DATA	closure<>+0(SB)/8, $main·main·func1(SB)
DATA	closure<>+8(SB)/8, $42
GLOBL	closure<>(SB), $16

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
