// conc_deadnil.s - main sends on a nil channel: it blocks forever ("chan send (nil
// chan)") and checkdead reports the deadlock. Matches conc_deadnil.go.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$0, DI
	LEAQ	0(SP), SI
	CALL	runtime·chansend1(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
