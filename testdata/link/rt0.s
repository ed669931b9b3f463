# rt0.s - test entry point: calls cmain() and exits with its result.
    .text
    .globl _rt0_amd64_linux
    .type _rt0_amd64_linux, @function
_rt0_amd64_linux:
    andq $-16, %rsp
    call cmain
    movl %eax, %edi
    movl $60, %eax
    syscall
    .size _rt0_amd64_linux, .-_rt0_amd64_linux
    .section .note.GNU-stack,"",@progbits
