/* compile_main.c - `gocc tool compile`: parses the command line, then runs
 * the pipeline of compile.h (parse, type-check, headers, assembly) and
 * writes the outputs only when no stage reported errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "compile.h"
#include "tools.h"

typedef struct Flags {
    CompileOptions opts;
    const char *out, *symabis, *asmhdr, *cdefs, *export;
    bool print_asm;
    bool escape_notes;          /* -m: escape analysis decisions, as Go prints them */
    char **files;
    int nfiles;
} Flags;

static int usage(const char *msg) {
    if (msg)
        fprintf(stderr, "gocc: %s\n", msg);
    fprintf(stderr, "usage: gocc tool compile [-p path] [-o out.s] [-std] [-complete] [-symabis file]\n"
                    "       [-asmhdr file] [-cdefs file] [-export file] [-importcfg file] [-d ast|types|check|ssa|escape] [-m] [-S] file.go...\n");
    return 2;
}

/* Returns 0, or 2 after a usage error. */
static int parse_flags(int argc, char **argv, Flags *f) {
    f->opts.pkgpath = "main";
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (a[1] == '-')
            a++;
        const char **dst = NULL;
        if (!strcmp(a, "-std")) f->opts.std = true;
        else if (!strcmp(a, "-complete")) f->opts.complete = true;
        else if (!strcmp(a, "-S")) f->print_asm = true;
        else if (!strcmp(a, "-m")) f->escape_notes = true;
        else if (!strcmp(a, "-p")) dst = &f->opts.pkgpath;
        else if (!strcmp(a, "-o")) dst = &f->out;
        else if (!strcmp(a, "-symabis")) dst = &f->symabis;
        else if (!strcmp(a, "-asmhdr")) dst = &f->asmhdr;
        else if (!strcmp(a, "-cdefs")) dst = &f->cdefs;
        else if (!strcmp(a, "-export")) dst = &f->export;
        else if (!strcmp(a, "-importcfg")) dst = &f->opts.importcfg;
        else if (!strcmp(a, "-d")) dst = &f->opts.debug;
        else {
            char msg[256];
            snprintf(msg, sizeof msg, "flag provided but not defined: %s", argv[i]);
            return usage(msg);
        }
        if (dst) {
            if (++i >= argc) {
                char msg[256];
                snprintf(msg, sizeof msg, "flag needs an argument: %s", a);
                return usage(msg);
            }
            *dst = argv[i];
        }
    }
    if (f->escape_notes)    /* the back end reads it as -d m (escape.c) */
        f->opts.debug = f->opts.debug ? arena_printf(perm_arena, "%s,m", f->opts.debug) : "m";
    f->files = argv + i;
    f->nfiles = argc - i;
    if (f->nfiles == 0)
        return usage("no Go files given");
    return 0;
}

static bool debug_has(const CompileOptions *o, const char *what) {
    if (!o->debug)
        return false;
    size_t n = strlen(what);
    for (const char *p = o->debug; (p = strstr(p, what)); p += n)
        if ((p == o->debug || p[-1] == ',') && (p[n] == 0 || p[n] == ','))
            return true;
    return false;
}

/* Default output: the first file's base name with .s instead of .go. */
static const char *default_output(const char *first) {
    const char *base = strrchr(first, '/');
    base = base ? base + 1 : first;
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".go"))
        n -= 3;
    return arena_printf(perm_arena, "%.*s.s", (int)n, base);
}

static Node **parse_all(Flags *f) {
    Node **trees = ARENA_NEWN(perm_arena, Node *, f->nfiles);
    for (int i = 0; i < f->nfiles; i++) {
        size_t len;
        char *src = read_file(f->files[i], &len);
        if (src)
            trees[i] = parse_file(intern(f->files[i]), src, len);
    }
    return trees;
}

static void dump_ast(Flags *f, Node **trees) {
    Buf b = {0};
    for (int i = 0; i < f->nfiles; i++)
        if (trees[i])
            ast_dump(&b, trees[i]);
    fwrite(b.data, 1, b.len, stdout);
    buf_free(&b);
}

/* -d types: the package-level objects with their types and link names. */
static void dump_types(Package *pkg) {
    Vec *lists[] = {&pkg->consts, &pkg->types, &pkg->globals, &pkg->funcs};
    for (int l = 0; l < 4; l++)
        for (int i = 0; i < lists[l]->len; i++) {
            Object *o = lists[l]->items[i];
            types_layout(o->type);
            printf("%s %s %s size=%lld", l == 0 ? "const" : l == 1 ? "type" : l == 2 ? "var" : "func", o->name,
                   types_string(o->kind == OBJ_TYPE ? types_underlying(o->type) : o->type),
                   (long long)(o->type ? o->type->size : -1));
            if (o->link_name)
                printf(" link=%s", o->link_name);
            printf("\n");
        }
    for (int i = 0; i < pkg->closures.len; i++) {
        Object *o = pkg->closures.items[i];
        Node *lit = o->decl;
        printf("closure %s %s captures", o->link_name, types_string(o->type));
        for (int k = 0; k < lit->func_lit.ncaptures; k++)
            printf(" %s", lit->func_lit.captures[k]->name);
        printf("\n");
    }
    for (int i = 0; i < pkg->inits.len; i++) {
        InitEntry *e = pkg->inits.items[i];
        printf("init");
        for (int k = 0; k < e->nlhs; k++)
            printf(" %s", e->lhs[k]->name);
        printf("\n");
    }
}

static int write_buf(const char *path, Buf *b) {
    if (write_file(path, b->data ? (const char *)b->data : "", b->len) != 0)
        return 1;
    return 0;
}

int compile_main(int argc, char **argv) {
    Flags f = {0};
    int rc = parse_flags(argc, argv, &f);
    if (rc)
        return rc;
    if (f.symabis) {
        f.opts.nsymabis = types_read_symabis(f.symabis, f.opts.pkgpath, &f.opts.symabis);
        if (f.opts.nsymabis < 0)
            return 1;
    }
    Buf hdr = {0}, cdefs = {0}, out = {0}, exp = {0};

    /* the pipeline */
    Node **trees = parse_all(&f);
    for (int i = 0; i < f.nfiles; i++)
        if (!trees[i])
            return 1;
    if (diag_errors())
        return 1;
    if (debug_has(&f.opts, "ast"))
        dump_ast(&f, trees);
    Package *pkg = types_check(trees, f.nfiles, &f.opts);
    if (!pkg || diag_errors())
        return 1;
    if (f.asmhdr)
        types_write_asmhdr(pkg, &hdr);
    if (f.cdefs)
        types_write_cdefs(pkg, &cdefs);
    if (f.export && types_write_export(pkg, &exp) != 0)
        return 1;
    if (debug_has(&f.opts, "types"))
        dump_types(pkg);
    bool codegen = !debug_has(&f.opts, "check"); /* -d check: stop after type checking */
    if (codegen && (ssa_compile(pkg, &f.opts, &out) != 0 || diag_errors()))
        return 1;

    /* outputs, only after every stage succeeded */
    if (f.asmhdr && write_buf(f.asmhdr, &hdr))
        return 1;
    if (f.cdefs && write_buf(f.cdefs, &cdefs))
        return 1;
    if (f.export && write_buf(f.export, &exp))
        return 1;
    if (codegen && write_buf(f.out ? f.out : default_output(f.files[0]), &out))
        return 1;
    if (f.print_asm)
        fwrite(out.data, 1, out.len, stdout);
    buf_free(&hdr);
    buf_free(&cdefs);
    buf_free(&out);
    buf_free(&exp);
    return 0;
}
