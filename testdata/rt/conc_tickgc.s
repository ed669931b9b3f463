// conc_tickgc.s - timers and the collector: a 50 µs ticker (a periodic runtime
// timer whose function sysmon runs) keeps firing into a 1-slot channel that
// a goroutine drains, while main allocates 200000 256-byte objects (a dozen
// collections, each stopping the world while sysmon wants to run the
// ticker) and checks each. Matches conc_tickgc.go.

#include "textflag.h"

TEXT main·sendtime(SB),$16-0
	MOVQ	CX, 0(SP)
	MOVQ	BX, DI
	LEAQ	0(SP), SI
	CALL	runtime·selectnbsend(SB)
	RET

TEXT main·drain(SB),$16-0
dloop:
	MOVQ	main·tc(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	JMP	dloop

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·tc(SB)
	LEAQ	main·tk(SB), BX
	LEAQ	sendtimefv<>(SB), AX
	MOVQ	AX, 24(BX)
	MOVQ	main·tc(SB), AX
	MOVQ	AX, 40(BX)
	MOVQ	$1, 32(BX)
	MOVQ	$50000, 16(BX)
	CALL	runtime·nanotime(SB)
	ADDQ	$50000, AX
	LEAQ	main·tk(SB), BX
	MOVQ	AX, 8(BX)
	MOVQ	BX, AX
	CALL	time·startTimer(SB)
	LEAQ	drainfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)
	MOVQ	$0, 8(SP)
aloop:
	MOVQ	$256, DI
	CALL	runtime·newobject(SB)
	MOVQ	0(SP), BX
	MOVQ	BX, 0(AX)
	MOVQ	BX, 248(AX)
	MOVQ	AX, 16(SP)
	MOVQ	$256, DI
	CALL	runtime·newobject(SB)
	MOVQ	16(SP), BX
	MOVQ	0(BX), CX
	CMPQ	CX, 0(SP)
	JNE	bad
	CMPQ	248(BX), CX
	JEQ	good
bad:
	INCQ	8(SP)
good:
	INCQ	0(SP)
	CMPQ	0(SP), $100000
	JLT	aloop
	LEAQ	main·tk(SB), AX
	CALL	time·stopTimer(SB)
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
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/4, $"nbad"
GLOBL	strs<>(SB), RODATA, $4

DATA	sendtimefv<>+0(SB)/8, $main·sendtime(SB)
GLOBL	sendtimefv<>(SB), RODATA, $8
DATA	drainfv<>+0(SB)/8, $main·drain(SB)
GLOBL	drainfv<>(SB), RODATA, $8
GLOBL	main·tc(SB), NOPTR, $8
GLOBL	main·tk(SB), NOPTR, $72

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
