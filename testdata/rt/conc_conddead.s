// conc_conddead.s - main waits on a sync.Cond nobody signals: the deadlock report
// says "sync.Cond.Wait". Matches conc_conddead.go.

#include "textflag.h"

TEXT main·main(SB),$16-0
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListAdd(SB)
	MOVL	AX, BX
	LEAQ	main·l(SB), AX
	CALL	sync·runtime_notifyListWait(SB)
	RET

GLOBL	main·l(SB), NOPTR, $32

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
