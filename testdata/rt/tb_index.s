// tb_index.s - tb_index.go by hand: a bounds failure three calls deep
// (main.main -> h -> g -> f -> runtime.panicIndex), with #line directives
// giving tb_index.go's positions. The traceback must list f, g, h, main
// with Go's file:line (tb_index.err, from Go 1.19).

#include "textflag.h"

TEXT main·f(SB),$16-0
#line 7 "/tmp/tb/tb_index.go"
	MOVQ	AX, DI
#line 7 "/tmp/tb/tb_index.go"
	MOVQ	$3, SI
#line 7 "/tmp/tb/tb_index.go"
	CALL	runtime·panicIndex(SB)
#line 7 "/tmp/tb/tb_index.go"
	RET

TEXT main·g(SB),$16-0
#line 12 "/tmp/tb/tb_index.go"
	CALL	main·f(SB)
#line 12 "/tmp/tb/tb_index.go"
	INCQ	AX
#line 12 "/tmp/tb/tb_index.go"
	RET

TEXT main·h(SB),$16-0
#line 17 "/tmp/tb/tb_index.go"
	CALL	main·g(SB)
#line 17 "/tmp/tb/tb_index.go"
	INCQ	AX
#line 17 "/tmp/tb/tb_index.go"
	RET

TEXT main·main(SB),$16-0
#line 21 "/tmp/tb/tb_index.go"
	MOVQ	$5, AX
#line 21 "/tmp/tb/tb_index.go"
	CALL	main·h(SB)
#line 21 "/tmp/tb/tb_index.go"
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
