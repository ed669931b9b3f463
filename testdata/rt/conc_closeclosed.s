// conc_closeclosed.s - closing a channel twice panics. Matches conc_closeclosed.go.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, 8(SP)
	MOVQ	8(SP), DI
	CALL	runtime·closechan(SB)
	MOVQ	8(SP), DI
	CALL	runtime·closechan(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
