/* drv.h - the driver's shared state and the functions its files provide.
 *
 * A command (build, run, install) fills one Drv, creates the work directory
 * and then calls the plan functions (plan.c). A plan is a straight list of
 * step calls (steps.c); each step prints itself when -x is set and then runs.
 * After the first failing step every later step does nothing, so a plan
 * needs no error checks between its lines. */
#ifndef CMD_GOCC_DRV_H
#define CMD_GOCC_DRV_H

#include "arena.h"
#include "buf.h"
#include "strmap.h"

typedef struct Drv {
    Arena *arena;
    const char *exe;    /* absolute path of this gocc binary (what steps run) */
    const char *root;   /* GOCCROOT: holds pkg/ and runtime/ */
    const char *work;   /* the work directory ($WORK), NULL before it exists */
    int xflag;          /* -x: print each step before running it */
    int nflag;          /* -n: print each step, run none */
    int vflag;          /* -v: print package names as they are built */
    int Sflag;          /* -S: print the assembly listing of package main */
    int keepwork;       /* -work: print WORK= and keep the directory */
    int failed;         /* a step failed: the rest of the plan is skipped */
    Vec sfiles;         /* assembly files of package main (directory builds only) */
} Drv;

/* root.c: where gocc and its packages live. */
const char *drv_exe_path(Arena *a);
const char *drv_root(Arena *a, const char *exe);
const char *drv_pkgdir(Drv *d);          /* $ROOT/pkg/linux_amd64 */
const char *drv_incdir(Drv *d);          /* $ROOT/pkg/include */
int drv_is_dir(const char *path);
int drv_is_file(const char *path);
long long drv_mtime(const char *path);   /* nanoseconds; -1 if missing */
long long drv_newest(const char *dir);   /* newest mtime of a tree; -1 if empty */
void drv_sort(Vec *v);                   /* sorts a Vec of strings */
int drv_has_suffix(const char *s, const char *suffix);
void drv_list_files(Drv *d, const char *dir, const char *suffix, Vec *out);

/* buildtags.c: whether a file's //go:build line and _GOOS_GOARCH name
 * admit it to a linux/amd64 gocc build. */
int drv_build_ok(const char *path);

/* pkgname.c: the name in a Go file's package clause, or NULL. */
const char *drv_package_name(Drv *d, const char *path);
const char *drv_skip_blank(const char *p, const char *end);  /* white space and comments */

/* deps.c: installs the standard packages the package in dir imports that
 * are missing or stale, dependencies first. seen: import paths already
 * handled; *nb numbers the $WORK/bNNN directories. */
void drv_install_deps(Drv *d, const char *dir, StrMap *seen, int *nb);

/* steps.c: argument lists and the steps of a plan. */
Vec *drv_args(const char *first, ...);   /* NULL-terminated list of strings */
void drv_add(Vec *args, ...);            /* appends a NULL-terminated list */
void drv_addv(Vec *args, Vec *more);
void drv_show(Drv *d, const char *first, Vec *args);  /* -x: print first args... */
void step_cd(Drv *d);                    /* prints `cd $PWD` with -x/-n */
void step_mkdir(Drv *d, const char *dir);
void step_write(Drv *d, const char *path, const char *text);
void step_tool(Drv *d, Vec *args);       /* gocc tool args... */
void step_cc(Drv *d, Vec *args);         /* gcc args... ($GOCC_CC overrides gcc) */
void step_mv(Drv *d, const char *from, const char *to);
void step_cp(Drv *d, const char *from, const char *to);
const char *drv_signal_text(Drv *d, int sig);   /* "segmentation fault" */
int drv_mkwork(Drv *d);
void drv_rmwork(Drv *d);

/* plan.c: the plans. */
void plan_main(Drv *d, Vec *files, const char *out);
void plan_install(Drv *d, const char *dir, const char *pkgpath, const char *b);
int plan_runtime_stale(Drv *d);

/* build.c: the commands. */
int drv_build(int argc, char **argv);
int drv_run(int argc, char **argv);
int drv_install(int argc, char **argv);
int drv_env(int argc, char **argv);

#endif
