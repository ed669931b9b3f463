#include "textflag.h"
#include "go_asm.h"
TEXT ·add(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	MOVQ AX, ret+16(FP)
	RET
TEXT ·asmSum(SB), NOSPLIT, $0-32
	MOVQ BX, ·counter(SB)
	MOVQ ·counter+8(SB), CX
	LEAQ ·table(SB)(CX*8), DX
	MOVQ $·table(SB), DX
	CALL runtime·helper(SB)
	CALL ·goFunc<ABIInternal>(SB)
	CALL local<>(SB)
	JMP loop
loop:
	MOVQ g_m(R14), AX
	RET
TEXT ·internalabi<ABIInternal>(SB), NOSPLIT, $0
	RET
TEXT local<>(SB), NOSPLIT, $0
	RET
DATA mydata<>+0(SB)/8, $0x1234
DATA ·ptr+0(SB)/8, $·add(SB)
GLOBL mydata<>(SB), RODATA, $16
GLOBL ·table(SB), $64
GLOBL ·ptr(SB), $8
FUNCDATA $0, ·fd(SB)
PCDATA $0, $-1
