/* plan.c - what `gocc build` and `gocc install` run, as straight lists of
 * steps (steps.c), in the order `go build -x` shows them
 * (shared/reference/two-phase.md §4):
 *
 *   plan_main     package main: compile -> asm -> pack -> link -> mv (with
 *                 the package's own .s files: symabis first, as for a library)
 *   plan_install  a library package (the runtime): empty go_asm.h ->
 *                 asm -gensymabis -> compile -symabis -asmhdr -export -> asm
 *                 of each .s -> gcc of each .c -> pack (__.PKGDEF first) ->
 *                 mv into pkg/linux_amd64
 *
 * Paths inside the work directory are real paths; the -x printer writes
 * the work directory as $WORK. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drv.h"

static const char *path(Drv *d, const char *dir, const char *name) {
    return arena_printf(d->arena, "%s/%s", dir, name);
}

/* Appends the import paths of the archives under pkgdir/sub ("fmt",
 * "unicode/utf8"). */
static void list_archives(Drv *d, const char *pkgdir, const char *sub, Vec *out) {
    const char *dir = *sub ? path(d, pkgdir, sub) : pkgdir;
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    for (struct dirent *e; (e = readdir(dp)) != NULL;) {
        if (e->d_name[0] == '.')
            continue;
        const char *rel = *sub ? path(d, sub, e->d_name) : arena_strdup(d->arena, e->d_name);
        if (drv_is_dir(path(d, pkgdir, rel)))
            list_archives(d, pkgdir, rel, out);
        else if (drv_has_suffix(rel, ".a"))
            vec_push(out, arena_strndup(d->arena, rel, strlen(rel) - 2));
    }
    closedir(dp);
}

/* The packages a build may import: runtime first, then every archive that
 * exists in pkg/linux_amd64 (the standard packages come in a later step). */
static Vec *known_packages(Drv *d) {
    Vec *pkgs = drv_args("runtime", NULL);
    Vec found = {0};
    list_archives(d, drv_pkgdir(d), "", &found);
    drv_sort(&found);
    for (int i = 0; i < found.len; i++)
        if (strcmp(VEC_AT(found, const char *, i), "runtime") != 0)
            vec_push(pkgs, found.items[i]);
    vec_free(&found);
    return pkgs;
}

static const char *archive_of(Drv *d, const char *pkgpath) {
    return arena_printf(d->arena, "%s/%s.a", drv_pkgdir(d), pkgpath);
}

