// overflow.s - unbounded recursion with 1 MB frames through the stack-check
// prologue: morestack doubles the stack until it would pass Go's 1e9-byte
// limit, then the runtime reports the overflow as Go does (overflow.go).

#include "textflag.h"

TEXT main·deep(SB),$1048576-0
	CALL	main·deep(SB)
	RET

TEXT main·main(SB),$0-0
	CALL	main·deep(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
