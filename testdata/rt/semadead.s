// semadead.s - main waits on a semaphore nobody releases (a WaitGroup that
// is never done): Go's deadlock report with the wait reason "semacquire".
// Matches semadead.go.

#include "textflag.h"

TEXT main·main(SB),$0-0
	LEAQ	main·s(SB), DI
	CALL	runtime·semacquire(SB)
	RET

GLOBL	main·s(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
