/* deps.c - the import paths in a package's Go files, so that `gocc install`
 * first installs the standard packages (in $ROOT/std) that the package
 * imports and that are missing or stale, dependencies first, as go install
 * builds a package's dependencies. Import syntax the scanner does not
 * understand is skipped: the compiler reports it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "drv.h"

static int ident_start(int c) { return isalpha(c) || c == '_' || c >= 0x80; }

/* Skips an identifier (an import's local name) if there is one. */
static const char *skip_ident(const char *p, const char *end) {
    if (p < end && (ident_start((unsigned char)*p) || *p == '.')) {
        p++;
        while (p < end && (isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80))
            p++;
    }
    return p;
}

/* One import spec at p: [name] "path". Appends the path; returns the byte
 * after the spec, or NULL if it is not one. */
static const char *import_spec(Drv *d, const char *p, const char *end, Vec *out) {
    p = drv_skip_blank(skip_ident(p, end), end);
    if (p >= end || (*p != '"' && *p != '`'))
        return NULL;
    const char *q = p + 1;
    while (q < end && *q != *p && *q != '\n' && *q != '\\')
        q++;
    if (q >= end || *q != *p)
        return NULL;
    vec_push(out, arena_strndup(d->arena, p + 1, (size_t)(q - p - 1)));
    return q + 1;
}

static int keyword(const char *p, const char *end, const char *kw) {
    size_t n = strlen(kw);
    return (size_t)(end - p) > n && strncmp(p, kw, n) == 0 && !isalnum((unsigned char)p[n]) && p[n] != '_';
}

/* The import declarations after the package clause. */
static void file_imports(Drv *d, const char *src, const char *end, Vec *out) {
    const char *p = drv_skip_blank(src, end);
    if (!keyword(p, end, "package"))
        return;
    p = drv_skip_blank(skip_ident(drv_skip_blank(p + 7, end), end), end);
    while (p && keyword(p, end, "import")) {
        p = drv_skip_blank(p + 6, end);
        if (p < end && *p == '(') {
            for (p = drv_skip_blank(p + 1, end); p && p < end && *p != ')';)
                if ((p = import_spec(d, p, end, out)) != NULL)
                    p = drv_skip_blank(p + (p < end && *p == ';'), end);
            if (p)
                p = drv_skip_blank(p + 1, end);
        } else if ((p = import_spec(d, p, end, out)) != NULL) {
            p = drv_skip_blank(p, end);
        }
        if (p && p < end && *p == ';')
            p = drv_skip_blank(p + 1, end);
    }
}

/* Whether the archive of std package pkgpath (sources in dir) must be built. */
static int stale(Drv *d, const char *dir, const char *pkgpath) {
    long long t = drv_mtime(arena_printf(d->arena, "%s/%s.a", drv_pkgdir(d), pkgpath));
    return t < 0 || drv_newest(dir) > t || drv_mtime(d->exe) > t;
}

void drv_install_deps(Drv *d, const char *dir, StrMap *seen, int *nb) {
    Vec files = {0}, paths = {0};
    drv_list_files(d, dir, ".go", &files);
    for (int i = 0; i < files.len; i++) {
        size_t len;
        char *src = read_file(VEC_AT(files, const char *, i), &len);
        if (src)
            file_imports(d, src, src + len, &paths);
        free(src);
    }
    for (int i = 0; i < paths.len && !d->failed; i++) {
        const char *p = VEC_AT(paths, const char *, i);
        const char *pdir = arena_printf(d->arena, "%s/std/%s", d->root, p);
        if (strmap_get(seen, p) || strstr(p, "..") || !strcmp(p, "runtime") || !drv_is_dir(pdir))
            continue;
        strmap_put(seen, p, (void *)p);
        drv_install_deps(d, pdir, seen, nb);
        if (stale(d, pdir, p))
            plan_install(d, pdir, p, arena_printf(d->arena, "b%03d", ++*nb));
    }
    vec_free(&files);
    vec_free(&paths);
}
