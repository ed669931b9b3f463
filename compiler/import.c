/* import.c - resolves `import "path"` for the type checker: finds the
 * package's archive through -importcfg, reads its __.PKGDEF member (the
 * export data written by export.c), parses and checks its Go part as the
 * package `path`, and hands back a Package whose scope holds only the
 * exported names. Packages are loaded once, lazily, also when another
 * package's export data imports them; cycles are reported as Go does. */
#include <stdio.h>
#include <string.h>

#include "ar.h"
#include "check.h"

static const char *self_path;   /* the package being compiled */
static StrMap cfg;              /* import path -> archive file */
static bool cfg_read;
static StrMap loaded;           /* import path -> Package*, or &loading while in progress */
static char loading;

/* Reads `packagefile path=file` lines; other verbs are ignored. */
static void read_importcfg(const char *file) {
    cfg_read = true;
    if (!file)
        return;
    size_t len;
    char *text = read_file(file, &len);
    if (!text)
        return;
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        if (!strncmp(line, "packagefile ", 12)) {
            char *eq = strchr(line + 12, '=');
            if (eq)
                strmap_putn(&cfg, line + 12, (size_t)(eq - line - 12), arena_strdup(perm_arena, eq + 1));
        }
        line = nl ? nl + 1 : NULL;
    }
}

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* Unexported struct fields keep their place (sizes and offsets) under a
 * name no importer can write, so `x.f` gives "x.f undefined" as in Go. */
static void hide_fields(Type *t, int depth) {
    if (!t || depth > 16)
        return;
    if (t->kind == TYPE_POINTER || t->kind == TYPE_SLICE || t->kind == TYPE_ARRAY)
        hide_fields(t->elem, depth + 1);
    if (t->kind != TYPE_STRUCT)
        return;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (!is_exported(f->name) && !check_is_blank(f->name) && f->name[0] != '.')
            f->name = intern(arena_printf(perm_arena, ".%s", f->name));
        hide_fields(f->type, depth + 1);
    }
}

/* `linkname F SYM`: F's symbol is SYM. */
static void apply_linkname(Package *pkg, const char *line, size_t n) {
    const char *sp = memchr(line, ' ', n);
    if (!sp)
        return;
    Object *fn = scope_lookup_local(pkg->scope, internn(line, (size_t)(sp - line)));
    if (fn && fn->kind == OBJ_FUNC)
        fn->link_name = arena_strndup(perm_arena, sp + 1, n - (size_t)(sp + 1 - line));
}

/* Unexported methods likewise: `x.m()` is "x.m undefined" for importers,
 * and an importer's own interface{ m() } is not satisfied by them, while
 * the package's interfaces still match its types (both renamed). The
 * order of interface methods (itab layout) is kept as the package has it. */
static void hide_method(Object *m) {
    if (!is_exported(m->name) && !check_is_blank(m->name) && m->name[0] != '.')
        m->name = intern(arena_printf(perm_arena, ".%s", m->name));
}

static void hide_methods(Type *named) {
    for (int i = 0; i < named->nmethods; i++)
        hide_method(named->methods[i]);
    Type *u = named->underlying;
    for (int i = 0; u && u->kind == TYPE_INTERFACE && i < u->nmethods; i++)
        hide_method(u->methods[i]);
}

/* The meta lines before "$$": abi0 marks assembly functions, linkname
 * renames symbols. */
static void apply_meta(Package *pkg, const char *meta, size_t len) {
    StrMap abi0 = {0};
    for (const char *p = meta, *end = meta + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        if (nl - p > 5 && !strncmp(p, "abi0 ", 5))
            strmap_putn(&abi0, p + 5, (size_t)(nl - p - 5), &abi0);
        if (nl - p > 9 && !strncmp(p, "linkname ", 9))
            apply_linkname(pkg, p + 9, (size_t)(nl - p - 9));
        p = nl + 1;
    }
    for (int i = 0; i < pkg->funcs.len; i++) {
        Object *fn = pkg->funcs.items[i];
        if (fn->link_name && strmap_get(&abi0, fn->link_name))
            fn->flags |= OBJF_ASM_BODY | OBJF_ABI0;
    }
    strmap_free(&abi0);
}

