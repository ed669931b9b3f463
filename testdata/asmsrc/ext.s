#include "textflag.h"
// gocc extensions: plain dots in names, quoted symbol names, the ABIInternal flag word.
TEXT main.add(SB), NOSPLIT, $0-24
	CALL "main.(*T).M"(SB)
	MOVQ "go.string.\"hi\""+8(SB), AX
	LEAQ "type:*[]int"<>(SB), BX
	RET
TEXT "main.(*T).M"(SB), NOSPLIT, $0
	RET
TEXT main.compiled(SB), ABIInternal, $16-8
	CALL main.add(SB)
	RET
DATA "go.string.\"hi\""+0(SB)/8, $"hi"
GLOBL "go.string.\"hi\""(SB), RODATA|DUPOK, $16
GLOBL "type:*[]int"<>(SB), RODATA, $8
