// conc_cond.s - the notify lists of sync.Cond: three goroutines take a ticket
// (sync.runtime_notifyListAdd) and wait for it (notifyListWait, wait reason
// "sync.Cond.Wait"); NotifyOne wakes one, NotifyAll the other two. The
// shims are ABIInternal (AX, BX). Matches conc_cond.go.

#include "textflag.h"

TEXT main·waiter(SB),$16-0
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListAdd(SB)
	MOVL	AX, BX
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListWait(SB)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·main(SB),$16-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·done(SB)
	LEAQ	waiterfv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	waiterfv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	waiterfv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$5000000, DI
	CALL	runtime·timeSleep(SB)
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListNotifyOne(SB)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListNotifyAll(SB)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	main·done(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+3(SB), DI
	MOVQ	$3, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/6, $"oneall"
GLOBL	strs<>(SB), RODATA, $6

DATA	waiterfv<>+0(SB)/8, $main·waiter(SB)
GLOBL	waiterfv<>(SB), RODATA, $8
GLOBL	main·done(SB), NOPTR, $8
GLOBL	main·l(SB), NOPTR, $32

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
