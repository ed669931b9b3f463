/* pack_main.c - `gocc tool pack c|r|t archive.a [files...]`, like Go's pack:
 *   c  create archive.a from the files (replacing any old archive)
 *   r  add the files to archive.a (created if missing); a member with the
 *      same name is replaced in place, others are appended
 *   t  list the member names
 * Members are named by the files' base names. The archive is written by
 * ar_write, so it has the `/` symbol index GNU tools and our linker expect. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ar.h"
#include "diag.h"
#include "tools.h"

static int pack_usage(void) {
    fprintf(stderr, "usage: gocc tool pack c|r|t archive.a [files...]\n");
    return 2;
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Adds (or replaces) a member; returns the new count. */
static int pack_put(ArMember *mem, int n, ArMember m) {
    for (int i = 0; i < n; i++)
        if (strcmp(mem[i].name, m.name) == 0) {
            mem[i] = m;
            return n;
        }
    mem[n] = m;
    return n + 1;
}

int pack_main(int argc, char **argv) {
    if (argc < 3 || strlen(argv[1]) != 1 || !strchr("crt", argv[1][0]))
        return pack_usage();
    char op = argv[1][0];
    const char *archive = argv[2];
    Arena arena = {0};
    ArMember *old = NULL;
    int nold = 0;
    if (op != 'c' && (op == 't' || access(archive, F_OK) == 0)) {
        size_t len;
        unsigned char *d = (unsigned char *)read_file(archive, &len);
        if (!d || ar_read(&arena, archive, d, len, &old, &nold) < 0)
            return 1;
        if (op == 't') {
            for (int i = 0; i < nold; i++)
                printf("%s\n", old[i].name);
            return 0;
        }
    }
    ArMember *mem = ARENA_NEWN(&arena, ArMember, nold + argc);
    int n = 0;
    for (int i = 0; i < nold; i++)
        mem[n++] = old[i];
    for (int i = 3; i < argc; i++) {
        size_t len;
        char *d = read_file(argv[i], &len);
        if (d)
            n = pack_put(mem, n, (ArMember){base_name(argv[i]), (unsigned char *)d, len});
    }
    Buf out = {0};
    if (!diag_errors())
        ar_write(mem, n, &out);
    if (!diag_errors())
        write_file(archive, out.data, out.len);
    buf_free(&out);
    arena_free(&arena);
    return diag_errors() ? 1 : 0;
}
