// conc_seltimer.s - a select woken by a timer: main waits in selectgo on a channel
// nobody sends on and on the channel of a timer (as with time.After);
// sysmon fires the timer, whose function sends without blocking and so
// wins the select from another M. Then the same with a nil channel case.
// Frame: 0 v, 16 cases [2]{c, elem}, 48 order, 56 result.
// Matches conc_seltimer.go.

#include "textflag.h"

// sendtime(argtype AX, c BX, seq CX): like time.sendTime.
TEXT main·sendtime(SB),$16-0
	MOVQ	CX, 0(SP)
	MOVQ	BX, DI
	LEAQ	0(SP), SI
	CALL	runtime·selectnbsend(SB)
	RET

// after(t DI, d SI, c DX): arm t to send on c after d.
TEXT main·after(SB),$32-0
	MOVQ	DI, 0(SP)
	MOVQ	SI, 8(SP)
	LEAQ	sendtimefv<>(SB), AX
	MOVQ	AX, 24(DI)
	MOVQ	DX, 40(DI)
	MOVQ	$1, 32(DI)
	CALL	runtime·nanotime(SB)
	ADDQ	8(SP), AX
	MOVQ	0(SP), BX
	MOVQ	AX, 8(BX)
	MOVQ	BX, AX
	CALL	time·startTimer(SB)
	RET

TEXT main·main(SB),$64-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c2(SB)
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·tc(SB)
	LEAQ	main·t1(SB), DI
	MOVQ	$5000000, SI
	MOVQ	main·tc(SB), DX
	CALL	main·after(SB)
	MOVQ	main·c2(SB), AX
	MOVQ	AX, 16(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 24(SP)
	MOVQ	main·tc(SB), AX
	MOVQ	AX, 32(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 40(SP)
	LEAQ	16(SP), DI
	LEAQ	48(SP), SI
	MOVQ	$0, DX
	MOVQ	$2, CX
	MOVQ	$1, R8
	CALL	runtime·selectgo(SB)
	CMPQ	AX, $1
	JEQ	t1ok
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$2, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	t1done
t1ok:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+2(SB), DI
	MOVQ	$7, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
t1done:
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·tc(SB)
	LEAQ	main·t2(SB), DI
	MOVQ	$1000000, SI
	MOVQ	main·tc(SB), DX
	CALL	main·after(SB)
	MOVQ	$0, AX
	MOVQ	AX, 16(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 24(SP)
	MOVQ	main·tc(SB), AX
	MOVQ	AX, 32(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 40(SP)
	LEAQ	16(SP), DI
	LEAQ	48(SP), SI
	MOVQ	$0, DX
	MOVQ	$2, CX
	MOVQ	$1, R8
	CALL	runtime·selectgo(SB)
	CMPQ	AX, $1
	JEQ	t2ok
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+9(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	JMP	t2done
t2ok:
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+12(SB), DI
	MOVQ	$9, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
t2done:
	RET

DATA	strs<>+0(SB)/8, $"c2timeou"
DATA	strs<>+8(SB)/8, $"tniltime"
DATA	strs<>+16(SB)/5, $"out 2"
GLOBL	strs<>(SB), RODATA, $21

DATA	sendtimefv<>+0(SB)/8, $main·sendtime(SB)
GLOBL	sendtimefv<>(SB), RODATA, $8
GLOBL	main·c2(SB), NOPTR, $8
GLOBL	main·tc(SB), NOPTR, $8
GLOBL	main·t1(SB), NOPTR, $72
GLOBL	main·t2(SB), NOPTR, $72

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
