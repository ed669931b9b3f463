// sleep.s - time.Sleep's runtime half: main starts a goroutine that sleeps
// 10 ms, sleeps 30 ms itself (every M idle meanwhile: sysmon's timers wake
// them, and checkdead must not call it a deadlock), then checks with
// runtime.nanotime that at least 30 ms passed. Matches sleep.go.

#include "textflag.h"

TEXT main·worker(SB),$0-0
	MOVQ	$10000000, DI
	CALL	runtime·timeSleep(SB)
	LEAQ	msgs<>+0(SB), DI
	MOVQ	$7, SI
	CALL	runtime·printstring(SB)
	RET

TEXT main·main(SB),$16-0
	CALL	runtime·nanotime(SB)
	MOVQ	AX, 0(SP)
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$30000000, DI
	CALL	runtime·timeSleep(SB)
	LEAQ	msgs<>+7(SB), DI
	MOVQ	$5, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·nanotime(SB)
	SUBQ	0(SP), AX
	XORL	DI, DI
	CMPQ	AX, $30000000
	SETGE	DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	msgs<>+0(SB)/8, $"worker\nm"
DATA	msgs<>+8(SB)/4, $"ain\n"
GLOBL	msgs<>(SB), RODATA, $12
DATA	workerfv<>+0(SB)/8, $main·worker(SB)
GLOBL	workerfv<>(SB), RODATA, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
