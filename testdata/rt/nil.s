// nil.s - a load through a nil pointer (field at offset 8) faults; the
// SIGSEGV handler reports Go's nil-dereference panic (nil.go).

#include "textflag.h"

TEXT main·main(SB),$0-0
	LEAQ	before<>(SB), DI
	MOVQ	$7, SI
	CALL	runtime·printstring(SB)
	MOVQ	main·p(SB), AX
	MOVQ	8(AX), DI
	CALL	runtime·printint(SB)
	RET

DATA	before<>+0(SB)/7, $"before\n"
GLOBL	before<>(SB), RODATA, $7
GLOBL	main·p(SB), $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
