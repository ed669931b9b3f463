// p9hello.s - Plan 9 assembly for gocc's own assembler: entry calls main·f,
// which writes "hello" through a RODATA symbol; main·unused is never called.
// Flags are written as numbers (4 = NOSPLIT, 8 = RODATA) so no include is needed.

TEXT _rt0_amd64_linux(SB),4,$0
	CALL main·f(SB)
	MOVQ $60, AX
	MOVQ $7, DI
	SYSCALL
	RET

TEXT main·f(SB),4,$0
	MOVQ $1, AX
	MOVQ $1, DI
	LEAQ msg<>(SB), SI
	MOVQ $6, DX
	SYSCALL
	RET

TEXT main·unused(SB),4,$0
	RET

DATA msg<>+0(SB)/6, $"hello\n"
GLOBL msg<>(SB), 8, $6
