// Sqrt for amd64: the SSE2 square root instruction is exact (IEEE 754
// correctly rounded), so this is the whole implementation.

#include "textflag.h"

// func Sqrt(x float64) float64
TEXT ·Sqrt(SB), NOSPLIT, $0-16
	MOVSD	x+0(FP), X0
	SQRTSD	X0, X0
	MOVSD	X0, ret+8(FP)
	RET
