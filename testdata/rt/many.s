// many.s - 10000 goroutines on GOMAXPROCS=4 (many.env), each yielding twice
// before it counts itself: run queues overflow into the global queue, dead
// gs are reused, Ms steal; main yields until all are done (many.go).

#include "textflag.h"

TEXT main·worker(SB),$0-0
	CALL	runtime·Gosched(SB)
	CALL	runtime·Gosched(SB)
	LEAQ	main·counter(SB), BX
	MOVQ	$1, AX
	LOCK
	XADDQ	AX, (BX)
	RET


TEXT main·main(SB),$16-0
	MOVQ	$10000, 0(SP)
loop:
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	DECQ	0(SP)
	JNE	loop
wait:
	CALL	runtime·Gosched(SB)
	MOVQ	main·counter(SB), AX
	CMPQ	AX, $10000
	JNE	wait
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	workerfv<>+0(SB)/8, $main·worker(SB)
GLOBL	workerfv<>(SB), RODATA, $8
GLOBL	main·counter(SB), NOPTR, $8
DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
