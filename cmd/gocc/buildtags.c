/* buildtags.c - which .go and .s files of a directory belong to the build,
 * as go build decides: a `//go:build` line before the package clause must
 * hold for the tags gocc satisfies (linux, amd64, unix, gocc, go1.1 ...
 * go1.19), and a file named *_GOOS, *_GOARCH or *_GOOS_GOARCH must name
 * linux and amd64. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "drv.h"

static const char *const known_os[] = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
                                       "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris",
                                       "windows", "zos", NULL};
static const char *const known_arch[] = {"386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64",
                                         "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm", NULL};

static int in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (strlen(*list) == n && strncmp(*list, s, n) == 0)
            return 1;
    return 0;
}

static int tag_holds(const char *s, size_t n) {
#define IS(lit) (n == sizeof lit - 1 && strncmp(s, lit, n) == 0)
    if (IS("linux") || IS("amd64") || IS("unix") || IS("gocc"))
        return 1;
#undef IS
    if (n >= 4 && strncmp(s, "go1.", 4) == 0) {
        int minor = atoi(s + 4);
        return minor >= 1 && minor <= 19;
    }
    return 0;
}

/* A tiny recursive-descent evaluator: or := and {"||" and}; and := not
 * {"&&" not}; not := "!" not | "(" or ")" | tag. Malformed input is false. */
typedef struct Expr {
    const char *p;
    int bad;
} Expr;

static void skip_sp(Expr *e) {
    while (*e->p == ' ' || *e->p == '\t')
        e->p++;
}

static int eval_or(Expr *e);

static int eval_not(Expr *e) {
    skip_sp(e);
    if (*e->p == '!') {
        e->p++;
        return !eval_not(e);
    }
    if (*e->p == '(') {
        e->p++;
        int v = eval_or(e);
        skip_sp(e);
        if (*e->p++ != ')')
            e->bad = 1;
        return v;
    }
    const char *s = e->p;
    while (isalnum((unsigned char)*e->p) || *e->p == '_' || *e->p == '.')
        e->p++;
    if (e->p == s)
        e->bad = 1;
    return tag_holds(s, (size_t)(e->p - s));
}

static int eval_and(Expr *e) {
    int v = eval_not(e);
    for (skip_sp(e); e->p[0] == '&' && e->p[1] == '&'; skip_sp(e)) {
        e->p += 2;
        v &= eval_not(e);
    }
    return v;
}

static int eval_or(Expr *e) {
    int v = eval_and(e);
    for (skip_sp(e); e->p[0] == '|' && e->p[1] == '|'; skip_sp(e)) {
        e->p += 2;
        v |= eval_and(e);
    }
    return v;
}

/* The file name's _GOOS/_GOARCH suffixes (before the extension). */
static int name_ok(const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    const char *u2 = NULL, *u1 = NULL; /* the last two '_' */
    for (size_t i = 0; i < n; i++)
        if (base[i] == '_')
            u2 = u1, u1 = base + i;
    if (!u1 || u1 == base)
        return 1;
    const char *last = u1 + 1;
    size_t lastn = (size_t)(base + n - last);
    if (in_list(known_arch, last, lastn)) {
        if (strncmp(last, "amd64", lastn) != 0 || lastn != 5)
            return 0;
        if (u2 && u2 != base && in_list(known_os, u2 + 1, (size_t)(u1 - u2 - 1)))
            return (size_t)(u1 - u2 - 1) == 5 && strncmp(u2 + 1, "linux", 5) == 0;
        return 1;
    }
    if (in_list(known_os, last, lastn))
        return lastn == 5 && strncmp(last, "linux", 5) == 0;
    return 1;
}

/* The `//go:build` lines in the header (comments and blank lines before
 * the package clause) all hold. */
static int constraint_ok(const char *src) {
    for (const char *p = src; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *q = p;
        while (q < p + n && isspace((unsigned char)*q))
            q++;
        if (q < p + n && strncmp(q, "//", 2) != 0)
            return 1; /* the header ends at the first non-comment line */
        if (strncmp(q, "//go:build ", 11) == 0) {
            char *line = strndup(q + 11, (size_t)(p + n - q - 11));
            Expr e = {line, 0};
            int v = eval_or(&e);
            skip_sp(&e);
            int ok = v && !e.bad && (*e.p == 0 || *e.p == '\r');
            free(line);
            if (!ok)
                return 0;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return 1;
}

int drv_build_ok(const char *path) {
    if (!name_ok(path))
        return 0;
    if (!drv_has_suffix(path, ".go") && !drv_has_suffix(path, ".s"))
        return 1;
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return 1; /* the compiler reports it */
    int ok = constraint_ok(src);
    free(src);
    return ok;
}
