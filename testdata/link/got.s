# got.s - GOT-relative references: a relaxable mov, and an indirect call needing a real slot.
    .text
    .globl _rt0_amd64_linux
_rt0_amd64_linux:
    andq $-16, %rsp
    movq gotval@GOTPCREL(%rip), %rax
    movq (%rax), %rbx
    call *ret5@GOTPCREL(%rip)
    addq %rbx, %rax
    movl %eax, %edi
    movl $60, %eax
    syscall
    .globl ret5
ret5:
    movl $5, %eax
    ret
    .data
    .globl gotval
gotval:
    .quad 37
    .section .note.GNU-stack,"",@progbits
