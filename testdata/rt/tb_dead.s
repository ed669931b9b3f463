// tb_dead.s - tb_dead.go by hand: main starts a goroutine that blocks
// forever (select {}) and then receives from a channel nobody sends on.
// The deadlock report lists both goroutines without runtime frames (Go's
// fatal(), not throw()), the second with "created by".

#include "textflag.h"

TEXT main·worker(SB),$16-0
#line 4 "/tmp/tb/tb_dead.go"
	CALL	runtime·block(SB)
	RET

TEXT main·main(SB),$32-0
#line 8 "/tmp/tb/tb_dead.go"
	MOVQ	$8, DI
#line 8 "/tmp/tb/tb_dead.go"
	MOVQ	$0, SI
#line 8 "/tmp/tb/tb_dead.go"
	CALL	runtime·makechan(SB)
#line 8 "/tmp/tb/tb_dead.go"
	MOVQ	AX, 0(SP)
#line 9 "/tmp/tb/tb_dead.go"
	LEAQ	main·workerfv(SB), DI
#line 9 "/tmp/tb/tb_dead.go"
	CALL	runtime·newproc(SB)
#line 10 "/tmp/tb/tb_dead.go"
	MOVQ	0(SP), DI
#line 10 "/tmp/tb/tb_dead.go"
	LEAQ	8(SP), SI
#line 10 "/tmp/tb/tb_dead.go"
	CALL	runtime·chanrecv1(SB)
	RET

DATA	main·workerfv+0(SB)/8, $main·worker(SB)
GLOBL	main·workerfv(SB), RODATA, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
