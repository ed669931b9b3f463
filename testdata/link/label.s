# label.s - plain labels inside a function without .size: the section must not be
# cut at them (the jump to exit_now has no relocation).
    .text
    .globl _rt0_amd64_linux
_rt0_amd64_linux:
    movl $3, %edi
    jmp exit_now
dead_label:
    ud2
exit_now:
    movl $60, %eax
    syscall
    .section .note.GNU-stack,"",@progbits
