// ABI0 assembly called from Go: add3 and fma clobber R14 and X15 on
// purpose, so the caller must reload g from TLS and zero X15 afterwards.

#include "textflag.h"

// func add3(a int8, b int64, c int32) (int64, bool)
TEXT ·add3(SB), NOSPLIT, $0-33
	MOVBQSX	a+0(FP), AX
	ADDQ	b+8(FP), AX
	MOVLQSX	c+16(FP), CX
	ADDQ	CX, AX
	MOVQ	AX, ret+24(FP)
	MOVB	$1, ret1+32(FP)
	MOVQ	$0, R14
	RET

// func fma(x, y float64, z float32) float64
TEXT ·fma(SB), NOSPLIT, $0-32
	MOVSD	x+0(FP), X0
	MULSD	y+8(FP), X0
	CVTSS2SD	z+16(FP), X1
	ADDSD	X1, X0
	MOVSD	X0, ret+24(FP)
	MOVQ	$1, AX
	MOVQ	AX, X15
	RET
