// regs.s - morestack keeps every register: main loads constants into all
// general registers the prologue leaves alone (R12 is its scratch, R14 is
// g) and into X0-X14, then recurses 20000 levels through 1 KB frames (many
// morestack calls); the bottom level sums the registers. Matches regs.go.

#include "textflag.h"

TEXT main·deep(SB),$1008-0
	TESTQ	AX, AX
	JEQ	bottom
	DECQ	AX
	CALL	main·deep(SB)
	RET
bottom:
	MOVQ	BX, AX
	ADDQ	CX, AX
	ADDQ	DX, AX
	ADDQ	SI, AX
	ADDQ	DI, AX
	ADDQ	R8, AX
	ADDQ	R9, AX
	ADDQ	R10, AX
	ADDQ	R11, AX
	ADDQ	R13, AX
	ADDQ	R15, AX
	ADDSD	X1, X0
	ADDSD	X2, X0
	ADDSD	X3, X0
	ADDSD	X4, X0
	ADDSD	X5, X0
	ADDSD	X6, X0
	ADDSD	X7, X0
	ADDSD	X8, X0
	ADDSD	X9, X0
	ADDSD	X10, X0
	ADDSD	X11, X0
	ADDSD	X12, X0
	ADDSD	X13, X0
	ADDSD	X14, X0
	RET

#define FLOAT(n, x) MOVQ $n, AX; CVTSQ2SD AX, x

TEXT main·main(SB),$16-0
	FLOAT(1, X1)
	FLOAT(2, X2)
	FLOAT(3, X3)
	FLOAT(4, X4)
	FLOAT(5, X5)
	FLOAT(6, X6)
	FLOAT(7, X7)
	FLOAT(8, X8)
	FLOAT(9, X9)
	FLOAT(10, X10)
	FLOAT(11, X11)
	FLOAT(12, X12)
	FLOAT(13, X13)
	FLOAT(14, X14)
	MOVQ	$0x3fe0000000000000, AX	// 0.5
	MOVQ	AX, X0
	MOVQ	$1, BX
	MOVQ	$2, CX
	MOVQ	$3, DX
	MOVQ	$4, SI
	MOVQ	$5, DI
	MOVQ	$6, R8
	MOVQ	$7, R9
	MOVQ	$8, R10
	MOVQ	$9, R11
	MOVQ	$10, R13
	MOVQ	$11, R15
	MOVQ	$20000, AX
	CALL	main·deep(SB)
	MOVSD	X0, 0(SP)
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	MOVSD	0(SP), X0
	CALL	runtime·printfloat(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
