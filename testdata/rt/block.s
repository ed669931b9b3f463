// block.s - deadlock detection with several Ms (GOMAXPROCS=4, block.env):
// ten goroutines finish, main blocks in `select {}`; when the last M goes
// idle, checkdead reports Go's deadlock error (block.go).

#include "textflag.h"

TEXT main·worker(SB),$0-0
	RET

TEXT main·main(SB),$16-0
	MOVQ	$10, 0(SP)
loop:
	LEAQ	workerfv<>(SB), DI
	CALL	runtime·newproc(SB)
	DECQ	0(SP)
	JNE	loop
	CALL	runtime·block(SB)
	RET

DATA	workerfv<>+0(SB)/8, $main·worker(SB)
GLOBL	workerfv<>(SB), RODATA, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
