/* link_main.c - placeholder entry of the link stage until the stage lands. */
#include <stdio.h>

#include "tools.h"

int link_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "gocc: tool link is not built yet\n");
    return 2;
}
