// hello.s - a hand-written main package for testing the runtime before the
// compiler exists: main.main prints one line through runtime.printstring
// (System V call, docs/abi.md §2) and returns, so runtime.main exits 0.

#include "textflag.h"

TEXT main·main(SB),$0-0
	LEAQ	msg<>(SB), DI
	MOVQ	$15, SI
	CALL	runtime·printstring(SB)
	RET

DATA	msg<>+0(SB)/8, $"hello, r"
DATA	msg<>+8(SB)/8, $"untime\n"
GLOBL	msg<>(SB), RODATA, $16

// An inittask with no dependencies and no functions.
DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
