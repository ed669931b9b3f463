// conc_close.s - close wakes every parked receiver: three goroutines block in
// chanrecv2 on c; main closes c; each reports ok && v == 0 (false) on done.
// Matches conc_close.go.

#include "textflag.h"

TEXT main·recv(SB),$16-0
	MOVQ	$5, 0(SP)
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv2(SB)
	CMPQ	0(SP), $0
	SETEQ	BL
	ANDB	BL, AL
	MOVB	AL, 8(SP)
	MOVQ	main·done(SB), DI
	LEAQ	8(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·one(SB),$16-0
	MOVQ	$1, 0(SP)
	MOVQ	main·c2(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c(SB)
	MOVQ	$1, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·done(SB)
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c2(SB)
	LEAQ	recvfv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	recvfv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	recvfv<>(SB), DI
	CALL	runtime·newproc(SB)
	LEAQ	onefv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	main·c2(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	main·c(SB), DI
	CALL	runtime·closechan(SB)
	MOVQ	$3, 8(SP)
mloop:
	MOVQ	main·done(SB), DI
	LEAQ	16(SP), SI
	CALL	runtime·chanrecv1(SB)
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$2, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVBLZX	16(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	DECQ	8(SP)
	JNE	mloop
	RET

DATA	strs<>+0(SB)/2, $"ok"
GLOBL	strs<>(SB), RODATA, $2

DATA	recvfv<>+0(SB)/8, $main·recv(SB)
GLOBL	recvfv<>(SB), RODATA, $8
DATA	onefv<>+0(SB)/8, $main·one(SB)
GLOBL	onefv<>(SB), RODATA, $8
GLOBL	main·c(SB), NOPTR, $8
GLOBL	main·done(SB), NOPTR, $8
GLOBL	main·c2(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
