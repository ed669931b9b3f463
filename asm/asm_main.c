/* asm_main.c - entry of `gocc tool asm`: parses the command line, runs the
 * preprocessor and parser over each input file, then either writes the
 * symabis (-gensymabis) or rewrites, adds prologues, assembles and writes
 * the ELF object. Nothing is written when there were errors. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "asm.h"
#include "tools.h"

static void usage(void) {
    fprintf(stderr, "usage: gocc tool asm [-p pkgpath] [-I dir]... [-D name[=value]]... [-gensymabis]\n"
                    "                     [-compiling-runtime] [-S] -o out.o file.s...\n");
    exit(2);
}

typedef struct Opts {
    const char *out;
    Vec incdirs, defines, files;
} Opts;

/* Value of a flag given as "-X value" or "-Xvalue". */
static const char *flag_value(int argc, char **argv, int *i, const char *flag) {
    size_t n = strlen(flag);
    if (argv[*i][n])
        return argv[*i] + n + (argv[*i][n] == '=');
    if (*i + 1 >= argc)
        usage();
    return argv[++*i];
}

static void parse_args(Asm *as, Opts *o, int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-gensymabis") || !strcmp(a, "--gensymabis"))
            as->gensymabis = 1;
        else if (!strcmp(a, "-compiling-runtime"))
            as->compiling_runtime = 1;
        else if (!strcmp(a, "-S"))
            as->listing = 1;
        else if (!strcmp(a, "-o"))
            o->out = flag_value(argc, argv, &i, "-o");
        else if (!strcmp(a, "-p"))
            as->pkgpath = flag_value(argc, argv, &i, "-p");
        else if (!strncmp(a, "-I", 2))
            vec_push(&o->incdirs, (void *)flag_value(argc, argv, &i, "-I"));
        else if (!strncmp(a, "-D", 2))
            vec_push(&o->defines, (void *)flag_value(argc, argv, &i, "-D"));
        else if (a[0] == '-' && a[1])
            diag_fatal("asm: unknown flag %s", a);
        else
            vec_push(&o->files, (void *)a);
    }
    if (!o->out || o->files.len == 0)
        usage();
}

static int parse_file(Asm *as, Opts *o, const char *file, int fi) {
    PP *pp = asm_pp_new(as->arena);
    for (int i = 0; i < o->incdirs.len; i++)
        asm_pp_include_dir(pp, VEC_AT(o->incdirs, const char *, i));
    for (int i = 0; i < o->defines.len; i++)
        asm_pp_define(pp, VEC_AT(o->defines, const char *, i));
    if (asm_pp_push_file(pp, file) < 0)
        return -1;
    return asm_parse(as, pp, fi);
}

/* Writes the output; a path that exists and is not a regular file (e.g. /dev/null)
 * is written in place, since write_file's rename would replace it. */
static int write_output(const char *path, const void *data, size_t len) {
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        FILE *f = fopen(path, "wb");
        int bad = !f || fwrite(data, 1, len, f) != len;
        if (f && fclose(f) != 0)
            bad = 1;
        if (bad)
            diag_errorf("gocc: cannot write %s", path);
        return bad;
    }
    return write_file(path, data, len);
}

int asm_main(int argc, char **argv) {
    Asm as = {0};
    Opts o = {0};
    as.arena = perm_arena;
    as.pkgpath = "main";
    asm_init_ops();
    parse_args(&as, &o, argc, argv);
    for (int i = 0; i < o.files.len; i++)
        parse_file(&as, &o, VEC_AT(o.files, const char *, i), i);
    if (diag_errors())
        return 1;
    if (as.gensymabis)
        return write_output(o.out, as.symabis.data ? (void *)as.symabis.data : "", as.symabis.len) ? 1 : 0;
    for (Text *t = as.texts; t; t = t->next)
        if (asm_rewrite(&as, t) == 0)
            asm_prologue(&as, t);
    if (diag_errors())
        return 1;
    Buf out = {0};
    if (asm_write_object(&as, &out) < 0 || diag_errors())
        return 1;
    if (as.listing)
        for (Text *t = as.texts; t; t = t->next)
            asm_list_text(&as, t, as.obj->sections[0]->data.data + t->offset, stdout);
    return write_output(o.out, out.data, out.len) ? 1 : 0;
}
