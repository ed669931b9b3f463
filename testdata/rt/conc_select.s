// conc_select.s - select: main receives 1000 values that one sender alternates
// between a and b (selectgo with two receive cases); non-blocking selects
// (selectnbrecv, selectnbsend) on a 1-slot channel; then 1000 selectgo with
// two send cases served by two receivers until close. Matches conc_select.go.
// Frame of main: 0 i, 8 sa, 16 sb, 24 v0, 32 v1, 40 cases [2]{c, elem},
// 72 order [4]uint16, 80 tmp, 88 ok, 96 x.

#include "textflag.h"

TEXT main·send(SB),$16-0
	MOVQ	$0, 0(SP)
sloop:
	MOVQ	main·a(SB), DI
	TESTQ	$1, 0(SP)
	JEQ	even
	MOVQ	main·b(SB), DI
even:
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $1000
	JLT	sloop
	RET

TEXT main·sinka(SB),$16-0
	MOVQ	$0, 8(SP)
sinkaloop:
	MOVQ	main·a(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv2(SB)
	TESTB	AL, AL
	JEQ	sinkadone
	INCQ	8(SP)
	JMP	sinkaloop
sinkadone:
	MOVQ	main·done(SB), DI
	LEAQ	8(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·sinkb(SB),$16-0
	MOVQ	$0, 8(SP)
sinkbloop:
	MOVQ	main·b(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv2(SB)
	TESTB	AL, AL
	JEQ	sinkbdone
	INCQ	8(SP)
	JMP	sinkbloop
sinkbdone:
	MOVQ	main·done(SB), DI
	LEAQ	8(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·main(SB),$112-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·a(SB)
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·b(SB)
	LEAQ	sendfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)
	MOVQ	$0, 8(SP)
	MOVQ	$0, 16(SP)
rloop:
	MOVQ	main·a(SB), AX
	MOVQ	AX, 40(SP)
	LEAQ	24(SP), AX
	MOVQ	AX, 48(SP)
	MOVQ	main·b(SB), AX
	MOVQ	AX, 56(SP)
	LEAQ	32(SP), AX
	MOVQ	AX, 64(SP)
	LEAQ	40(SP), DI
	LEAQ	72(SP), SI
	MOVQ	$0, DX
	MOVQ	$2, CX
	MOVQ	$1, R8
	CALL	runtime·selectgo(SB)
	CMPQ	AX, $0
	JNE	caseb
	MOVQ	24(SP), AX
	ADDQ	AX, 8(SP)
	JMP	rnext
caseb:
	MOVQ	32(SP), AX
	ADDQ	AX, 16(SP)
rnext:
	INCQ	0(SP)
	CMPQ	0(SP), $1000
	JLT	rloop
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$2, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	LEAQ	strs<>+2(SB), DI
	MOVQ	$2, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	16(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·e(SB)
	LEAQ	24(SP), DI
	MOVQ	main·e(SB), SI
	CALL	runtime·selectnbrecv(SB)
	MOVB	DL, 88(SP)
	TESTB	AL, AL
	JEQ	nb1empty
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+4(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	24(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	88(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	nb1done
nb1empty:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+7(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
nb1done:
	MOVQ	$7, 80(SP)
	MOVQ	main·e(SB), DI
	LEAQ	80(SP), SI
	CALL	runtime·selectnbsend(SB)
	TESTB	AL, AL
	JEQ	nb2full
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+12(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	nb2done
nb2full:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+16(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
nb2done:
	MOVQ	$8, 80(SP)
	MOVQ	main·e(SB), DI
	LEAQ	80(SP), SI
	CALL	runtime·selectnbsend(SB)
	TESTB	AL, AL
	JEQ	nb3full
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+20(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	nb3done
nb3full:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+24(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
nb3done:
	LEAQ	24(SP), DI
	MOVQ	main·e(SB), SI
	CALL	runtime·selectnbrecv(SB)
	MOVB	DL, 88(SP)
	TESTB	AL, AL
	JEQ	nb4empty
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+28(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	24(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	88(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	nb4done
nb4empty:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+31(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
nb4done:
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·done(SB)
	LEAQ	sinkafv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	sinkbfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$1, 24(SP)
	MOVQ	$2, 32(SP)
	MOVQ	$0, 0(SP)
sloop:
	MOVQ	main·a(SB), AX
	MOVQ	AX, 40(SP)
	LEAQ	24(SP), AX
	MOVQ	AX, 48(SP)
	MOVQ	main·b(SB), AX
	MOVQ	AX, 56(SP)
	LEAQ	32(SP), AX
	MOVQ	AX, 64(SP)
	LEAQ	40(SP), DI
	LEAQ	72(SP), SI
	MOVQ	$2, DX
	MOVQ	$0, CX
	MOVQ	$1, R8
	CALL	runtime·selectgo(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $1000
	JLT	sloop
	MOVQ	main·a(SB), DI
	CALL	runtime·closechan(SB)
	MOVQ	main·b(SB), DI
	CALL	runtime·closechan(SB)
	MOVQ	main·done(SB), DI
	LEAQ	80(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	main·done(SB), DI
	LEAQ	96(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	96(SP), AX
	ADDQ	AX, 80(SP)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+36(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	80(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/8, $"sasbgote"
DATA	strs<>+8(SB)/8, $"mptysent"
DATA	strs<>+16(SB)/8, $"fullsent"
DATA	strs<>+24(SB)/8, $"fullgote"
DATA	strs<>+32(SB)/8, $"mptytota"
DATA	strs<>+40(SB)/1, $"l"
GLOBL	strs<>(SB), RODATA, $41

DATA	sendfv<>+0(SB)/8, $main·send(SB)
GLOBL	sendfv<>(SB), RODATA, $8
DATA	sinkafv<>+0(SB)/8, $main·sinka(SB)
GLOBL	sinkafv<>(SB), RODATA, $8
DATA	sinkbfv<>+0(SB)/8, $main·sinkb(SB)
GLOBL	sinkbfv<>(SB), RODATA, $8
GLOBL	main·a(SB), NOPTR, $8
GLOBL	main·b(SB), NOPTR, $8
GLOBL	main·e(SB), NOPTR, $8
GLOBL	main·done(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