/* The -importcfg file's text: one packagefile line per known package. */
static const char *importcfg(Drv *d, Vec *pkgs, const char *skip) {
    Buf b = {0};
    buf_puts(&b, "# import config\n");
    for (int i = 0; i < pkgs->len; i++) {
        const char *p = VEC_AT(*pkgs, const char *, i);
        if (!skip || strcmp(p, skip) != 0)
            buf_printf(&b, "packagefile %s=%s\n", p, archive_of(d, p));
    }
    const char *s = arena_strdup(d->arena, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static void main_asm_files(Drv *d, const char *b, const char *srcdir, Vec *objs);
static void main_symabis(Drv *d, const char *b, const char *srcdir);

/* Builds package main from files into $WORK/b001/exe/a.out and moves it to
 * out (if out is NULL the program stays in the work directory). With
 * assembly files (d->sfiles) it takes the two-phase path: symabis first,
 * then the compile writes go_asm.h, then each .s is assembled. */
void plan_main(Drv *d, Vec *files, const char *out) {
    const char *b = path(d, d->work, "b001");
    const char *first = VEC_AT(*files, const char *, 0);
    const char *srcdir = strrchr(first, '/') ? arena_strndup(d->arena, first, (size_t)(strrchr(first, '/') - first))
                                             : ".";
    Vec *pkgs = known_packages(d);
    step_mkdir(d, b);
    step_write(d, path(d, b, "importcfg"), importcfg(d, pkgs, NULL));
    step_cd(d);
    if (d->sfiles.len)
        main_symabis(d, b, srcdir);
    Vec *compile = drv_args("compile", "-p", "main", NULL);
    if (d->sfiles.len)
        drv_add(compile, "-symabis", path(d, b, "symabis"), "-asmhdr", path(d, b, "go_asm.h"), NULL);
    else
        drv_add(compile, "-complete", NULL);
    drv_add(compile, "-importcfg", path(d, b, "importcfg"), "-o", path(d, b, "main.s"), NULL);
    drv_addv(compile, files);
    step_tool(d, compile);
    Vec *as = drv_args("asm", "-p", "main", "-I", drv_incdir(d), "-D", "GOOS_linux", "-D", "GOARCH_amd64",
                       NULL);
    if (d->Sflag)
        drv_add(as, "-S", NULL);
    drv_add(as, "-o", path(d, b, "main.o"), path(d, b, "main.s"), NULL);
    step_tool(d, as);
    Vec *objs = drv_args(path(d, b, "main.o"), NULL);
    main_asm_files(d, b, srcdir, objs);
    Vec *pack = drv_args("pack", "c", path(d, b, "_pkg_.a"), NULL);
    drv_addv(pack, objs);
    step_tool(d, pack);
    step_mkdir(d, path(d, b, "exe"));
    Vec *link = drv_args("link", "-o", path(d, b, "exe/a.out"), path(d, b, "_pkg_.a"), NULL);
    for (int i = pkgs->len - 1; i >= 0; i--)   /* runtime last */
        if (drv_is_file(archive_of(d, VEC_AT(*pkgs, const char *, i))) || i == 0)
            vec_push(link, (void *)archive_of(d, VEC_AT(*pkgs, const char *, i)));
    step_tool(d, link);
    if (out)
        step_mv(d, path(d, b, "exe/a.out"), out);
}

/* The base name of path without its suffix (".s", ".c"). */
static const char *stem(Drv *d, const char *file) {
    const char *s = strrchr(file, '/');
    s = s ? s + 1 : file;
    const char *dot = strrchr(s, '.');
    return arena_strndup(d->arena, s, dot ? (size_t)(dot - s) : strlen(s));
}

/* A package being installed: where its files are, its import path, its
 * directory in $WORK, its files by kind and the objects made so far. */
typedef struct Pkg {
    const char *dir, *path, *b;
    Vec go, s, c, objs;
} Pkg;

/* `gocc tool asm` with the package's flags; the caller adds -o and files. */
static Vec *asm_args(Drv *d, Pkg *p) {
    Vec *a = drv_args("asm", "-p", p->path, NULL);
    if (strcmp(p->path, "runtime") == 0)
        drv_add(a, "-compiling-runtime", NULL);
    drv_add(a, "-I", p->b, "-I", p->dir, "-I", drv_incdir(d), "-D", "GOOS_linux", "-D", "GOARCH_amd64", NULL);
    return a;
}

/* An empty go_asm.h (so `#include "go_asm.h"` works), then the symabis of
 * all .s files: which functions the assembly defines. */
static void gen_symabis(Drv *d, Pkg *p) {
    step_write(d, path(d, p->b, "go_asm.h"), "");
    Vec *as = asm_args(d, p);
    drv_add(as, "-gensymabis", "-o", path(d, p->b, "symabis"), NULL);
    drv_addv(as, &p->s);
    step_tool(d, as);
}

/* The Go files: compile to _go_.s (writing go_asm.h and, for C, the
 * <name>_defs.h header on the way), then assemble it to _go_.o. */
static void compile_go(Drv *d, Pkg *p) {
    int runtime = strcmp(p->path, "runtime") == 0;
    Vec *compile = drv_args("compile", "-p", p->path, NULL);
    if (runtime || strncmp(p->dir + strlen(d->root), "/std/", 5) == 0)
        drv_add(compile, "-std", NULL);
    if (!runtime) {
        step_write(d, path(d, p->b, "importcfg"), importcfg(d, known_packages(d), p->path));
        drv_add(compile, "-importcfg", path(d, p->b, "importcfg"), NULL);
    }
    if (p->s.len)
        drv_add(compile, "-symabis", path(d, p->b, "symabis"), "-asmhdr", path(d, p->b, "go_asm.h"), NULL);
    else
        drv_add(compile, "-complete", NULL);
    drv_add(compile, "-export", path(d, p->b, "__.PKGDEF"), NULL);
    if (p->c.len)
        drv_add(compile, "-cdefs", path(d, p->b, arena_printf(d->arena, "%s_defs.h", stem(d, p->path))), NULL);
    drv_add(compile, "-o", path(d, p->b, "_go_.s"), NULL);
    drv_addv(compile, &p->go);
    step_tool(d, compile);
    Vec *as = asm_args(d, p);
    drv_add(as, "-o", path(d, p->b, "_go_.o"), path(d, p->b, "_go_.s"), NULL);
    step_tool(d, as);
    vec_push(&p->objs, (void *)path(d, p->b, "__.PKGDEF"));
    vec_push(&p->objs, (void *)path(d, p->b, "_go_.o"));
}

/* One hand-written .s file, now with the real go_asm.h in $WORK. */
static void asm_file(Drv *d, Pkg *p, const char *sfile) {
    const char *obj = path(d, p->b, arena_printf(d->arena, "%s.o", stem(d, sfile)));
    Vec *as = asm_args(d, p);
    drv_add(as, "-o", obj, sfile, NULL);
    step_tool(d, as);
    vec_push(&p->objs, (void *)obj);
}

/* One .c file of the runtime: freestanding, R14 reserved for g. */
static void compile_c(Drv *d, Pkg *p, const char *cfile) {
    const char *obj = path(d, p->b, arena_printf(d->arena, "%s.o", stem(d, cfile)));
    step_cc(d, drv_args("-c", "-O2", "-g", "-std=c11", "-ffreestanding", "-nostdlib", "-fno-pic", "-fno-pie",
                        "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
                        "-fno-omit-frame-pointer", "-ffixed-r14", "-Wall", "-Wextra", "-I", p->b, "-I", p->dir,
                        "-o", obj, cfile, NULL));
    vec_push(&p->objs, (void *)obj);
}

/* Packs the objects in $WORK and moves the archive into place, so
 * pkg/linux_amd64 only ever holds complete archives. */
static void pack_install(Drv *d, Pkg *p) {
    Vec *pack = drv_args("pack", "c", path(d, p->b, "_pkg_.a"), NULL);
    drv_addv(pack, &p->objs);
    step_tool(d, pack);
    const char *archive = archive_of(d, p->path);
    step_mkdir(d, arena_strndup(d->arena, archive, (size_t)(strrchr(archive, '/') - archive)));
    step_mv(d, path(d, p->b, "_pkg_.a"), archive);
}

/* Copies the headers in dir/include into $ROOT/pkg/include (textflag.h, funcdata.h, ...). */
static void install_headers(Drv *d, const char *dir) {
    Vec hdrs = {0};
    drv_list_files(d, path(d, dir, "include"), ".h", &hdrs);
    if (hdrs.len)
        step_mkdir(d, drv_incdir(d));
    for (int i = 0; i < hdrs.len; i++) {
        const char *h = VEC_AT(hdrs, const char *, i);
        step_cp(d, h, path(d, drv_incdir(d), strrchr(h, '/') + 1));
    }
    vec_free(&hdrs);
}

/* Builds the package in dir (import path pkgpath) in $WORK/<bname> and
 * installs it as $ROOT/pkg/linux_amd64/<pkgpath>.a: the two-phase flow. */
void plan_install(Drv *d, const char *dir, const char *pkgpath, const char *bname) {
    Pkg p = {.dir = dir, .path = pkgpath, .b = path(d, d->work, bname)};
    drv_list_files(d, dir, ".go", &p.go);
    drv_list_files(d, dir, ".s", &p.s);
    drv_list_files(d, dir, ".c", &p.c);
    if (d->vflag)
        fprintf(stderr, "%s\n", pkgpath);
    install_headers(d, dir);
    step_mkdir(d, p.b);
    if (p.s.len)
        gen_symabis(d, &p);
    if (p.go.len)
        compile_go(d, &p);
    for (int i = 0; i < p.s.len; i++)
        asm_file(d, &p, VEC_AT(p.s, const char *, i));
    for (int i = 0; i < p.c.len; i++)
        compile_c(d, &p, VEC_AT(p.c, const char *, i));
    pack_install(d, &p);
    vec_free(&p.go), vec_free(&p.s), vec_free(&p.c), vec_free(&p.objs);
}

/* Whether runtime.a must be rebuilt: it is missing, or older than a file
 * of $ROOT/runtime or than the gocc binary. Without runtime sources (an
 * installed tree) the archive is taken as it is. */
int plan_runtime_stale(Drv *d) {
    const char *src = path(d, d->root, "runtime");
    if (!drv_is_dir(src))
        return 0;
    long long t = drv_mtime(archive_of(d, "runtime"));
    return t < 0 || drv_newest(src) > t || drv_mtime(d->exe) > t;
}

/* `gocc tool asm` for package main's own .s files: go_asm.h from $WORK,
 * headers from the package directory and pkg/include. */
static Vec *main_asm_args(Drv *d, const char *b, const char *srcdir) {
    return drv_args("asm", "-p", "main", "-I", b, "-I", srcdir, "-I", drv_incdir(d), "-D", "GOOS_linux", "-D",
                    "GOARCH_amd64", NULL);
}

/* An empty go_asm.h, then the symabis of package main's .s files. */
static void main_symabis(Drv *d, const char *b, const char *srcdir) {
    step_write(d, path(d, b, "go_asm.h"), "");
    Vec *as = main_asm_args(d, b, srcdir);
    drv_add(as, "-gensymabis", "-o", path(d, b, "symabis"), NULL);
    drv_addv(as, &d->sfiles);
    step_tool(d, as);
}

/* Each .s file of package main, assembled with the real go_asm.h. */
static void main_asm_files(Drv *d, const char *b, const char *srcdir, Vec *objs) {
    for (int i = 0; i < d->sfiles.len; i++) {
        const char *sfile = VEC_AT(d->sfiles, const char *, i);
        /* "_s" keeps a main.s apart from the compiled main.o */
        const char *obj = path(d, b, arena_printf(d->arena, "%s_s.o", stem(d, sfile)));
        Vec *as = main_asm_args(d, b, srcdir);
        drv_add(as, "-o", obj, sfile, NULL);
        step_tool(d, as);
        vec_push(objs, (void *)obj);
    }
}
