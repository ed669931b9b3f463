// os_linux_amd64.s - entry points for the std packages os and reflect.
//
// Like the shims at the end of sys_linux_amd64.s, these are the bodies of
// body-less Go functions that std/os and std/reflect declare with
// //go:linkname, called with Go's ABIInternal (arguments in AX, BX, CX,
// results in AX, BX; X15 must be zero on return). System calls that can
// block for long (read, write) go through the runtime's runtime.read and
// runtime.write, which hand the P off (proc.c); the short ones (open, close,
// lseek, unlinkat, exit_group) are issued directly. Results are raw: -errno
// on failure.

#include "go_asm.h"
#include "textflag.h"

#define SYS_close		3
#define SYS_lseek		8
#define SYS_exit_group		231
#define SYS_openat		257
#define SYS_unlinkat		263
#define AT_FDCWD		-100

// os.sysRead(fd int, p unsafe.Pointer, n int) int
TEXT os·sysRead(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	SUBQ	$8, SP
	CALL	runtime·read(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// os.sysWrite(fd int, p unsafe.Pointer, n int) int
TEXT os·sysWrite(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	SUBQ	$8, SP
	CALL	runtime·write(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// os.sysOpen(path unsafe.Pointer, flag int, perm int) int: openat(AT_FDCWD, ...)
TEXT os·sysOpen(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, SI
	MOVQ	BX, DX
	MOVQ	CX, R10
	MOVQ	$AT_FDCWD, DI
	MOVL	$SYS_openat, AX
	SYSCALL
	RET

// os.sysClose(fd int) int
TEXT os·sysClose(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVL	$SYS_close, AX
	SYSCALL
	RET

// os.sysSeek(fd int, off int64, whence int) int64
TEXT os·sysSeek(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	MOVL	$SYS_lseek, AX
	SYSCALL
	RET

// os.sysUnlink(path unsafe.Pointer, flags int) int: unlinkat(AT_FDCWD, ...)
TEXT os·sysUnlink(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, SI
	MOVQ	BX, DX
	MOVQ	$AT_FDCWD, DI
	MOVL	$SYS_unlinkat, AX
	SYSCALL
	RET

// os.sysExit(code int): ends the process.
TEXT os·sysExit(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVL	$SYS_exit_group, AX
	SYSCALL
	INT	$3

// os.sysArgv() (argc int, argv, envp unsafe.Pointer): what runtime.args saved.
TEXT os·sysArgv(SB),NOSPLIT|NOFRAME,$0
	MOVLQSX	rt_argc(SB), AX
	MOVQ	rt_argv(SB), BX
	MOVQ	rt_envp(SB), CX
	RET

// reflect.unsafe_New(t *rtype) unsafe.Pointer: mallocgc(t.size, t, true)
TEXT reflect·unsafe_New(SB),NOSPLIT|NOFRAME,$0
	MOVQ	0(AX), DI
	MOVQ	AX, SI
	MOVL	$1, DX
	SUBQ	$8, SP
	CALL	runtime·mallocgc(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// reflect.mapiterinit(t *rtype, m unsafe.Pointer, it unsafe.Pointer)
TEXT reflect·mapiterinit(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	SUBQ	$8, SP
	CALL	runtime·mapiterinit(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// reflect.mapiternext(it unsafe.Pointer)
TEXT reflect·mapiternext(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	SUBQ	$8, SP
	CALL	runtime·mapiternext(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET

// reflect.mapaccess2(t *rtype, m, key unsafe.Pointer) (unsafe.Pointer, bool)
TEXT reflect·mapaccess2(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	MOVQ	CX, DX
	SUBQ	$8, SP
	CALL	runtime·mapaccess2(SB)
	ADDQ	$8, SP
	MOVQ	DX, BX
	XORPS	X15, X15
	RET

// errors.assertE2I2(inter, t unsafe.Pointer) unsafe.Pointer: the itab of t
// for the interface inter, or nil when t does not implement it (iface.c).
TEXT errors·assertE2I2(SB),NOSPLIT|NOFRAME,$0
	MOVQ	AX, DI
	MOVQ	BX, SI
	SUBQ	$8, SP
	CALL	runtime·assertE2I2(SB)
	ADDQ	$8, SP
	XORPS	X15, X15
	RET
