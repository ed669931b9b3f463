#include "textflag.h"

// func twice(x int) int, in gocc's ABIInternal (x and the result in AX).
// Real Go rejects ABIInternal in user assembly; main.out comes from Go with
// the ABI0 version of this function (ABI0 twice: x+0(FP), ret+8(FP)).
TEXT ·twice(SB), NOSPLIT|ABIInternal, $0-16
	ADDQ	AX, AX
	RET
