// systemstack.s - runtime.systemstack(fn, arg) runs the C function fn(arg)
// on g0's stack and comes back: here fn = runtime.printint, arg = 42, from
// a goroutine whose stack is then used again. Matches systemstack.go.

#include "textflag.h"

TEXT main·main(SB),$16-0
	MOVQ	$7, 0(SP)
	LEAQ	runtime·printint(SB), DI
	MOVQ	$42, SI
	CALL	runtime·systemstack(SB)
	CALL	runtime·printnl(SB)
	MOVQ	0(SP), DI	// the goroutine's frame survived
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
