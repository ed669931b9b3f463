/* link_main.c - `gocc tool link`: the command line and the list of link steps.
 *
 *   gocc tool link -o out [-e entry] [-L dir]... [-v] [-w] file.o|file.a ...
 *
 * -v reports what each step did; -w leaves out DWARF debug info.
 *
 * Each step is in its own file (see ld.h); a step that reports errors ends the
 * link before anything is written. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "ld.h"
#include "tools.h"

static int usage(void) {
    fprintf(stderr, "usage: gocc tool link -o out [-e entry] [-L dir]... [-v] [-w] file.o|file.a ...\n");
    return 2;
}

/* Parses flags into ld; returns 0, or -1 on a usage error. */
static int ld_flags(Ld *ld, int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_next = i + 1 < argc;
        if (strcmp(a, "-o") == 0 && has_next)
            ld->outfile = argv[++i];
        else if (strcmp(a, "-e") == 0 && has_next)
            ld->entry = argv[++i];
        else if (strcmp(a, "-L") == 0 && has_next)
            vec_push(&ld->libdirs, argv[++i]);
        else if (strncmp(a, "-L", 2) == 0 && a[2])
            vec_push(&ld->libdirs, (void *)(a + 2));
        else if (strcmp(a, "-v") == 0)
            ld->verbose = 1;
        else if (strcmp(a, "-w") == 0)
            ld->nodwarf = 1;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gocc tool link: unknown flag %s\n", a);
            return -1;
        } else
            vec_push(&ld->inputs, (void *)a);
    }
    if (!ld->outfile || ld->inputs.len == 0)
        return -1;
    return 0;
}

static int ld_main(Ld *ld) {
    if (ld_load(ld) < 0 || ld_resolve(ld) < 0 || ld_deadcode(ld) < 0 || ld_layout(ld) < 0 ||
        ld_relocate(ld) < 0 || ld_write(ld) < 0)
        return 1;
    return diag_errors() ? 1 : 0;
}

int link_main(int argc, char **argv) {
    Arena arena = {0};
    Ld ld = {.arena = &arena, .entry = "_rt0_amd64_linux"};
    if (ld_flags(&ld, argc, argv) < 0)
        return usage();
    int rc = ld_main(&ld);
    arena_free(&arena);
    return rc;
}
