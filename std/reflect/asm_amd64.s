// asm_amd64.s - the two pieces of reflect that must be assembly: callframe
// makes a call described by a callFrame (call.go) with gocc's register ABI
// (docs/abi.md §1), and funcStub is the code of the func values reflect
// makes (MakeFunc, method values), which turns an incoming call back into a
// callFrame. Both are WRAPPERs, so that recover() works in a function that
// a deferred reflect-made func value reaches (docs/abi.md §10).
//
// callFrame (call.go): fn 0, ints [9] 8, floats [15] 80, stack 200, stksize 208.

#include "textflag.h"

// callframe(cf *callFrame) (ABI0): copy cf.stksize bytes (args, results, spill
// area) from cf.stack to 0(SP), load the argument registers, CALL cf.fn with
// DX = cf.fn, then store the result registers and the area back into cf.
// At most 4096 bytes of stack area (callframeBig: 65536).
TEXT ·callframe(SB),WRAPPER,$4112-8
	MOVQ	cf+0(FP), AX
	MOVQ	AX, 4096(SP)
	MOVQ	200(AX), SI
	MOVQ	208(AX), CX
	MOVQ	SP, DI
	CALL	copyin<>(SB)
	MOVQ	4096(SP), R12
	CALL	loadregs<>(SB)
	MOVQ	0(R12), DX
	MOVQ	0(DX), R12
	CALL	R12
	MOVQ	4096(SP), R12
	CALL	storeregs<>(SB)
	MOVQ	200(R12), DI
	MOVQ	208(R12), CX
	MOVQ	SP, SI
	CALL	copyin<>(SB)
	XORPS	X15, X15
	RET

TEXT ·callframeBig(SB),WRAPPER,$65552-8
	MOVQ	cf+0(FP), AX
	MOVQ	AX, 65536(SP)
	MOVQ	200(AX), SI
	MOVQ	208(AX), CX
	MOVQ	SP, DI
	CALL	copyin<>(SB)
	MOVQ	65536(SP), R12
	CALL	loadregs<>(SB)
	MOVQ	0(R12), DX
	MOVQ	0(DX), R12
	CALL	R12
	MOVQ	65536(SP), R12
	CALL	storeregs<>(SB)
	MOVQ	200(R12), DI
	MOVQ	208(R12), CX
	MOVQ	SP, SI
	CALL	copyin<>(SB)
	XORPS	X15, X15
	RET

// copyin: copy CX bytes (a multiple of 8) from SI to DI. Clobbers BX, CX,
// SI, DI.
TEXT copyin<>(SB),NOSPLIT|NOFRAME,$0
loop:
	TESTQ	CX, CX
	JEQ	done
	MOVQ	0(SI), BX
	MOVQ	BX, 0(DI)
	ADDQ	$8, SI
	ADDQ	$8, DI
	SUBQ	$8, CX
	JMP	loop
done:
	RET

// loadregs: the argument registers from the callFrame at R12.
TEXT loadregs<>(SB),NOSPLIT|NOFRAME,$0
	MOVSD	80(R12), X0
	MOVSD	88(R12), X1
	MOVSD	96(R12), X2
	MOVSD	104(R12), X3
	MOVSD	112(R12), X4
	MOVSD	120(R12), X5
	MOVSD	128(R12), X6
	MOVSD	136(R12), X7
	MOVSD	144(R12), X8
	MOVSD	152(R12), X9
	MOVSD	160(R12), X10
	MOVSD	168(R12), X11
	MOVSD	176(R12), X12
	MOVSD	184(R12), X13
	MOVSD	192(R12), X14
	MOVQ	8(R12), AX
	MOVQ	16(R12), BX
	MOVQ	24(R12), CX
	MOVQ	32(R12), DI
	MOVQ	40(R12), SI
	MOVQ	48(R12), R8
	MOVQ	56(R12), R9
	MOVQ	64(R12), R10
	MOVQ	72(R12), R11
	RET

// storeregs: the result registers into the callFrame at R12.
TEXT storeregs<>(SB),NOSPLIT|NOFRAME,$0
	MOVSD	X0, 80(R12)
	MOVSD	X1, 88(R12)
	MOVSD	X2, 96(R12)
	MOVSD	X3, 104(R12)
	MOVSD	X4, 112(R12)
	MOVSD	X5, 120(R12)
	MOVSD	X6, 128(R12)
	MOVSD	X7, 136(R12)
	MOVSD	X8, 144(R12)
	MOVSD	X9, 152(R12)
	MOVSD	X10, 160(R12)
	MOVSD	X11, 168(R12)
	MOVSD	X12, 176(R12)
	MOVSD	X13, 184(R12)
	MOVSD	X14, 192(R12)
	MOVQ	AX, 8(R12)
	MOVQ	BX, 16(R12)
	MOVQ	CX, 24(R12)
	MOVQ	DI, 32(R12)
	MOVQ	SI, 40(R12)
	MOVQ	R8, 48(R12)
	MOVQ	R9, 56(R12)
	MOVQ	R10, 64(R12)
	MOVQ	R11, 72(R12)
	RET

// funcStub: the code of reflect's func values; DX = the *stubClosure.
// Frame: 0-31 the helpers' spill area, 32 the incoming registers as a
// callFrame's ints and floats (so 24 is that callFrame's base), 224 the
// closure, 232 the callFrame stubPrep returns. The incoming stack
// arguments are at argframe+0(FP).
TEXT ·funcStub(SB),WRAPPER|NEEDCTXT,$240
	MOVQ	DX, 224(SP)
	LEAQ	24(SP), R12
	CALL	storeregs<>(SB)
	MOVQ	224(SP), AX
	LEAQ	24(SP), BX
	LEAQ	argframe+0(FP), CX
	CALL	·stubPrep(SB)
	MOVQ	AX, 232(SP)
	MOVQ	AX, 0(SP)
	CMPQ	208(AX), $4096
	JHI	big
	CALL	·callframe(SB)
	JMP	post
big:
	CALL	·callframeBig(SB)
post:
	MOVQ	224(SP), AX
	MOVQ	232(SP), BX
	LEAQ	24(SP), CX
	LEAQ	argframe+0(FP), DI
	CALL	·stubPost(SB)
	LEAQ	24(SP), R12
	CALL	loadregs<>(SB)
	XORPS	X15, X15
	RET

// funcStubPC() uintptr: funcStub's address, for stubClosure.code.
TEXT ·funcStubPC(SB),NOSPLIT,$0-8
	LEAQ	·funcStub(SB), AX
	MOVQ	AX, ret+0(FP)
	RET
