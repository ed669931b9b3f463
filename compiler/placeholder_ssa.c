/* placeholder_ssa.c - stands in for the back end until it lands; delete then. */
#include <stdio.h>

#include "compile.h"

int ssa_compile(Package *pkg, const CompileOptions *opts, Buf *out) {
    (void)pkg;
    (void)opts;
    (void)out;
    fprintf(stderr, "gocc: the back end is not built yet\n");
    return 1;
}
