// lang_defer.s - lang_defer.go compiled by hand the way docs/abi.md §10
// says compiled code uses defer and recover: CALL runtime·deferproc(fn)
// then TESTQ AX, AX / JNE to the function's deferreturn-and-return path;
// gorecover(argp) with argp = the entry SP + 8 of the deferred function.
// Frames are declared $N with N ≡ 0 (mod 16); the assembler adds the BP
// slot, so the argp of a function with frame $N is N+16(SP).

#include "textflag.h"

// println("<text>") pieces: printstring(sym, n)
#define PRINTS(sym, n) LEAQ sym(SB), DI; MOVQ $n, SI; CALL runtime·printstring(SB)

// func f() (r int): r at 0(SP); the closure {f_func1, &r} at 8(SP).
TEXT main·f(SB),$32-0
	MOVQ	$0, 0(SP)
	LEAQ	main·f_func1(SB), AX
	MOVQ	AX, 8(SP)
	LEAQ	0(SP), AX
	MOVQ	AX, 16(SP)
	LEAQ	8(SP), DI
	CALL	runtime·deferproc(SB)
	XORPS	X15, X15
	TESTQ	AX, AX
	JNE	ret
	LEAQ	lang·strtype(SB), DI	// panic("boom")
	LEAQ	lang·boom(SB), SI
	CALL	runtime·gopanic(SB)
ret:
	CALL	runtime·deferreturn(SB)
	MOVQ	0(SP), AX
	RET

// fquiet: f without printing: defer func() { recover() }(); panic("boom")
TEXT main·fquiet(SB),$16-0
	LEAQ	lang·quietfv(SB), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	LEAQ	lang·strtype(SB), DI
	LEAQ	lang·boom(SB), SI
	CALL	runtime·gopanic(SB)
ret:
	CALL	runtime·deferreturn(SB)
	RET

TEXT main·quiet(SB),$16-0
	LEAQ	32(SP), DI
	CALL	runtime·gorecover(SB)
	RET

// f's deferred closure: e := recover(); println("recovered", e.(string)); r = 7
TEXT main·f_func1(SB),$16-0
	MOVQ	8(DX), AX
	MOVQ	AX, 0(SP)		// &r
	LEAQ	32(SP), DI		// argp
	CALL	runtime·gorecover(SB)
	MOVQ	DX, 8(SP)		// the data word: *string
	CALL	runtime·printlock(SB)
	PRINTS(lang·recovered, 9)
	CALL	runtime·printsp(SB)
	MOVQ	8(SP), AX
	MOVQ	0(AX), DI
	MOVQ	8(AX), SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	MOVQ	0(SP), AX
	MOVQ	$7, (AX)
	RET

// func h(): a bounds failure, recovered; the runtime error's data word
// points at its Error() text.
TEXT main·h(SB),$16-0
	LEAQ	lang·h_func1fv(SB), DI
	CALL	runtime·deferproc(SB)
	XORPS	X15, X15
	TESTQ	AX, AX
	JNE	ret
	MOVQ	$5, DI
	MOVQ	$3, SI
	CALL	runtime·panicIndex(SB)
ret:
	CALL	runtime·deferreturn(SB)
	RET

