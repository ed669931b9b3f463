// conc_gc.s - channels and the collector: a producer sends 200000 freshly
// allocated 256-byte objects (runtime.newobject: about a dozen collections)
// through a 64-slot channel, each holding its index in its first and last
// word; main checks them and closes the loop. Objects in flight live only
// in the channel buffer or a parked sender's stack. A third goroutine sits
// in runtime.read meanwhile (stop-the-world takes its P). Matches conc_gc.go.

#include "textflag.h"

TEXT main·reader(SB),$16-0
	MOVQ	$0, DI
	LEAQ	0(SP), SI
	MOVQ	$1, DX
	CALL	runtime·read(SB)
	RET

TEXT main·produce(SB),$16-0
	MOVQ	$0, 8(SP)
ploop:
	MOVQ	$256, DI
	CALL	runtime·newobject(SB)
	MOVQ	8(SP), BX
	MOVQ	BX, 0(AX)
	MOVQ	BX, 248(AX)
	MOVQ	AX, 0(SP)
	MOVQ	$0, AX
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	INCQ	8(SP)
	CMPQ	8(SP), $200000
	JLT	ploop
	MOVQ	main·c(SB), DI
	CALL	runtime·closechan(SB)
	RET

TEXT main·main(SB),$48-0
	LEAQ	readerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	CALL	runtime·Gosched(SB)
	MOVQ	$8, DI
	MOVQ	$64, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c(SB)
	LEAQ	producefv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)	// n
	MOVQ	$0, 8(SP)	// sum
	MOVQ	$0, 16(SP)	// bad
mloop:
	MOVQ	main·c(SB), DI
	LEAQ	24(SP), SI
	CALL	runtime·chanrecv2(SB)
	TESTB	AL, AL
	JEQ	closed
	MOVQ	24(SP), BX
	MOVQ	0(BX), AX
	CMPQ	AX, 0(SP)
	JNE	wrong
	CMPQ	248(BX), AX
	JEQ	right
wrong:
	INCQ	16(SP)
right:
	ADDQ	AX, 8(SP)
	INCQ	0(SP)
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
	RET

DATA	strs<>+0(SB)/7, $"nsumbad"
GLOBL	strs<>(SB), RODATA, $7

DATA	readerfv<>+0(SB)/8, $main·reader(SB)
GLOBL	readerfv<>(SB), RODATA, $8
DATA	producefv<>+0(SB)/8, $main·produce(SB)
GLOBL	producefv<>(SB), RODATA, $8
GLOBL	main·c(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
