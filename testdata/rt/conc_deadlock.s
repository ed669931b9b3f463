// conc_deadlock.s - main receives from a channel nobody sends on: Go's deadlock
// report with wait reason "chan receive". Matches conc_deadlock.go.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, 8(SP)
	MOVQ	8(SP), DI
	LEAQ	0(SP), SI
	CALL	runtime·chanrecv1(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
