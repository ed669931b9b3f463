# bounds.s - section boundary symbols the linker defines (runtime.text, runtime.etext,
# runtime.data, runtime.edata, runtime.bss, runtime.ebss, runtime.end) as Go's does.
    .text
    .globl _rt0_amd64_linux
_rt0_amd64_linux:
    leaq runtime.text(%rip), %rax
    leaq runtime.etext(%rip), %rax
    leaq runtime.data(%rip), %rax
    leaq runtime.edata(%rip), %rax
    leaq runtime.bss(%rip), %rax
    leaq runtime.ebss(%rip), %rax
    leaq runtime.end(%rip), %rax
    movq dataval(%rip), %rdi
    movq bssbuf(%rip), %rdi
    movl $0, %edi
    movl $60, %eax
    syscall
    .data
dataval:
    .quad 1
    .bss
bssbuf:
    .zero 64
    .section .note.GNU-stack,"",@progbits
