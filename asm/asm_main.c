/* asm_main.c - placeholder entry of the asm stage until the stage lands. */
#include <stdio.h>

#include "tools.h"

int asm_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "gocc: tool asm is not built yet\n");
    return 2;
}
