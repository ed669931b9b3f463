// main.s - a small Go-shaped program for the pcln tests, written as the
// compiler would write it: #line directives give the Go source positions.
// _rt0_amd64_linux -> main.main -> main.f (f.s) -> main.h -> (tail) main.g
// -> main.dup (DUPOK, in dupa.s and dupb.s) -> traceback (C, tb.c), which
// prints the stack from the runtime.functab.
#include "textflag.h"

TEXT _rt0_amd64_linux(SB), NOSPLIT|NOFRAME, $0
	ANDQ $~15, SP
	CALL main·main(SB)
	MOVQ AX, DI
	MOVQ $231, AX
	SYSCALL
	RET

#line 5 "/src/pcln/main.go"
TEXT main·main(SB), NOSPLIT, $16-0
#line 6 "/src/pcln/main.go"
	MOVQ $0, AX
#line 7 "/src/pcln/main.go"
	CALL main·f(SB)
#line 8 "/src/pcln/main.go"
	RET

#line 20 "/src/pcln/main.go"
TEXT main·dead(SB), NOSPLIT, $16-0
#line 21 "/src/pcln/main.go"
	CALL main·deader(SB)
	RET

#line 30 "/src/pcln/main.go"
TEXT main·h(SB), NOSPLIT, $0-0
#line 31 "/src/pcln/main.go"
	JMP main·g(SB)

#line 40 "/src/pcln/main.go"
TEXT main·deader(SB), NOSPLIT, $0-0
	RET

#line 50 "/src/pcln/main.go"
TEXT main·g(SB), NOSPLIT, $16-0
#line 51 "/src/pcln/main.go"
	NOP
#line 52 "/src/pcln/main.go"
	MOVQ $1, BX
	MOVQ $2, CX
#line 53 "/src/pcln/main.go"
	CALL main·dup(SB)
#line 54 "/src/pcln/main.go"
	RET
