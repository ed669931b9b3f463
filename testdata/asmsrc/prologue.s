#include "textflag.h"
TEXT ·leaf(SB), $0-16
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	RET
TEXT ·small(SB), $24-8
	MOVQ x+0(FP), AX
	MOVQ AX, y-8(SP)
	CALL ·leaf(SB)
	RET
TEXT ·medium(SB), $1000-0
	CALL ·leaf(SB)
	RET
TEXT ·big(SB), $8000-0
	CALL ·leaf(SB)
	RET
TEXT ·n(SB), NOSPLIT, $24-0
	CALL ·leaf(SB)
	RET
TEXT ·nf(SB), NOSPLIT|NOFRAME, $0-0
	CALL ·leaf(SB)
	RET
TEXT ·m8(SB), $-8
	CALL ·leaf(SB)
	RET
TEXT ·z(SB), $0
	CALL ·leaf(SB)
	RET
TEXT ·c(SB), NEEDCTXT, $16-0
	CALL ·leaf(SB)
	RET
TEXT ·p(SB), NOSPLIT, $0-8
	PUSHQ AX
	MOVQ x+0(FP), AX
	POPQ AX
	ADJSP $16
	MOVQ x+0(FP), AX
	ADJSP $-16
	RET
TEXT ·f128(SB), $120-0
	CALL ·leaf(SB)
	RET
TEXT ·loop(SB), NOSPLIT, $0
loop:
	DECQ AX
	JNE loop
	JMP 2(PC)
	NOP
	RET
TEXT ·w(SB), WRAPPER, $16-0
	CALL ·leaf(SB)
	RET
TEXT ·wn(SB), WRAPPER|NOSPLIT, $0-0
	RET
TEXT ·panicleaf(SB), $8-0
	CALL runtime·panicIndex(SB)
	RET
TEXT ·panicbig(SB), $120-0
	CALL runtime·panicdivide(SB)
	RET
TEXT ·f128b(SB), $128-0
	CALL ·leaf(SB)
	RET
TEXT ·f4096(SB), $4088-0
	CALL ·leaf(SB)
	RET
TEXT ·f4104(SB), $4096-0
	CALL ·leaf(SB)
	RET
TEXT ·tworet(SB), $16-16
	MOVQ a+0(FP), AX
	CMPQ AX, $0
	JEQ zero
	MOVQ AX, r+8(FP)
	RET
zero:
	MOVQ $1, r+8(FP)
	MOVQ $2, tmp-8(SP)
	RET
TEXT ·nfparam(SB), NOSPLIT|NOFRAME, $16-8
	MOVQ x+0(FP), AX
	MOVQ AX, y-8(SP)
	RET
TEXT ·addr(SB), NOSPLIT, $16-8
	LEAQ x+0(FP), AX
	MOVQ $y-8(SP), BX
	MOVQ $8(SP), CX
	RET
