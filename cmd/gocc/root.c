/* root.c - finds the gocc binary and its root (GOCCROOT), and answers the
 * file questions the driver asks: is it a file or a directory, how new is it. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drv.h"

/* The absolute path of the running binary, so steps can run it again. */
const char *drv_exe_path(Arena *a) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return "/proc/self/exe";
    buf[n] = 0;
    return arena_strdup(a, buf);
}

/* $GOCCROOT if set, else the parent of the directory holding the binary
 * (bin/gocc -> the repository root). */
const char *drv_root(Arena *a, const char *exe) {
    const char *env = getenv("GOCCROOT");
    if (env && *env) {   /* made absolute, so printed plans work from anywhere */
        char *abs = realpath(env, NULL);
        const char *r = arena_strdup(a, abs ? abs : env);
        free(abs);
        return r;
    }
    char *r = arena_strdup(a, exe);
    for (int i = 0; i < 2; i++) {
        char *s = strrchr(r, '/');
        if (!s)
            return ".";
        *s = 0;
    }
    return *r ? r : "/";
}

const char *drv_pkgdir(Drv *d) {
    return arena_printf(d->arena, "%s/pkg/linux_amd64", d->root);
}

const char *drv_incdir(Drv *d) {
    return arena_printf(d->arena, "%s/pkg/include", d->root);
}

int drv_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int drv_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

long long drv_mtime(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

/* The newest modification time of any file under dir (recursively). */
long long drv_newest(const char *dir) {
    DIR *dp = opendir(dir);
    if (!dp)
        return -1;
    long long best = -1;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        long long t = drv_is_dir(path) ? drv_newest(path) : drv_mtime(path);
        if (t > best)
            best = t;
    }
    closedir(dp);
    return best;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void drv_sort(Vec *v) {
    if (v->len > 1)
        qsort(v->items, (size_t)v->len, sizeof(void *), cmp_str);
}

int drv_has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Appends the files of dir whose names end in suffix, sorted, as dir/name;
 * hidden files, names starting with '_', _test.go files and .go/.s files
 * excluded by build constraints (buildtags.c) are left out, as go build
 * leaves them out. */
void drv_list_files(Drv *d, const char *dir, const char *suffix, Vec *out) {
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    Vec names = {0};
    for (struct dirent *e; (e = readdir(dp)) != NULL;) {
        const char *full = arena_printf(d->arena, "%s/%s", dir, e->d_name);
        if (e->d_name[0] != '.' && e->d_name[0] != '_' && drv_has_suffix(e->d_name, suffix) &&
            !drv_has_suffix(e->d_name, "_test.go") && drv_is_file(full) &&
            ((strcmp(suffix, ".go") != 0 && strcmp(suffix, ".s") != 0) || drv_build_ok(full)))
            vec_push(&names, (void *)full);
    }
    closedir(dp);
    drv_sort(&names);
    for (int i = 0; i < names.len; i++)
        vec_push(out, names.items[i]);
    vec_free(&names);
}
