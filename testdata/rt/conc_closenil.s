// conc_closenil.s - closing a nil channel panics. Matches conc_closenil.go.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$0, DI
	CALL	runtime·closechan(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
