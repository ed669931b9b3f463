#include "textflag.h"
#include "sub/pp_local.h"
#include "pp_defs.h"
/* block comment
   spanning lines */
#define ONE 1
#define TWO (ONE+ONE)
#define SWAP(x, y) XCHGQ x, y
TEXT ·pp(SB), NOSPLIT, FRAME
	MOVQ $TWO, AX   // comment
	ADD3(AX, BX, CX)
	ZERO(DX); ZERO(SI)
	NESTED(R8)
	SWAP(R9, R10)
#ifdef ONE
	MOVQ $100, R11
#ifndef NOTDEF
	MOVQ $101, R11
#else
	MOVQ $102, R11
#endif
#else
	MOVQ $103, R11
#endif
#undef ONE
#ifdef ONE
	MOVQ $104, R12
#else
	MOVQ $105, R12
#endif
#ifdef FROMCMD
	MOVQ $FROMCMD, R13
#endif
	MOVQ $VALCMD, R13
	MOVQ $(VALCMD<<2 + 'a' - 0x10 % 7), R15
	RET
