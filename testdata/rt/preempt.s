// preempt.s - preemption at function prologues with GOMAXPROCS=1: main
// starts a goroutine, then loops calling main.f until that goroutine has
// set a flag. Only sysmon's request (stackguard0 = _StackPreempt, honoured
// in f's prologue) lets the goroutine run. Matches preempt.go.

#include "textflag.h"

TEXT main·worker(SB),$0-0
	MOVQ	$1, AX
	MOVQ	AX, main·done(SB)
	RET

TEXT main·g(SB),NOSPLIT,$0-0
	RET

// f has a frame and a call, so it gets the stack check.
TEXT main·f(SB),$16-0
	CALL	main·g(SB)
	RET

TEXT main·main(SB),$16-0
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
loop:
	CALL	main·f(SB)
	MOVQ	main·done(SB), AX
	TESTQ	AX, AX
	JEQ	loop
	LEAQ	msg<>(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	RET

DATA	msg<>+0(SB)/5, $"done\n"
GLOBL	msg<>(SB), RODATA, $5
DATA	workerfv<>+0(SB)/8, $main·worker(SB)
GLOBL	workerfv<>(SB), RODATA, $8
GLOBL	main·done(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
