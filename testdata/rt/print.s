// print.s - main.main calls the print builtins' runtime entry points the
// way compiled code does (System V: integers in DI, floats in X0) with the
// values of print.go; print.err is what Go 1.19 printed for print.go.

#include "textflag.h"

#define PRINTFLOAT(bits) MOVQ $bits, AX; MOVQ AX, X0; CALL runtime·printfloat(SB); CALL runtime·printnl(SB)

TEXT main·main(SB),$0-0
	CALL	runtime·printlock(SB)
	MOVQ	$-42, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVQ	$-1, DI
	CALL	runtime·printuint(SB)
	CALL	runtime·printsp(SB)
	MOVQ	$0, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	MOVQ	$0x8000000000000000, DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	MOVQ	$1, DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printsp(SB)
	MOVQ	$0, DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	PRINTFLOAT(0x3ff8000000000000)
	PRINTFLOAT(0)
	PRINTFLOAT(0x8000000000000000)
	PRINTFLOAT(0xc002000000000000)
	PRINTFLOAT(0x7e37e43c8800759c)
	PRINTFLOAT(0x400921fb54442d11)
	PRINTFLOAT(0x419d6f3454000000)
	PRINTFLOAT(0x3e7ad7f29abcaf48)
	PRINTFLOAT(0x4023fffffca501ad)
	PRINTFLOAT(1)
	PRINTFLOAT(0x7ff8000000000001)
	PRINTFLOAT(0x7ff0000000000000)
	PRINTFLOAT(0xfff0000000000000)
	PRINTFLOAT(0x3fb999999999999a)
	PRINTFLOAT(0x4059000000000000)
	MOVQ	$0, DI
	CALL	runtime·printpointer(SB)
	CALL	runtime·printnl(SB)
	MOVQ	$255, DI
	CALL	runtime·printhex(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
