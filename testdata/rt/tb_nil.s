// tb_nil.s - tb_nil.go by hand: a nil dereference (SIGSEGV) in a leaf
// without a frame (main.f, $0: no BP slot, its return address is at SP),
// three calls deep. The traceback starts from the signal's context.

#include "textflag.h"

TEXT main·f(SB),$0-0
#line 7 "/tmp/tb/tb_nil.go"
	MOVQ	main·p(SB), AX
#line 7 "/tmp/tb/tb_nil.go"
	MOVQ	(AX), AX
#line 7 "/tmp/tb/tb_nil.go"
	RET

TEXT main·g(SB),$16-0
#line 12 "/tmp/tb/tb_nil.go"
	CALL	main·f(SB)
#line 12 "/tmp/tb/tb_nil.go"
	RET

TEXT main·h(SB),$16-0
#line 17 "/tmp/tb/tb_nil.go"
	CALL	main·g(SB)
#line 17 "/tmp/tb/tb_nil.go"
	RET

TEXT main·main(SB),$16-0
#line 21 "/tmp/tb/tb_nil.go"
	CALL	main·h(SB)
#line 21 "/tmp/tb/tb_nil.go"
	RET

GLOBL	main·p(SB), NOPTR, $8

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
