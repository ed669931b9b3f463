/* placeholder_check.c - stands in for the type checker until it lands; delete then. */
#include <stdio.h>

#include "compile.h"

Package *types_check(Node **files, int nfiles, const CompileOptions *opts) {
    (void)files;
    (void)nfiles;
    (void)opts;
    fprintf(stderr, "gocc: the type checker is not built yet\n");
    return NULL;
}

void types_write_asmhdr(Package *pkg, Buf *out) {
    (void)pkg;
    (void)out;
}

void types_write_cdefs(Package *pkg, Buf *out) {
    (void)pkg;
    (void)out;
}
