/* pkgname.c - reads the name in a Go file's package clause, so the driver
 * can say "not a main package" before compiling and linking for nothing.
 * Only comments and white space may come before the clause; anything odd
 * returns NULL and is left to the compiler to report. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "drv.h"

/* Skips white space and comments; returns the first other byte. */
const char *drv_skip_blank(const char *p, const char *end) {
    while (p < end) {
        if (isspace((unsigned char)*p))
            p++;
        else if (end - p >= 2 && p[0] == '/' && p[1] == '/') {
            while (p < end && *p != '\n')
                p++;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            const char *q = p + 2;
            while (q + 1 < end && !(q[0] == '*' && q[1] == '/'))
                q++;
            if (q + 1 >= end)
                return end;
            p = q + 2;
        } else
            break;
    }
    return p;
}

static int ident_char(int c) {
    return isalnum(c) || c == '_' || c >= 0x80;
}

/* The package name of the Go file at path, or NULL if it cannot be read. */
const char *drv_package_name(Drv *d, const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return NULL;
    const char *end = src + len;
    const char *p = drv_skip_blank(src, end);
    const char *name = NULL;
    if (end - p > 7 && strncmp(p, "package", 7) == 0 && !ident_char((unsigned char)p[7])) {
        const char *s = drv_skip_blank(p + 7, end), *e = s;
        while (e < end && ident_char((unsigned char)*e))
            e++;
        if (e > s)
            name = arena_strndup(d->arena, s, (size_t)(e - s));
    }
    free(src);
    return name;
}
