// mem_regs.s - an interior pointer held only in a callee-saved register
// survives a collection. main.main allocates a 64-byte object
// (runtime.newobject), stores a marker at +8, keeps only p+8 in BX (no
// copy anywhere in memory), runs runtime.GC, then allocates 200000 more
// 64-byte objects that would reuse the slot had it been freed (run with
// GODEBUG=gccheck=1, a freed slot is poisoned). The marker must be intact:
// exit 0, else runtime.panicIndex(BX value, 0) reports the damage.

#include "textflag.h"

TEXT main·main(SB),$16-0
	MOVQ	$64, DI
	CALL	runtime·newobject(SB)
	MOVQ	$0x1234567, 8(AX)
	LEAQ	8(AX), BX
	MOVQ	$0, AX
	CALL	runtime·GC(SB)
	MOVQ	$200000, R12
loop:
	MOVQ	$64, DI
	CALL	runtime·newobject(SB)
	MOVQ	$-1, 8(AX)
	DECQ	R12
	JNE	loop
	CALL	runtime·GC(SB)
	MOVQ	(BX), DI
	CMPQ	DI, $0x1234567
	JEQ	ok
	MOVQ	$0, SI
	CALL	runtime·panicIndex(SB)
ok:
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
