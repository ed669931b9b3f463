// f.s - main.f of the pcln test program, from a second "Go file".
#include "textflag.h"

#line 9 "/src/pcln/f.go"
TEXT main·f(SB), NOSPLIT, $16-0
#line 10 "/src/pcln/f.go"
	MOVQ $3, AX
	MOVQ $4, AX
#line 12 "/src/pcln/f.go"
	CALL main·h(SB)
#line 13 "/src/pcln/f.go"
	RET