TEXT main·h_func1(SB),$16-0
	LEAQ	32(SP), DI
	CALL	runtime·gorecover(SB)
	MOVQ	DX, 0(SP)
	CALL	runtime·printlock(SB)
	PRINTS(lang·recovered, 9)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), AX
	MOVQ	0(AX), DI
	MOVQ	8(AX), SI
	CALL	runtime·printstring(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

// func k(): three deferred closures {k_func, n} at 0, 16, 32(SP).
TEXT main·k(SB),$48-0
	LEAQ	main·k_func(SB), AX
	MOVQ	AX, 0(SP)
	MOVQ	$1, 8(SP)
	MOVQ	AX, 16(SP)
	MOVQ	$2, 24(SP)
	MOVQ	AX, 32(SP)
	MOVQ	$3, 40(SP)
	LEAQ	0(SP), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	LEAQ	16(SP), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	LEAQ	32(SP), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	CALL	runtime·printlock(SB)
	PRINTS(lang·kbody, 6)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
ret:
	CALL	runtime·deferreturn(SB)
	RET

TEXT main·k_func(SB),$16-0
	MOVQ	8(DX), AX
	MOVQ	AX, 0(SP)
	CALL	runtime·printlock(SB)
	PRINTS(lang·deferred, 8)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

// func helper() bool { return recover() == nil }
TEXT main·helper(SB),$16-0
	LEAQ	32(SP), DI
	CALL	runtime·gorecover(SB)
	TESTQ	AX, AX
	SETEQ	AX
	MOVBQZX	AX, AX
	RET

TEXT main·main_func1(SB),$16-0		// panic("second")
	LEAQ	lang·strtype(SB), DI
	LEAQ	lang·second(SB), SI
	CALL	runtime·gopanic(SB)
	RET

TEXT main·main_func2(SB),$16-0		// println("nested recover nil:", helper())
	CALL	main·helper(SB)
	MOVQ	AX, 0(SP)
	CALL	runtime·printlock(SB)
	PRINTS(lang·nested, 19)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET

TEXT main·main(SB),$16-0
	MOVQ	$100000, 8(SP)		// (not in the Go program) 100000 silent panics
loop:					// recovered in a row leave no state behind
	CALL	main·fquiet(SB)
	DECQ	8(SP)
	JNE	loop
	CALL	main·f(SB)
	MOVQ	AX, 0(SP)
	CALL	runtime·printlock(SB)
	PRINTS(lang·freturned, 10)
	CALL	runtime·printsp(SB)
	MOVQ	0(SP), DI
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	CALL	main·h(SB)
	CALL	runtime·printlock(SB)
	PRINTS(lang·hreturned, 10)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	CALL	main·k(SB)
	CALL	runtime·printlock(SB)
	PRINTS(lang·kreturned, 10)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAQ	lang·main_func1fv(SB), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	LEAQ	lang·main_func2fv(SB), DI
	CALL	runtime·deferproc(SB)
	TESTQ	AX, AX
	JNE	ret
	LEAQ	lang·strtype(SB), DI
	LEAQ	lang·first(SB), SI
	CALL	runtime·gopanic(SB)
ret:
	CALL	runtime·deferreturn(SB)
	RET

// Closures without captured variables.
DATA	lang·quietfv+0(SB)/8, $main·quiet(SB)
GLOBL	lang·quietfv(SB), RODATA, $8
DATA	lang·h_func1fv+0(SB)/8, $main·h_func1(SB)
GLOBL	lang·h_func1fv(SB), RODATA, $8
DATA	lang·main_func1fv+0(SB)/8, $main·main_func1(SB)
GLOBL	lang·main_func1fv(SB), RODATA, $8
DATA	lang·main_func2fv+0(SB)/8, $main·main_func2(SB)
GLOBL	lang·main_func2fv(SB), RODATA, $8

// The type descriptor of string (docs/abi.md §8-§9): size 16, ptrdata 8,
// tflag 0, align 8, fieldAlign 8, kind 24; equal; name "string".
DATA	lang·strtype+0(SB)/8, $16
DATA	lang·strtype+8(SB)/8, $8
DATA	lang·strtype+16(SB)/4, $0x1234
DATA	lang·strtype+20(SB)/4, $0x18080800
DATA	lang·strtype+24(SB)/8, $runtime·typeequal(SB)
DATA	lang·strtype+32(SB)/8, $0
DATA	lang·strtype+40(SB)/8, $lang·strname(SB)
GLOBL	lang·strtype(SB), RODATA, $48
DATA	lang·strname+0(SB)/8, $"\x00\x06string"
GLOBL	lang·strname(SB), RODATA, $8

// string values (headers) and texts
DATA	lang·boom+0(SB)/8, $lang·boomtext(SB)
DATA	lang·boom+8(SB)/8, $4
GLOBL	lang·boom(SB), RODATA, $16
DATA	lang·first+0(SB)/8, $lang·firsttext(SB)
DATA	lang·first+8(SB)/8, $5
GLOBL	lang·first(SB), RODATA, $16
DATA	lang·second+0(SB)/8, $lang·secondtext(SB)
DATA	lang·second+8(SB)/8, $6
GLOBL	lang·second(SB), RODATA, $16
DATA	lang·boomtext+0(SB)/4, $"boom"
GLOBL	lang·boomtext(SB), RODATA, $4
DATA	lang·firsttext+0(SB)/5, $"first"
GLOBL	lang·firsttext(SB), RODATA, $5
DATA	lang·secondtext+0(SB)/6, $"second"
GLOBL	lang·secondtext(SB), RODATA, $6
DATA	lang·recovered+0(SB)/8, $"recovere"
DATA	lang·recovered+8(SB)/1, $"d"
GLOBL	lang·recovered(SB), RODATA, $9
DATA	lang·kbody+0(SB)/6, $"k body"
GLOBL	lang·kbody(SB), RODATA, $6
DATA	lang·deferred+0(SB)/8, $"deferred"
GLOBL	lang·deferred(SB), RODATA, $8
DATA	lang·freturned+0(SB)/8, $"f return"
DATA	lang·freturned+8(SB)/2, $"ed"
GLOBL	lang·freturned(SB), RODATA, $10
DATA	lang·hreturned+0(SB)/8, $"h return"
DATA	lang·hreturned+8(SB)/2, $"ed"
GLOBL	lang·hreturned(SB), RODATA, $10
DATA	lang·kreturned+0(SB)/8, $"k return"
DATA	lang·kreturned+8(SB)/2, $"ed"
GLOBL	lang·kreturned(SB), RODATA, $10
DATA	lang·nested+0(SB)/8, $"nested r"
DATA	lang·nested+8(SB)/8, $"ecover n"
DATA	lang·nested+16(SB)/3, $"il:"
GLOBL	lang·nested(SB), RODATA, $19

DATA	main··inittask+0(SB)/8, $0
DATA	main··inittask+8(SB)/8, $0
DATA	main··inittask+16(SB)/8, $0
GLOBL	main··inittask(SB), NOPTR, $24
