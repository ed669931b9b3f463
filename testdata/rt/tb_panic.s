// tb_panic.s - tb_panic.go by hand: panic("boom") three calls deep
// (runtime.panicstring), #line positions from tb_panic.go.

#include "textflag.h"

TEXT main·f(SB),$16-0
#line 5 "/tmp/tb/tb_panic.go"
	LEAQ	main·boom(SB), DI
#line 5 "/tmp/tb/tb_panic.go"
	MOVQ	$4, SI
#line 5 "/tmp/tb/tb_panic.go"
	CALL	runtime·panicstring(SB)
#line 5 "/tmp/tb/tb_panic.go"
	RET

TEXT main·g(SB),$16-0
#line 10 "/tmp/tb/tb_panic.go"
	CALL	main·f(SB)
#line 10 "/tmp/tb/tb_panic.go"
	RET

TEXT main·h(SB),$16-0
#line 15 "/tmp/tb/tb_panic.go"
	CALL	main·g(SB)
#line 15 "/tmp/tb/tb_panic.go"
	RET

TEXT main·main(SB),$16-0
#line 19 "/tmp/tb/tb_panic.go"
	CALL	main·h(SB)
#line 19 "/tmp/tb/tb_panic.go"
	RET

DATA	main·boom+0(SB)/4, $"boom"
GLOBL	main·boom(SB), RODATA|NOPTR, $4

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
