// panic.s - main.main fails a bounds check the way compiled code does:
// runtime.panicIndex(5, 3). Matches panic.go: Go's message, exit status 2.

#include "textflag.h"

TEXT main·main(SB),$0-0
	MOVQ	$5, DI
	MOVQ	$3, SI
	CALL	runtime·panicIndex(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
