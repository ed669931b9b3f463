// sum.s - deep recursion through the stack-check prologue: main.sum has a
// 1 KB frame and recurses 20000 levels (about 20 MB), so morestack enlarges
// the stack many times. sum takes n in AX and a float in X0 and returns
// (sum of 1..n in AX, n*X0 in X1): every morestack must preserve AX and X0.
// Then string concatenation and comparison. Matches sum.go.

#include "textflag.h"

TEXT main·sum(SB),$1008-0
	TESTQ	AX, AX
	JEQ	zero
	MOVQ	AX, 0(SP)
	DECQ	AX
	CALL	main·sum(SB)
	ADDQ	0(SP), AX
	ADDSD	X0, X1
	RET
zero:
	XORPS	X1, X1
	RET

TEXT main·main(SB),$16-0
	MOVQ	$20000, AX
	MOVQ	$0x3ff0000000000000, BX
	MOVQ	BX, X0
	CALL	main·sum(SB)
	MOVSD	X1, 0(SP)
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	MOVSD	0(SP), X0
	CALL	runtime·printfloat(SB)
	CALL	runtime·printnl(SB)

	LEAQ	strs<>+0(SB), DI	// "ab" + "cd"
	MOVQ	$2, SI
	LEAQ	strs<>+2(SB), DX
	MOVQ	$2, CX
	CALL	runtime·concatstring2(SB)
	MOVQ	AX, DI
	MOVQ	DX, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)

	LEAQ	strs<>+4(SB), DI	// cmpstring("ab", "abc")
	MOVQ	$2, SI
	LEAQ	strs<>+4(SB), DX
	MOVQ	$3, CX
	CALL	runtime·cmpstring(SB)
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	LEAQ	strs<>+5(SB), DI	// cmpstring("b", "a")
	MOVQ	$1, SI
	LEAQ	strs<>+4(SB), DX
	MOVQ	$1, CX
	CALL	runtime·cmpstring(SB)
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	LEAQ	strs<>+7(SB), DI	// cmpstring("x", "x")
	MOVQ	$1, SI
	LEAQ	strs<>+7(SB), DX
	MOVQ	$1, CX
	CALL	runtime·cmpstring(SB)
	MOVQ	AX, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	strs<>+0(SB)/8, $"abcdabcx"
GLOBL	strs<>(SB), RODATA, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
