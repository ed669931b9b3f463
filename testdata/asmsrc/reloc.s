#include "textflag.h"
#include "go_tls.h"
// RIP-relative, TLS, call/jump relocations and float constants.
TEXT ·f(SB), NOSPLIT, $0-0
	MOVQ ·v+8(SB), BX
	MOVQ BX, ·v(SB)
	MOVL $1, ·v(SB)
	CMPL ·v(SB), $0
	CMPQ ·v+16(SB), $1000
	MOVB $1, ·v+3(SB)
	ORB $1, ·v(SB)
	LEAQ ·v(SB), DX
	MOVQ $·v+24(SB), DI
	MOVQ $local<>(SB), DI
	MOVQ local<>+8(SB), R9
	CALL ·g(SB)
	CALL runtime·other(SB)
	MOVQ (TLS), R14
	get_tls(CX)
	MOVQ g(CX), AX
	MOVQ AX, g(CX)
	MOVSD $1.5, X0
	MOVSS $1.5, X1
	ADDSD $-2.25, X2
	MOVSD $0.0, X3
	UCOMISD $3.0, X4
	RET
TEXT ·g(SB), NOSPLIT|NOFRAME, $0
	RET
// Branch relaxation: short forward/backward, forced long.
TEXT ·br(SB), NOSPLIT, $0
top:
	JEQ fwd
	JMP fwd
	JCS far
	LOOP top
fwd:
	NOP
	DECQ AX
	JNE top
	JMP 2(PC)
	INCQ AX
	JMP -1(PC)
	MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX; MOVQ $0, DX; MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX
	MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX; MOVQ $0, DX; MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX
	MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX; MOVQ $0, DX; MOVQ $0, AX; MOVQ $0, BX; MOVQ $0, CX
far:
	JNE top
	JMP top
	RET
DATA ·v+0(SB)/8, $0x1122334455667788
DATA ·v+8(SB)/4, $-1
DATA ·v+12(SB)/2, $'a'
DATA ·v+14(SB)/1, $(1<<4 | 2)
DATA ·v+15(SB)/1, $~15
DATA ·v+16(SB)/8, $·g(SB)
DATA ·v+24(SB)/8, $local<>+4(SB)
DATA ·v+32(SB)/8, $2.5
DATA ·v+40(SB)/4, $2.5
DATA ·v+44(SB)/4, $"ab\n"
GLOBL ·v(SB), $64
DATA local<>+0(SB)/8, $"hello\x00\x01\x02"
GLOBL local<>(SB), RODATA, $16
GLOBL ·bss(SB), $64
GLOBL ·nb(SB), NOPTR, $8
DATA ·nd(SB)/8, $7
GLOBL ·nd(SB), NOPTR|DUPOK, $8
GLOBL ·ro(SB), RODATA, $8
