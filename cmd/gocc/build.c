/* build.c - the commands `gocc build`, `gocc run`, `gocc install` and
 * `gocc env`: their flags and arguments, the work directory's life, and
 * running the built program. What each build runs is in plan.c. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "drv.h"

static Arena drv_arena;

static void drv_init(Drv *d) {
    memset(d, 0, sizeof *d);
    d->arena = &drv_arena;
    d->exe = drv_exe_path(d->arena);
    d->root = drv_root(d->arena, d->exe);
}

static int usage_of(const char *cmd) {
    if (strcmp(cmd, "build") == 0)
        fprintf(stderr, "usage: gocc build [-o output] [-n] [-x] [-work] [-S] [-v] file.go... | dir\n");
    else if (strcmp(cmd, "run") == 0)
        fprintf(stderr, "usage: gocc run [-n] [-x] [-work] [-S] [-v] file.go...|dir [arguments...]\n");
    else
        fprintf(stderr, "usage: gocc install [-n] [-x] [-work] [-v] package...\n");
    fprintf(stderr, "Run 'gocc help' for details.\n");
    return 2;
}

/* Parses the build flags at the front of argv (argv[0] is the command).
 * Returns the index of the first argument after them, or -1 after a usage
 * message. `-flag=value` and `--flag` work as with Go's flag package. */
static int parse_flags(Drv *d, int argc, char **argv, const char **out) {
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *f = argv[i] + 1 + (argv[i][1] == '-');
        if (strcmp(argv[i], "--") == 0)
            return i + 1;
        if (strcmp(f, "x") == 0)
            d->xflag = 1;
        else if (strcmp(f, "n") == 0)
            d->nflag = 1;
        else if (strcmp(f, "v") == 0)
            d->vflag = 1;
        else if (strcmp(f, "work") == 0)
            d->keepwork = 1;
        else if (strcmp(f, "S") == 0 && strcmp(argv[0], "install") != 0)
            d->Sflag = 1;
        else if (out && strncmp(f, "o=", 2) == 0)
            *out = f + 2;
        else if (out && strcmp(f, "o") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "flag needs an argument: -o\n");
                return usage_of(argv[0]), -1;
            }
            *out = argv[++i];
        } else {
            fprintf(stderr, "flag provided but not defined: %s\n", argv[i]);
            return usage_of(argv[0]), -1;
        }
    }
    return i;
}

static const char *dir_of(Drv *d, const char *file) {
    const char *s = strrchr(file, '/');
    return s ? arena_strndup(d->arena, file, (size_t)(s - file)) : ".";
}

/* gocc builds programs only: every file must say `package main`.
 * Returns 0, or 1 after a message. */
static int main_package(Drv *d, const char *cmd, Vec *files) {
    for (int i = 0; i < files->len; i++) {
        const char *f = VEC_AT(*files, const char *, i);
        const char *name = drv_package_name(d, f);
        if (name && strcmp(name, "main") != 0) {
            fprintf(stderr, "gocc %s: %s: package %s is not a main package\n", cmd, f, name);
            return 1;
        }
    }
    return 0;
}

/* A directory named alone stands for its .go files, as a package does for
 * go build; the program is then named after the directory. Returns 0, or
 * 1 after a message. */
static int expand_dir(Drv *d, const char *cmd, Vec *files, const char **name) {
    const char *dir = VEC_AT(*files, const char *, 0);
    char *abs = realpath(dir, NULL);
    const char *base = abs && strrchr(abs, '/')[1] ? strrchr(abs, '/') + 1 : "a.out";
    *name = arena_strdup(d->arena, base);
    free(abs);
    files->len = 0;
    drv_list_files(d, dir, ".go", files);
    drv_list_files(d, dir, ".s", &d->sfiles);   /* as go build: the package's assembly */
    if (files->len == 0) {
        fprintf(stderr, "gocc %s: no Go files in %s\n", cmd, dir);
        return 1;
    }
    return main_package(d, cmd, files);
}

/* Checks the named .go files (or expands a directory, see expand_dir):
 * they exist and share one directory. *name gets the default output name,
 * the first file's base name without ".go". Returns 0, or the exit status
 * after a message (2 for a usage error). */
