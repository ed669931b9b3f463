# range.s - an absolute 32-bit sign-extended reference that cannot fit: 32S out of range.
    .text
    .globl _rt0_amd64_linux
_rt0_amd64_linux:
    movq $_rt0_amd64_linux+0x7ffff000, %rax
    ret
    .section .note.GNU-stack,"",@progbits
