// conc_deadselect.s - main blocks in a select (receive from a, send on b) that
// nobody serves: the deadlock report says "select". Matches conc_deadselect.go.
// Frame: 0 v, 8 one, 16 cases [2]{c, elem} (the send first), 48 order.

#include "textflag.h"

TEXT main·main(SB),$64-0
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, AX
	MOVQ	AX, 32(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 40(SP)
	MOVQ	$8, DI
	MOVQ	$0, SI
	CALL	runtime·makechan(SB)
	MOVQ	AX, AX
	MOVQ	AX, 16(SP)
	LEAQ	8(SP), AX
	MOVQ	AX, 24(SP)
	MOVQ	$1, 8(SP)
	LEAQ	16(SP), DI
	LEAQ	48(SP), SI
	MOVQ	$1, DX
	MOVQ	$1, CX
	MOVQ	$1, R8
	CALL	runtime·selectgo(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
