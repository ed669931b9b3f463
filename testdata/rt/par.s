// par.s - 100 goroutines on GOMAXPROCS=4 (par.env): wakep starts more Ms
// (clone), which steal from main's P; each worker spins, then increments
// a counter atomically; main yields until all are done (par.go).

#include "textflag.h"

TEXT main·worker(SB),$0-0
	MOVQ	$200000, CX
spin:
	DECQ	CX
	JNE	spin
	LEAQ	main·counter(SB), BX
	MOVQ	$1, AX
	LOCK
	XADDQ	AX, (BX)
	RET

TEXT main·main(SB),$16-0
	MOVQ	$100, 0(SP)
loop:
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	DECQ	0(SP)
	JNE	loop
wait:
	CALL	runtime·Gosched(SB)
	MOVQ	main·counter(SB), AX
	CMPQ	AX, $100
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
