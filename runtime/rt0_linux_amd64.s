// rt0_linux_amd64.s - the ELF entry point of every gocc program.
//
// The kernel starts the process at _rt0_amd64_linux with 0(SP) = argc,
// 8(SP) = argv[0], ..., then envp and auxv. The chain is Go's:
// _rt0_amd64_linux -> _rt0_amd64 -> runtime·rt0_go (asm_amd64.s).

#include "textflag.h"

TEXT _rt0_amd64_linux(SB),NOSPLIT,$-8
	JMP	_rt0_amd64(SB)

// _rt0_amd64 passes argc in DI and argv in SI to rt0_go.
TEXT _rt0_amd64(SB),NOSPLIT,$-8
	MOVQ	0(SP), DI	// argc
	LEAQ	8(SP), SI	// argv
	JMP	runtime·rt0_go(SB)