/* Only the exported names are visible to importers. */
static void export_scope(Package *pkg) {
    Scope *s = scope_new(NULL, false);
    StrMap *m = &pkg->scope->names;
    for (int k = 0; k < m->cap; k++)
        if (m->slots[k].key) {
            Object *o = m->slots[k].value;
            if (is_exported(o->name))
                scope_insert(s, o);
        }
    for (int i = 0; i < pkg->types.len; i++) {
        Object *o = pkg->types.items[i];
        if (o->type && o->type->kind == TYPE_NAMED && o->type->obj == o) {
            hide_fields(o->type->underlying, 0);
            hide_methods(o->type);
        }
    }
    pkg->scope = s;
}

/* The __.PKGDEF member of the archive, or NULL after an error. */
static const char *find_pkgdef(const char *path, const char *archive, Pos pos, size_t *len) {
    size_t alen;
    char *data = read_file(archive, &alen); /* reports why it cannot */
    ArMember *mem;
    int n;
    if (!data || ar_read(perm_arena, archive, (const unsigned char *)data, alen, &mem, &n) != 0) {
        check_error(pos, "could not import %s (cannot read %s)", path, archive);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        if (!strcmp(mem[i].name, "__.PKGDEF")) {
            *len = mem[i].size;
            return (const char *)mem[i].data;
        }
    check_error(pos, "could not import %s (no export data in %s)", path, archive);
    return NULL;
}

static Package *load(const char *path, const char *archive, Pos pos) {
    size_t len;
    const char *def = find_pkgdef(path, archive, pos, &len);
    if (!def)
        return NULL;
    static const char hdr[] = "go object linux amd64 gocc v1\n";
    const char *sep = len > sizeof hdr ? strstr(def, "\n$$\n") : NULL;
    if (len < sizeof hdr - 1 || memcmp(def, hdr, sizeof hdr - 1) != 0 || !sep || sep >= def + len) {
        check_error(pos, "could not import %s (%s: not gocc export data, version 1)", path, archive);
        return NULL;
    }
    /* the Go part, after one empty line per meta line so that positions
     * are the member's own line numbers */
    size_t nmeta = 2, glen = len - (size_t)(sep + 4 - def);
    for (const char *q = def; q < sep; q++)
        nmeta += *q == '\n';
    char *src = arena_alloc(perm_arena, nmeta + glen + 1);
    memset(src, '\n', nmeta);
    memcpy(src + nmeta, sep + 4, glen);
    const char *name = arena_printf(perm_arena, "%s(__.PKGDEF)", archive);
    Node *file = parse_file(intern(name), src, nmeta + glen);
    if (!file) {
        check_error(pos, "could not import %s (bad export data in %s)", path, archive);
        return NULL;
    }
    CompileOptions opts = {.pkgpath = path};
    Package *pkg = check_package(&file, 1, &opts, path);
    apply_meta(pkg, def, (size_t)(sep - def));
    export_scope(pkg);
    return pkg;
}

Package *types_import(const char *path, const char *importcfg, const char *self, Pos pos) {
    if (!cfg_read) {
        read_importcfg(importcfg);
        self_path = self;
    }
    path = intern(path);
    void *p = strmap_get(&loaded, path);
    if (p == &loading || (self_path && !strcmp(path, self_path))) {
        check_error(pos, "import cycle not allowed");
        return NULL;
    }
    if (p)
        return p;
    const char *archive = strmap_get(&cfg, path);
    if (!archive && !strcmp(path, "C")) {
        check_error(pos, "gocc: cgo (import \"C\") is not supported");
        return NULL;
    }
    if (!archive) {
        check_error(pos, "package %s is not in gocc's standard library", path);
        return NULL;
    }
    strmap_put(&loaded, path, &loading);
    Package *pkg = load(path, archive, pos);
    strmap_put(&loaded, path, pkg);
    if (!pkg)
        strmap_put(&loaded, path, NULL);
    return pkg;
}
