// IndexByte for amd64 with SSE2: 16 bytes compared at once (PCMPEQB), the
// first match found from the mask of equal bytes (PMOVMSKB, BSF). The last
// block overlaps the one before it instead of reading past the end.

#include "textflag.h"

// func IndexByte(s string, c byte) int
TEXT ·IndexByte(SB), NOSPLIT, $0-32
	MOVQ	s_base+0(FP), SI
	MOVQ	s_len+8(FP), BX
	MOVBLZX	c+16(FP), AX
	MOVQ	SI, DI
	CMPQ	BX, $16
	JLT	small
	MOVQ	AX, X0			// c in every byte of X0
	PUNPCKLBW	X0, X0
	PUNPCKLBW	X0, X0
	PSHUFL	$0, X0, X0
	LEAQ	-16(SI)(BX*1), R9	// the last block's start
loop:
	CMPQ	DI, R9
	JHI	last
	MOVOU	(DI), X1
	PCMPEQB	X0, X1
	PMOVMSKB	X1, DX
	BSFL	DX, DX
	JNE	found
	ADDQ	$16, DI
	JMP	loop
last:
	MOVQ	R9, DI
	MOVOU	(DI), X1
	PCMPEQB	X0, X1
	PMOVMSKB	X1, DX
	BSFL	DX, DX
	JNE	found
	MOVQ	$-1, ret+24(FP)
	RET
found:
	SUBQ	SI, DI
	ADDQ	DX, DI
	MOVQ	DI, ret+24(FP)
	RET
small:					// fewer than 16 bytes: one at a time
	LEAQ	(SI)(BX*1), R9
sloop:
	CMPQ	DI, R9
	JEQ	none
	CMPB	(DI), AL
	JEQ	sfound
	INCQ	DI
	JMP	sloop
none:
	MOVQ	$-1, ret+24(FP)
	RET
sfound:
	SUBQ	SI, DI
	MOVQ	DI, ret+24(FP)
	RET
