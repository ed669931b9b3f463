/* pack_main.c - placeholder entry of the pack and nm tools until they land. */
#include <stdio.h>

#include "tools.h"

int pack_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "gocc: tool pack is not built yet\n");
    return 2;
}

int nm_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "gocc: tool nm is not built yet\n");
    return 2;
}
