/* parse_debug.c - a hidden debugging entry of the syntax stage: parses the
 * files named on the command line and prints their trees (ast_dump). Meant to
 * back `gocc tool compile -d ast`; tests link it into a small binary. */
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "compile.h"
#include "diag.h"

int parse_debug_main(int argc, char **argv);

int parse_debug_main(int argc, char **argv) {
    int quiet = 0, status = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] == 'q') {   /* -q: parse only, print nothing */
            quiet = 1;
            continue;
        }
        size_t len;
        char *src = read_file(argv[i], &len);
        if (!src) {
            status = 1;
            continue;
        }
        Node *f = parse_file(argv[i], src, len);
        free(src);
        if (!f) {
            status = 1;
            continue;
        }
        if (!quiet) {
            Buf b = {0};
            ast_dump(&b, f);
            fwrite(b.data, 1, b.len, stdout);
            buf_free(&b);
        }
    }
    return status || diag_errors() ? 1 : 0;
}
