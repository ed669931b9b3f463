// mem_loop.s - a collection stops a goroutine that spins in a loop without
// calls (run with GOMAXPROCS=2): main starts main.spin, waits until it
// runs, then forces 20 collections; each must interrupt the loop (SIGURG,
// asynchronous preemption) and resume it with its registers and flags
// intact (the loop counts in BX; a flag compare is live across the
// interruption). Then main stops the loop and checks the count grew.

#include "textflag.h"

TEXT main·spin(SB),$16-0
	MOVQ	$0, BX
loop:
	INCQ	BX
	MOVQ	BX, main·count(SB)
	CMPQ	main·stop(SB), $0
	JEQ	loop
	RET

TEXT main·main(SB),$16-0
	LEAQ	main·spinfv(SB), DI
	CALL	runtime·newproc(SB)
wait:
	CALL	runtime·Gosched(SB)
	CMPQ	main·count(SB), $1000
	JLT	wait
	MOVQ	$20, R12
gcs:
	CALL	runtime·GC(SB)
	DECQ	R12
	JNE	gcs
	MOVQ	main·count(SB), R13
	MOVQ	$1, main·stop(SB)
	CMPQ	R13, $1000
	JGT	ok
	MOVQ	R13, DI
	MOVQ	$0, SI
	CALL	runtime·panicIndex(SB)
ok:
	RET

DATA	main·spinfv+0(SB)/8, $main·spin(SB)
GLOBL	main·spinfv(SB), RODATA, $8
GLOBL	main·count(SB), NOPTR, $8
GLOBL	main·stop(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
