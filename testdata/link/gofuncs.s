# gofuncs.s - laid out like gocc's assembler output: every function in one .text
# (aligned to 32), DUPOK data as weak symbols in .noptrdata, and the marker
# section promising a relocation for every reference between symbols. Deadcode
# must drop main.unused (per-function granularity) and keep main.used at
# 32-byte alignment.
    .text
    .p2align 5
    .globl _rt0_amd64_linux
    .type _rt0_amd64_linux, @function
_rt0_amd64_linux:
    call main.used
    movl %eax, %edi
    movl $60, %eax
    syscall
    .size _rt0_amd64_linux, .-_rt0_amd64_linux
    .p2align 5
    .globl main.unused
    .type main.unused, @function
main.unused:
    call main.used
    ret
    .size main.unused, .-main.unused
    .p2align 5
    .globl main.used
    .type main.used, @function
main.used:
    movl go.dupok.seven(%rip), %eax
    addl $35, %eax
    ret
    .size main.used, .-main.used
    .section .noptrdata,"aw"
    .p2align 3
    .weak go.dupok.seven
    .type go.dupok.seven, @object
    .size go.dupok.seven, 8
go.dupok.seven:
    .quad 7
    .section .gocc.subsections_via_symbols,"",@progbits
    .section .note.GNU-stack,"",@progbits
