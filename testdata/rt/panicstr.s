// panicstr.s - panic("n is too big") as compiled code will call it:
// runtime.panicstring(ptr, len). Matches panicstr.go.

#include "textflag.h"

TEXT main·main(SB),$0-0
	LEAQ	msg<>(SB), DI
	MOVQ	$12, SI
	CALL	runtime·panicstring(SB)
	RET

DATA	msg<>+0(SB)/8, $"n is too"
DATA	msg<>+8(SB)/4, $" big"
GLOBL	msg<>(SB), RODATA, $12

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