static int package_files(Drv *d, const char *cmd, Vec *files, const char **name) {
    if (files->len == 0) {
        fprintf(stderr, "gocc %s: no go files listed\n", cmd);
        return 2;
    }
    const char *first = VEC_AT(*files, const char *, 0);
    if (files->len == 1 && drv_is_dir(first))
        return expand_dir(d, cmd, files, name);
    const char *base = strrchr(first, '/') ? strrchr(first, '/') + 1 : first;
    *name = arena_strndup(d->arena, base, strlen(base) > 3 ? strlen(base) - 3 : 0);
    const char *dir0 = dir_of(d, first);
    for (int i = 0; i < files->len; i++) {
        const char *f = VEC_AT(*files, const char *, i);
        if (!drv_has_suffix(f, ".go")) {
            fprintf(stderr, "gocc %s: %s: not a .go file or a directory\n", cmd, f);
            return 2;
        }
        if (!drv_is_file(f)) {
            fprintf(stderr, "gocc %s: open %s: %s\n", cmd, f, drv_is_dir(f) ? "is a directory" : strerror(ENOENT));
            return 2;
        }
        if (strcmp(dir_of(d, f), dir0) != 0) {
            fprintf(stderr, "gocc %s: named files must all be in one directory; have %s/ and %s/\n", cmd, dir0,
                    dir_of(d, f));
            return 2;
        }
    }
    return main_package(d, cmd, files);
}

/* Whether path holds something a build may overwrite: nothing, an empty
 * file, an ELF file, or a special file such as /dev/null. Like go build,
 * gocc refuses to overwrite anything else (a source file named by mistake). */
static int may_overwrite(const char *path) {
    if (!drv_is_file(path))
        return 1;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1;
    char magic[4];
    size_t n = fread(magic, 1, 4, f);
    fclose(f);
    return n == 0 || (n == 4 && memcmp(magic, "\x7f" "ELF", 4) == 0);
}

/* The output file: -o's path (an existing directory receives the default
 * name inside it), else the default name in the current directory. */
static const char *output_path(Drv *d, const char *out, const char *name) {
    if (!out && drv_is_dir(name)) {
        fprintf(stderr, "gocc build: build output \"%s\" already exists and is a directory\n", name);
        return NULL;
    }
    if (!out)
        out = name;
    else if (drv_is_dir(out))
        out = arena_printf(d->arena, "%s/%s", out, name);
    if (!may_overwrite(out)) {
        fprintf(stderr, "gocc build: build output \"%s\" already exists and is not an object file\n", out);
        return NULL;
    }
    return out;
}

/* Rebuilds runtime.a first when it is out of date (plan_runtime_stale). */
static void build_runtime_if_stale(Drv *d) {
    if (plan_runtime_stale(d))
        plan_install(d, arena_printf(d->arena, "%s/runtime", d->root), "runtime", "b002");
}

int drv_build(int argc, char **argv) {
    Drv d;
    drv_init(&d);
    const char *out = NULL;
    int i = parse_flags(&d, argc, argv, &out);
    if (i < 0)
        return 2;
    Vec files = {0};
    for (; i < argc; i++)
        vec_push(&files, argv[i]);
    const char *name;
    int rc = package_files(&d, "build", &files, &name);
    if (rc)
        return rc;
    out = output_path(&d, out, name);
    if (!out)
        return 1;
    if (drv_mkwork(&d) != 0)
        return 1;
    build_runtime_if_stale(&d);
    if (d.vflag && !d.failed)
        fprintf(stderr, "command-line-arguments\n");
    plan_main(&d, &files, out);
    drv_rmwork(&d);
    return d.failed ? 2 : 0;    /* go build's status when a step fails */
}

/* Runs the program with its arguments and the driver's stdin/stdout/stderr,
 * ignoring ^C and ^\ meanwhile (the program gets them). Returns the status
 * `go run` gives: 0, or 1 after "exit status N" / "signal: ...". */
static int run_program(Drv *d, const char *exe, int argc, char **argv) {
    Vec *args = drv_args(exe, NULL);
    for (int i = 0; i < argc; i++)
        vec_push(args, argv[i]);
    drv_show(d, NULL, args);
    if (d->nflag)
        return 0;
    vec_push(args, NULL);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        execv(exe, (char **)args->items);
        fprintf(stderr, "gocc run: cannot run %s: %s\n", exe, strerror(errno));
        _exit(127);
    }
    if (pid < 0)
        return 1;
    void (*oldint)(int) = signal(SIGINT, SIG_IGN);
    void (*oldquit)(int) = signal(SIGQUIT, SIG_IGN);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    signal(SIGINT, oldint);
    signal(SIGQUIT, oldquit);
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return 0;
    if (WIFEXITED(st))
        fprintf(stderr, "exit status %d\n", WEXITSTATUS(st));
    else if (WIFSIGNALED(st))
        fprintf(stderr, "signal: %s%s\n", drv_signal_text(d, WTERMSIG(st)), WCOREDUMP(st) ? " (core dumped)" : "");
    return 1;
}

