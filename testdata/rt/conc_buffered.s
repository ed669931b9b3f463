// conc_buffered.s - a buffered producer/consumer: 10000 values through a 16-slot
// channel, checked for order, then close; chanrecv2 until closed and empty;
// one more receive gives (0, false); len and cap read from the hchan.
// Matches conc_buffered.go.

#include "textflag.h"

TEXT main·produce(SB),$16-0
	MOVQ	$0, 0(SP)
ploop:
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $10000
	JLT	ploop
	MOVQ	main·c(SB), DI
	CALL	runtime·closechan(SB)
	RET

TEXT main·main(SB),$48-0
	MOVQ	$8, DI
	MOVQ	$16, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c(SB)
	LEAQ	producefv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)	// n
	MOVQ	$0, 8(SP)	// s
	MOVQ	$0, 16(SP)	// bad
mloop:
	MOVQ	main·c(SB), DI
	LEAQ	24(SP), SI
	CALL	runtime·chanrecv2(SB)
	TESTB	AL, AL
	JEQ	closed
	MOVQ	24(SP), AX
	CMPQ	AX, 0(SP)
	JEQ	inorder
	INCQ	16(SP)
inorder:
	INCQ	0(SP)
	ADDQ	AX, 8(SP)
	JMP	mloop
closed:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$1, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	LEAQ	strs<>+1(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	LEAQ	strs<>+4(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	16(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	MOVQ	$99, 24(SP)
	MOVQ	main·c(SB), DI
	LEAQ	24(SP), SI
	CALL	runtime·chanrecv2(SB)
	MOVB	AL, 32(SP)
	MOVQ	main·c(SB), AX
	MOVQ	0(AX), BX
	MOVQ	BX, 0(SP)
	MOVQ	8(AX), BX
	MOVQ	BX, 8(SP)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+7(SB), DI
	MOVQ	$11, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	24(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	32(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/8, $"nsumbada"
DATA	strs<>+8(SB)/8, $"fter clo"
DATA	strs<>+16(SB)/2, $"se"
GLOBL	strs<>(SB), RODATA, $18

DATA	producefv<>+0(SB)/8, $main·produce(SB)
GLOBL	producefv<>(SB), RODATA, $8
GLOBL	main·c(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
