// lang_try.asm - linked with every C test (lang_*.c): try(f) runs the C
// function f under a deferred closure that recovers and prints
// "recovered: TEXT" (TEXT: the string a runtime error's or a string panic
// value's data word points at), as the try helper of the .go programs.
// C calls it with runtime·gocall(&{main·try, f}).

#include "textflag.h"

TEXT main·try(SB),$16-0
	MOVQ	8(DX), AX
	MOVQ	AX, 0(SP)
	LEAQ	lang·tryrecfv(SB), DI
	CALL	runtime·deferproc(SB)
	XORPS	X15, X15
	TESTQ	AX, AX
	JNE	ret
	MOVQ	0(SP), AX
	CALL	AX
	XORPS	X15, X15
ret:
	CALL	runtime·deferreturn(SB)
	RET

TEXT main·tryrec(SB),$16-0
	LEAQ	32(SP), DI
	CALL	runtime·gorecover(SB)
	MOVQ	DX, 0(SP)
	CALL	runtime·printlock(SB)
	LEAQ	lang·recovered(SB), DI
	MOVQ	$10, SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), AX
	MOVQ	0(AX), DI
	MOVQ	8(AX), SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

DATA	lang·tryrecfv+0(SB)/8, $main·tryrec(SB)
GLOBL	lang·tryrecfv(SB), RODATA, $8
DATA	lang·recovered+0(SB)/8, $"recovere"
DATA	lang·recovered+8(SB)/2, $"d:"
GLOBL	lang·recovered(SB), RODATA, $10

// Methods of lang_panicval.c's types, as compiled Go code (ABIInternal:
// receiver word in AX, the string result in AX, BX).
TEXT main·E_Error(SB),NOSPLIT,$0-0
	LEAQ	lang·customerr(SB), AX
	MOVQ	$12, BX
	RET

TEXT main·Str_String(SB),NOSPLIT,$0-0
	LEAQ	lang·stringer(SB), AX
	MOVQ	$9, BX
	RET

DATA	lang·customerr+0(SB)/8, $"custom e"
DATA	lang·customerr+8(SB)/4, $"rror"
GLOBL	lang·customerr(SB), RODATA, $12
DATA	lang·stringer+0(SB)/8, $"stringer"
DATA	lang·stringer+8(SB)/1, $"!"
GLOBL	lang·stringer(SB), RODATA, $9

// An Error method that panics: calls the C function main·oops.
TEXT main·Bad_Error(SB),$16-0
	CALL	main·oops(SB)
	RET
