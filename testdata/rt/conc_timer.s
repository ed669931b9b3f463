// conc_timer.s - the time package's timers from the runtime side, driven as
// time.NewTimer, Stop, Reset, NewTicker and AfterFunc drive them: a
// runtimeTimer (Go 1.19 layout: pp 0, when 8, period 16, f 24, arg 32/40,
// seq 48, nextwhen 56, status 64) armed with time.startTimer and friends
// (ABIInternal: AX, BX); sysmon calls f(arg, seq) as Go code: sendtime does
// a non-blocking send of seq on the channel arg, gofunc starts arg as a
// goroutine. Matches conc_timer.go.

#include "textflag.h"

// sendtime(argtype AX, c BX, seq CX): like time.sendTime.
TEXT main·sendtime(SB),$16-0
	MOVQ	CX, 0(SP)
	MOVQ	BX, DI
	LEAQ	0(SP), SI
	CALL	runtime·selectnbsend(SB)
	RET

// gofunc(argtype AX, fn BX, seq CX): like time.goFunc.
TEXT main·gofunc(SB),$16-0
	MOVQ	BX, DI
	CALL	runtime·newproc(SB)
	RET

TEXT main·ping(SB),$16-0
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET

// arm(t DI, d SI, period DX, f CX, arg R8): fill in t and start it.
TEXT main·arm(SB),$32-0
	MOVQ	DI, 0(SP)
	MOVQ	SI, 8(SP)
	MOVQ	DX, 16(DI)
	MOVQ	CX, 24(DI)
	MOVQ	R8, 40(DI)
	MOVQ	$1, 32(DI)
	CALL	runtime·nanotime(SB)
	ADDQ	8(SP), AX
	MOVQ	0(SP), BX
	MOVQ	AX, 8(BX)
	MOVQ	BX, AX
	CALL	time·startTimer(SB)
	RET

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c1(SB)
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·done(SB)
	LEAQ	main·t1(SB), DI
	MOVQ	$5000000, SI
	MOVQ	$0, DX
	LEAQ	sendtimefv<>(SB), CX
	MOVQ	main·c1(SB), R8
	CALL	main·arm(SB)
	MOVQ	main·c1(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$11, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·t2(SB), DI
	MOVQ	$3600000000000, SI
	MOVQ	$0, DX
	LEAQ	sendtimefv<>(SB), CX
	MOVQ	main·c1(SB), R8
	CALL	main·arm(SB)
	LEAQ	main·t2(SB), AX
	CALL	time·stopTimer(SB)
	MOVB	AL, 8(SP)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+11(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	8(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·t2(SB), AX
	CALL	time·stopTimer(SB)
	MOVB	AL, 8(SP)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+15(SB), DI
	MOVQ	$10, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	8(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	CALL	runtime·nanotime(SB)
	LEAQ	1000000(AX), BX
	LEAQ	main·t1(SB), AX
	CALL	time·resetTimer(SB)
	MOVB	AL, 8(SP)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+25(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	8(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	MOVQ	main·c1(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+30(SB), DI
	MOVQ	$11, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·t3(SB), DI
	MOVQ	$1000000, SI
	MOVQ	$1000000, DX
	LEAQ	sendtimefv<>(SB), CX
	MOVQ	main·c1(SB), R8
	CALL	main·arm(SB)
	MOVQ	$0, 16(SP)
tick:
	MOVQ	main·c1(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	INCQ	16(SP)
	CMPQ	16(SP), $5
	JLT	tick
	LEAQ	main·t3(SB), AX
	CALL	time·stopTimer(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+41(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	16(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·t4(SB), DI
	MOVQ	$1000000, SI
	MOVQ	$0, DX
	LEAQ	gofuncfv<>(SB), CX
	LEAQ	pingfv<>(SB), R8
	CALL	main·arm(SB)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+46(SB), DI
	MOVQ	$9, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/8, $"timer fi"
DATA	strs<>+8(SB)/8, $"redstops"
DATA	strs<>+16(SB)/8, $"top agai"
DATA	strs<>+24(SB)/8, $"nresetre"
DATA	strs<>+32(SB)/8, $"set fire"
DATA	strs<>+40(SB)/8, $"dticksaf"
DATA	strs<>+48(SB)/7, $"terfunc"
GLOBL	strs<>(SB), RODATA, $55

DATA	sendtimefv<>+0(SB)/8, $main·sendtime(SB)
GLOBL	sendtimefv<>(SB), RODATA, $8
DATA	gofuncfv<>+0(SB)/8, $main·gofunc(SB)
GLOBL	gofuncfv<>(SB), RODATA, $8
DATA	pingfv<>+0(SB)/8, $main·ping(SB)
GLOBL	pingfv<>(SB), RODATA, $8
GLOBL	main·c1(SB), NOPTR, $8
GLOBL	main·done(SB), NOPTR, $8
GLOBL	main·t1(SB), NOPTR, $72
GLOBL	main·t2(SB), NOPTR, $72
GLOBL	main·t3(SB), NOPTR, $72
GLOBL	main·t4(SB), NOPTR, $72

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
