/* diag.c - error reporting with positions, and whole-file read/write helpers. */
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"

static int error_count;

int pos_compare(Pos a, Pos b) {
    int c = strcmp(a.file ? a.file : "", b.file ? b.file : "");
    if (c)
        return c;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

void diag_error(Pos pos, const char *fmt, ...) {
    if (pos.file && pos.line > 0 && pos.col > 0)
        fprintf(stderr, "%s:%d:%d: ", pos.file, pos.line, pos.col);
    else if (pos.file && pos.line > 0)
        fprintf(stderr, "%s:%d: ", pos.file, pos.line);
    else if (pos.file)
        fprintf(stderr, "%s: ", pos.file);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (++error_count >= DIAG_MAX_ERRORS) {
        if (pos.file && pos.line > 0)
            fprintf(stderr, "%s:%d:%d: too many errors\n", pos.file, pos.line, pos.col);
        else
            fprintf(stderr, "too many errors\n");
        exit(1);
    }
}

void diag_errorf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    error_count++;
}

void diag_fatal(const char *fmt, ...) {
    fputs("gocc: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

int diag_errors(void) { return error_count; }
void diag_reset(void) { error_count = 0; }

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_errorf("open %s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *data = xmalloc(cap + 1);
    size_t got;
    while ((got = fread(data + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            data = xrealloc(data, (cap *= 2) + 1);
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(data);
        diag_errorf("read %s: I/O error", path);
        return NULL;
    }
    data[n] = 0;
    if (len)
        *len = n;
    return data;
}

/* Writes straight into an existing non-regular file (a device such as
 * /dev/null or a pipe), which a rename would replace. */
static int write_in_place(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        diag_errorf("write %s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int write_file(const char *path, const void *data, size_t len) {
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_in_place(path, data, len);
    size_t plen = strlen(path);
    char *tmp = xmalloc(plen + 32);
    snprintf(tmp, plen + 32, "%s.tmp%d", path, (int)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        diag_errorf("create %s: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    int ok = fwrite(data, 1, len, f) == len;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, path) != 0) {
        diag_errorf("write %s: %s", path, strerror(errno));
        remove(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}
