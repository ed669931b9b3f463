// conc_makechan.s - make(chan int, n) with n < 0 panics "makechan: size out of
// range". Matches conc_makechan.go.

#include "textflag.h"

TEXT main·main(SB),$16-0
	MOVQ	$8, DI
	MOVQ	$-1, SI
	CALL	runtime·makechan(SB)
	RET


DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
