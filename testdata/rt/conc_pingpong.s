// conc_pingpong.s - unbuffered ping-pong: main sends i on c1, pong answers i+1
// on c2, 100000 round trips through runtime.chansend1/chanrecv1 (direct
// hand-off to the parked partner). Matches conc_pingpong.go.

#include "textflag.h"

TEXT main·pong(SB),$16-0
ploop:
	MOVQ	main·c1(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	INCQ	0(SP)
	MOVQ	main·c2(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	JMP	ploop

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c1(SB)
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c2(SB)
	LEAQ	pongfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)	// i
	MOVQ	$0, 8(SP)	// s
mloop:
	MOVQ	0(SP), AX
	MOVQ	AX, 16(SP)
	MOVQ	main·c1(SB), DI
	LEAQ	16(SP), SI
	CALL	runtime·chansend1(SB)
	MOVQ	main·c2(SB), DI
	LEAQ	16(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	16(SP), AX
	ADDQ	AX, 8(SP)
	INCQ	0(SP)
	CMPQ	0(SP), $100000
	JLT	mloop
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/3, $"sum"
GLOBL	strs<>(SB), RODATA, $3

DATA	pongfv<>+0(SB)/8, $main·pong(SB)
GLOBL	pongfv<>(SB), RODATA, $8
GLOBL	main·c1(SB), NOPTR, $8
GLOBL	main·c2(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
