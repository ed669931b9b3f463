// conc_sendclosed.s - a send on a closed (buffered, empty) channel panics with Go's
// message. Matches conc_sendclosed.go.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$1, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, 8(SP)
	MOVQ	8(SP), DI
	CALL	runtime·closechan(SB)
	MOVQ	8(SP), DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
