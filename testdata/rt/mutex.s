// mutex.s - a semaphore as a mutex under contention: 8 goroutines on
// GOMAXPROCS=4 (mutex.env) each add 1 to an unprotected counter 10000
// times inside semacquire(&mu)/semrelease(&mu); then each releases a done
// semaphore, which main acquires 8 times. Parking and readying across Ms
// must neither lose a wake-up nor let two goroutines in. Matches mutex.go.

#include "textflag.h"

TEXT main·worker(SB),$16-0
	MOVQ	$10000, 0(SP)
wloop:
	LEAQ	main·mu(SB), DI
	CALL	runtime·semacquire(SB)
	MOVQ	main·counter(SB), AX
	INCQ	AX
	MOVQ	AX, main·counter(SB)
	LEAQ	main·mu(SB), DI
	CALL	runtime·semrelease(SB)
	DECQ	0(SP)
	JNE	wloop
	LEAQ	main·done(SB), DI
	CALL	runtime·semrelease(SB)
	RET

TEXT main·main(SB),$16-0
	MOVQ	$1, AX
	MOVQ	AX, main·mu(SB)
	MOVQ	$8, 0(SP)
spawn:
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	DECQ	0(SP)
	JNE	spawn
	MOVQ	$8, 0(SP)
wait:
	LEAQ	main·done(SB), DI
	CALL	runtime·semacquire(SB)
	DECQ	0(SP)
	JNE	wait
	MOVQ	main·counter(SB), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	workerfv<>+0(SB)/8, $main·worker(SB)
GLOBL	workerfv<>(SB), RODATA, $8
GLOBL	main·mu(SB), NOPTR, $8
GLOBL	main·done(SB), NOPTR, $8
GLOBL	main·counter(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
