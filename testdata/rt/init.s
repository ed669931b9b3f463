// init.s - package initialisation: main..inittask depends on a task of a
// fake package "dep" and lists one init function; runtime.main must run
// dep's function, then main's, then main.main (docs/abi.md §4).

#include "textflag.h"

TEXT dep·init(SB),$0-0
	LEAQ	msgs<>+0(SB), DI
	MOVQ	$9, SI
	CALL	runtime·printstring(SB)
	RET

TEXT main·init(SB),$0-0
	LEAQ	msgs<>+9(SB), DI
	MOVQ	$10, SI
	CALL	runtime·printstring(SB)
	RET

TEXT main·main(SB),$0-0
	LEAQ	msgs<>+19(SB), DI
	MOVQ	$10, SI
	CALL	runtime·printstring(SB)
	RET

DATA	msgs<>+0(SB)/8, $"dep.init"
DATA	msgs<>+8(SB)/8, $"\nmain.in"
DATA	msgs<>+16(SB)/8, $"it\nmain."
DATA	msgs<>+24(SB)/8, $"main\n"
GLOBL	msgs<>(SB), RODATA, $32

// dep..inittask: no deps, one function.
DATA	dep··inittask+0(SB)/8, $0
DATA	dep··inittask+8(SB)/8, $0
DATA	dep··inittask+16(SB)/8, $1
DATA	dep··inittask+24(SB)/8, $dep·init(SB)
GLOBL	dep··inittask(SB), NOPTR, $32

// main..inittask: one dep (dep), one function.
DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $1
DATA	main··inittask+16(SB)/8, $1
DATA	main··inittask+24(SB)/8, $dep··inittask(SB)
DATA	main··inittask+32(SB)/8, $main·init(SB)
GLOBL	main··inittask(SB), $40