int drv_run(int argc, char **argv) {
    Drv d;
    drv_init(&d);
    int i = parse_flags(&d, argc, argv, NULL);
    if (i < 0)
        return 2;
    Vec files = {0};
    if (i < argc && drv_is_dir(argv[i]))   /* gocc run DIR args... */
        vec_push(&files, argv[i++]);
    else                                    /* gocc run a.go b.go args... */
        for (; i < argc && drv_has_suffix(argv[i], ".go"); i++)
            vec_push(&files, argv[i]);
    const char *name;
    int rc = package_files(&d, "run", &files, &name);
    if (rc)
        return rc;
    if (drv_mkwork(&d) != 0)
        return 1;
    build_runtime_if_stale(&d);
    if (d.vflag && !d.failed)
        fprintf(stderr, "command-line-arguments\n");
    plan_main(&d, &files, NULL);
    rc = 2;                     /* as go run when the build fails */
    if (!d.failed)
        rc = run_program(&d, arena_printf(d.arena, "%s/b001/exe/a.out", d.work), argc - i, argv + i);
    drv_rmwork(&d);
    return rc;
}

/* The directory and import path of a package named on the command line:
 * "runtime" is $ROOT/runtime, "fmt" or "std/fmt" is $ROOT/std/fmt. */
static int find_package(Drv *d, const char *arg, const char **dir, const char **pkgpath) {
    while (strncmp(arg, "./", 2) == 0)
        arg += 2;
    size_t n = strlen(arg);
    while (n > 1 && arg[n - 1] == '/')
        n--;
    arg = arena_strndup(d->arena, arg, n);
    const char *in_std = strncmp(arg, "std/", 4) == 0 ? arg + 4 : arg;
    const char *cand[2] = {arena_printf(d->arena, "%s/%s", d->root, arg),
                           arena_printf(d->arena, "%s/std/%s", d->root, in_std)};
    for (int i = 0; i < 2; i++)
        if (arg[0] != '/' && strstr(arg, "..") == NULL && drv_is_dir(cand[i])) {
            *dir = cand[i];
            *pkgpath = in_std;
            return 0;
        }
    fprintf(stderr, "gocc install: package %s is not in %s or %s/std\n", arg, d->root, d->root);
    return -1;
}

int drv_install(int argc, char **argv) {
    Drv d;
    drv_init(&d);
    int i = parse_flags(&d, argc, argv, NULL);
    if (i < 0)
        return 2;
    if (i == argc) {
        fprintf(stderr, "gocc install: no packages listed\n");
        return usage_of("install");
    }
    const char **dirs = ARENA_NEWN(d.arena, const char *, argc);
    const char **paths = ARENA_NEWN(d.arena, const char *, argc);
    for (int k = i; k < argc; k++)
        if (find_package(&d, argv[k], &dirs[k], &paths[k]) != 0)
            return 2;
    if (drv_mkwork(&d) != 0)
        return 1;
    StrMap seen = {0};
    for (int k = i; k < argc; k++)
        strmap_put(&seen, paths[k], (void *)paths[k]);
    int nb = 0;
    for (int k = i; k < argc && !d.failed; k++) {
        drv_install_deps(&d, dirs[k], &seen, &nb);
        plan_install(&d, dirs[k], paths[k], arena_printf(d.arena, "b%03d", ++nb));
    }
    strmap_free(&seen);
    drv_rmwork(&d);
    return d.failed ? 1 : 0;
}

/* `gocc env [VAR...]`: the driver's settings, in `go env`'s format. */
int drv_env(int argc, char **argv) {
    Drv d;
    drv_init(&d);
    const char *tmp = getenv("TMPDIR"), *cc = getenv("GOCC_CC");
    const char *vars[][2] = {
        {"GOARCH", "amd64"},
        {"GOCC_CC", cc && *cc ? cc : "gcc"},
        {"GOCCEXE", d.exe},
        {"GOCCINCLUDE", drv_incdir(&d)},
        {"GOCCPKG", drv_pkgdir(&d)},
        {"GOCCROOT", d.root},
        {"GOCCTMPDIR", tmp && *tmp ? tmp : "/tmp"},
        {"GOOS", "linux"},
    };
    int nvars = (int)(sizeof vars / sizeof vars[0]);
    if (argc == 1) {
        for (int k = 0; k < nvars; k++)
            printf("%s=\"%s\"\n", vars[k][0], vars[k][1]);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        int k = 0;
        while (k < nvars && strcmp(argv[i], vars[k][0]) != 0)
            k++;
        if (argv[i][0] == '-') {
            fprintf(stderr, "flag provided but not defined: %s\nusage: gocc env [var ...]\n", argv[i]);
            return 2;
        }
        printf("%s\n", k < nvars ? vars[k][1] : "");
    }
    return 0;
}
