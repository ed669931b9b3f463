/* compile_main.c - placeholder entry of the compile stage until the stage lands. */
#include <stdio.h>

#include "tools.h"

int compile_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "gocc: tool compile is not built yet\n");
    return 2;
}
