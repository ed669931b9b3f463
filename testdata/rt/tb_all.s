// tb_all.s - tb_all.go by hand, run with GOTRACEBACK=all: main starts a
// goroutine that blocks forever (select {}: runtime.block), yields, then
// panics; both goroutines are listed, the second with "created by".

#include "textflag.h"

TEXT main·worker(SB),$16-0
#line 6 "/tmp/tb/tb_all.go"
	CALL	runtime·block(SB)
#line 6 "/tmp/tb/tb_all.go"
	RET

TEXT main·main(SB),$16-0
#line 10 "/tmp/tb/tb_all.go"
	LEAQ	main·workerfv(SB), DI
#line 10 "/tmp/tb/tb_all.go"
	CALL	runtime·newproc(SB)
#line 11 "/tmp/tb/tb_all.go"
	CALL	runtime·Gosched(SB)
#line 12 "/tmp/tb/tb_all.go"
	LEAQ	main·boom(SB), DI
#line 12 "/tmp/tb/tb_all.go"
	MOVQ	$4, SI
#line 12 "/tmp/tb/tb_all.go"
	CALL	runtime·panicstring(SB)
#line 12 "/tmp/tb/tb_all.go"
	RET

DATA	main·workerfv+0(SB)/8, $main·worker(SB)
GLOBL	main·workerfv(SB), RODATA, $8
DATA	main·boom+0(SB)/4, $"boom"
GLOBL	main·boom(SB), RODATA|NOPTR, $4

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
