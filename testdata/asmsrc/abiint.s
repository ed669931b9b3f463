#include "textflag.h"
#include "go_tls.h"
// <ABIInternal> selectors (need -compiling-runtime); the stack check of ABI0 code loads g from TLS.
TEXT ·internal<ABIInternal>(SB), NOSPLIT, $0-8
	CALL ·other<ABIInternal>(SB)
	RET
TEXT ·abi0(SB), $32-8
	CALL ·internal<ABIInternal>(SB)
	MOVQ g(CX), AX
	get_tls(BX)
	MOVQ g(BX), DX
	MOVQ DX, g(BX)
	RET
