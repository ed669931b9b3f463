// textflag.h - flag bits for TEXT and GLOBL directives in gocc's Plan 9
// assembly, with the values of Go 1.19 (shared/reference/asm-syntax.md §4).
// Installed into $GOCCROOT/pkg/include; the compiler's output includes it.

// Deprecated; has no effect.
#define NOPROF	1
// Duplicate definitions are allowed; the linker keeps one.
#define DUPOK	2
// No stack-split check in the prologue.
#define NOSPLIT	4
// Data goes to a read-only section.
#define RODATA	8
// Data contains no pointers.
#define NOPTR	16
// A wrapper function: hidden in tracebacks, fixes panic argp.
#define WRAPPER 32
// The function uses its closure context in DX.
#define NEEDCTXT 64
// Thread-local storage slot.
#define TLSBSS	256
// Never allocate a frame or save BP.
#define NOFRAME 512
// The function may call reflect's Method.
#define REFLECTMETHOD 1024
// The outermost frame of a thread: unwinders stop here.
#define TOPFRAME 2048
// A compiler-generated ABI wrapper.
#define ABIWRAPPER 4096
