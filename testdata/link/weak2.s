# weak1.s - a DUPOK (weak) data symbol; this second definition must be dropped.
    .data
    .weak dupok_val
    .type dupok_val, @object
    .size dupok_val, 8
    .p2align 3
dupok_val:
    .quad 99
    .section .note.GNU-stack,"",@progbits
