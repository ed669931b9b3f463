// conc_park.s - 2000 goroutines park on one channel receive (runtime/README.md
// measures the idle memory with 100000: change both 2000s); close wakes
// them all and each reports on done. Matches conc_park.go.

#include "textflag.h"

TEXT main·waiter(SB),$16-0
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	$1, 0(SP)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c(SB)
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·done(SB)
	MOVQ	$0, 0(SP)
gloop:
	LEAQ	waiterfv<>(SB), DI
	CALL	runtime·newproc(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $2000
	JLT	gloop
	MOVQ	$5000000, DI
	CALL	runtime·timeSleep(SB)
	MOVQ	main·c(SB), DI
	CALL	runtime·closechan(SB)
	MOVQ	$0, 0(SP)
	MOVQ	$0, 8(SP)
wloop:
	MOVQ	main·done(SB), DI
	LEAQ	16(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	16(SP), AX
	ADDQ	AX, 8(SP)
	INCQ	0(SP)
	CMPQ	0(SP), $2000
	JLT	wloop
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$4, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/4, $"done"
GLOBL	strs<>(SB), RODATA, $4

DATA	waiterfv<>+0(SB)/8, $main·waiter(SB)
GLOBL	waiterfv<>(SB), RODATA, $8
GLOBL	main·c(SB), NOPTR, $8
GLOBL	main·done(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
