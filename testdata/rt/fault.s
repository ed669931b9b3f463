// fault.s - a load from an unmapped address that is not near nil: Go
// reports "unexpected fault address" and the fatal error "fault" (fault.go).

#include "textflag.h"

TEXT main·main(SB),$0-0
	MOVQ	$0x10000000, AX
	MOVQ	(AX), DI
	CALL	runtime·printint(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
