// sema.s - goroutines block and wake through runtime.semacquire and
// runtime.semrelease (gopark with the bucket lock, goready from the other
// goroutine): main and pong take turns three times. Run with GOMAXPROCS=4
// (sema.env) so that the two may be on different Ms. Matches sema.go.

#include "textflag.h"

TEXT main·pong(SB),$16-0
	MOVQ	$3, 0(SP)
ploop:
	LEAQ	main·s1(SB), DI
	CALL	runtime·semacquire(SB)
	LEAQ	msgs<>+0(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	LEAQ	main·s2(SB), DI
	CALL	runtime·semrelease(SB)
	DECQ	0(SP)
	JNE	ploop
	RET

TEXT main·main(SB),$16-0
	LEAQ	pongfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)
mloop:
	CALL	runtime·printlock(SB)
	LEAQ	msgs<>+5(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·s1(SB), DI
	CALL	runtime·semrelease(SB)
	LEAQ	main·s2(SB), DI
	CALL	runtime·semacquire(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $3
	JLT	mloop
	RET

DATA	msgs<>+0(SB)/5, $"pong\n"
DATA	msgs<>+5(SB)/5, $"ping "
GLOBL	msgs<>(SB), RODATA, $10
DATA	pongfv<>+0(SB)/8, $main·pong(SB)
GLOBL	pongfv<>(SB), RODATA, $8
GLOBL	main·s1(SB), NOPTR, $8
GLOBL	main·s2(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
