// asm_amd64.s - the atomic operations of package sync/atomic on amd64,
// in Go's ABI0 (arguments and results on the stack, offsets checked by go
// vet's asmdecl). Read-modify-write operations use LOCK-prefixed XADD and
// CMPXCHG or XCHG (implicitly locked); stores use XCHG so that they are
// sequentially consistent; loads are plain moves (amd64 keeps their order).

#include "textflag.h"

TEXT ·SwapInt32(SB),NOSPLIT,$0-20
	MOVQ	addr+0(FP), BX
	MOVL	new+8(FP), AX
	XCHGL	AX, 0(BX)
	MOVL	AX, old+16(FP)
	RET

TEXT ·CompareAndSwapInt32(SB),NOSPLIT,$0-17
	MOVQ	addr+0(FP), BX
	MOVL	old+8(FP), AX
	MOVL	new+12(FP), CX
	LOCK
	CMPXCHGL	CX, 0(BX)
	SETEQ	swapped+16(FP)
	RET

TEXT ·AddInt32(SB),NOSPLIT,$0-20
	MOVQ	addr+0(FP), BX
	MOVL	delta+8(FP), AX
	MOVL	AX, CX
	LOCK
	XADDL	AX, 0(BX)
	ADDL	CX, AX
	MOVL	AX, new+16(FP)
	RET

TEXT ·LoadInt32(SB),NOSPLIT,$0-12
	MOVQ	addr+0(FP), BX
	MOVL	0(BX), AX
	MOVL	AX, val+8(FP)
	RET

TEXT ·StoreInt32(SB),NOSPLIT,$0-12
	MOVQ	addr+0(FP), BX
	MOVL	val+8(FP), AX
	XCHGL	AX, 0(BX)
	RET

TEXT ·SwapInt64(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	new+8(FP), AX
	XCHGQ	AX, 0(BX)
	MOVQ	AX, old+16(FP)
	RET

TEXT ·CompareAndSwapInt64(SB),NOSPLIT,$0-25
	MOVQ	addr+0(FP), BX
	MOVQ	old+8(FP), AX
	MOVQ	new+16(FP), CX
	LOCK
	CMPXCHGQ	CX, 0(BX)
	SETEQ	swapped+24(FP)
	RET

TEXT ·AddInt64(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	delta+8(FP), AX
	MOVQ	AX, CX
	LOCK
	XADDQ	AX, 0(BX)
	ADDQ	CX, AX
	MOVQ	AX, new+16(FP)
	RET

TEXT ·LoadInt64(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	0(BX), AX
	MOVQ	AX, val+8(FP)
	RET

TEXT ·StoreInt64(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	val+8(FP), AX
	XCHGQ	AX, 0(BX)
	RET

TEXT ·SwapUint32(SB),NOSPLIT,$0-20
	MOVQ	addr+0(FP), BX
	MOVL	new+8(FP), AX
	XCHGL	AX, 0(BX)
	MOVL	AX, old+16(FP)
	RET

TEXT ·CompareAndSwapUint32(SB),NOSPLIT,$0-17
	MOVQ	addr+0(FP), BX
	MOVL	old+8(FP), AX
	MOVL	new+12(FP), CX
	LOCK
	CMPXCHGL	CX, 0(BX)
	SETEQ	swapped+16(FP)
	RET

TEXT ·AddUint32(SB),NOSPLIT,$0-20
	MOVQ	addr+0(FP), BX
	MOVL	delta+8(FP), AX
	MOVL	AX, CX
	LOCK
	XADDL	AX, 0(BX)
	ADDL	CX, AX
	MOVL	AX, new+16(FP)
	RET

TEXT ·LoadUint32(SB),NOSPLIT,$0-12
	MOVQ	addr+0(FP), BX
	MOVL	0(BX), AX
	MOVL	AX, val+8(FP)
	RET

TEXT ·StoreUint32(SB),NOSPLIT,$0-12
	MOVQ	addr+0(FP), BX
	MOVL	val+8(FP), AX
	XCHGL	AX, 0(BX)
	RET

TEXT ·SwapUint64(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	new+8(FP), AX
	XCHGQ	AX, 0(BX)
	MOVQ	AX, old+16(FP)
	RET

TEXT ·CompareAndSwapUint64(SB),NOSPLIT,$0-25
	MOVQ	addr+0(FP), BX
	MOVQ	old+8(FP), AX
	MOVQ	new+16(FP), CX
	LOCK
	CMPXCHGQ	CX, 0(BX)
	SETEQ	swapped+24(FP)
	RET

TEXT ·AddUint64(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	delta+8(FP), AX
	MOVQ	AX, CX
	LOCK
	XADDQ	AX, 0(BX)
	ADDQ	CX, AX
	MOVQ	AX, new+16(FP)
	RET

TEXT ·LoadUint64(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	0(BX), AX
	MOVQ	AX, val+8(FP)
	RET

TEXT ·StoreUint64(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	val+8(FP), AX
	XCHGQ	AX, 0(BX)
	RET

TEXT ·SwapUintptr(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	new+8(FP), AX
	XCHGQ	AX, 0(BX)
	MOVQ	AX, old+16(FP)
	RET

TEXT ·CompareAndSwapUintptr(SB),NOSPLIT,$0-25
	MOVQ	addr+0(FP), BX
	MOVQ	old+8(FP), AX
	MOVQ	new+16(FP), CX
	LOCK
	CMPXCHGQ	CX, 0(BX)
	SETEQ	swapped+24(FP)
	RET

TEXT ·AddUintptr(SB),NOSPLIT,$0-24
	MOVQ	addr+0(FP), BX
	MOVQ	delta+8(FP), AX
	MOVQ	AX, CX
	LOCK
	XADDQ	AX, 0(BX)
	ADDQ	CX, AX
	MOVQ	AX, new+16(FP)
	RET

TEXT ·LoadUintptr(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	0(BX), AX
	MOVQ	AX, val+8(FP)
	RET

TEXT ·StoreUintptr(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), BX
	MOVQ	val+8(FP), AX
	XCHGQ	AX, 0(BX)
	RET

// The unsafe.Pointer operations: the 64-bit ones under other names (gocc's
// collector is non-moving and stops the world, so no write barrier).
TEXT ·SwapPointer(SB),NOSPLIT,$0-24
	JMP	·SwapUintptr(SB)

TEXT ·CompareAndSwapPointer(SB),NOSPLIT,$0-25
	JMP	·CompareAndSwapUintptr(SB)

TEXT ·LoadPointer(SB),NOSPLIT,$0-16
	JMP	·LoadUintptr(SB)

TEXT ·StorePointer(SB),NOSPLIT,$0-16
	JMP	·StoreUintptr(SB)
