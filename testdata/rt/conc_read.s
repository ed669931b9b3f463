// conc_read.s - a goroutine blocked in runtime.read (standard input: a pipe
// with no data in tests/conc_test.sh) must not stop the others: with
// GOMAXPROCS=1 sysmon takes its P (retake) and main, which yielded to it,
// goes on with 1000 channel round trips. Matches conc_read.go (whose reader
// is os.Stdin.Read; Go 1.19 prints the same).

#include "textflag.h"

TEXT main·reader(SB),$16-0
	MOVQ	$0, DI
	LEAQ	0(SP), SI
	MOVQ	$1, DX
	CALL	runtime·read(SB)
	RET

TEXT main·echo(SB),$16-0
eloop:
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	JMP	eloop

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, main·c(SB)
	LEAQ	readerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	CALL	runtime·Gosched(SB)
	LEAQ	echofv<>(SB), DI
	CALL	runtime·newproc(SB)
	MOVQ	$0, 0(SP)
mloop:
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	MOVQ	main·c(SB), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	INCQ	0(SP)
	CMPQ	0(SP), $1000
	JLT	mloop
	CALL	runtime·printlock(SB)
	LEAQ	strs<>+0(SB), DI
	MOVQ	$9, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	strs<>+0(SB)/8, $"main don"
DATA	strs<>+8(SB)/1, $"e"
GLOBL	strs<>(SB), RODATA, $9

DATA	readerfv<>+0(SB)/8, $main·reader(SB)
GLOBL	readerfv<>(SB), RODATA, $8
DATA	echofv<>+0(SB)/8, $main·echo(SB)
GLOBL	echofv<>(SB), RODATA, $8
GLOBL	main·c(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
