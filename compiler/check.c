/* check.c - types_check: the package-level driver of the type checker.
 * Collects package-level objects per file (imports into file scopes),
 * attaches methods to their types, resolves every declaration, checks
 * function bodies, applies -symabis, and fills the Package metadata the
 * back end reads (funcs, globals, types, consts, inits, init_funcs). */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"

static DeclInfo *decl_info(Node *spec, int index, Scope *file_scope) {
    DeclInfo *d = ARENA_NEW(perm_arena, DeclInfo);
    d->spec = spec;
    d->index = index;
    d->file_scope = file_scope;
    return d;
}

static void declare_pkg_obj(Checker *c, Object *o) {
    o->flags |= OBJF_GLOBAL;
    if (check_is_blank(o->name))
        return;
    if (!strcmp(o->name, "init")) {
        check_error(o->pos, "cannot declare init - must be func");
        return;
    }
    Object *old = scope_insert(c->pkg->scope, o);
    if (old)
        check_error(o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", o->name,
                   old->pos.file, old->pos.line, old->pos.col, o->name);
}

static const char *import_path(Node *spec) {
    ConstValue *v = const_from_literal(LIT_STRING, spec->import_spec.path->lit.value);
    return v ? const_string(v, NULL) : "";
}

static void collect_imports(Checker *c, Node *file, Scope *fs) {
    for (int i = 0; i < file->file.imports.len; i++) {
        Node *spec = file->file.imports.items[i];
        const char *path = import_path(spec);
        Package *imp = NULL;
        if (!strcmp(path, "unsafe")) {
            imp = unsafe_package();
        } else {
            imp = types_import(path, c->opts->importcfg, c->opts->pkgpath, spec->import_spec.path->pos);
        }
        if (!imp) {
            /* a stand-in so uses of the name give no follow-on errors */
            imp = ARENA_NEW(perm_arena, Package);
            imp->path = arena_strdup(perm_arena, path);
            const char *slash = strrchr(path, '/');
            imp->name = arena_strdup(perm_arena, slash ? slash + 1 : path);
            imp->scope = scope_new(NULL, false);
            imp->missing = true;
        }
        bool seen = imp->missing; /* dot and blank imports too: their init runs */
        for (int k = 0; k < c->pkg->imports.len; k++)
            seen |= c->pkg->imports.items[k] == imp;
        if (!seen)
            vec_push(&c->pkg->imports, imp);
        Node *name = spec->import_spec.name;
        if (name && !strcmp(name->ident.name, ".")) {
            /* import . "p": p's exported names join the file scope */
            if (imp->missing)
                fs->missing_dot_import = true;
            StrMap *m = &imp->scope->names;
            for (int k = 0; k < m->cap; k++)
                if (m->slots[k].key && scope_insert(fs, m->slots[k].value))
                    check_error(name->pos, "%s redeclared in this block", m->slots[k].key);
            /* a hidden package name records whether any of the names is used */
            Object *dot = obj_new(OBJ_PKGNAME, ".", name->pos, NULL, c->pkg);
            dot->imported = imp;
            dot->decl = spec;
            if (imp->missing)
                dot->flags |= OBJF_USED;
            vec_push(&c->dot_imports, dot);
            continue;
        }
        if (name && check_is_blank(name->ident.name))
            continue;
        Object *o = obj_new(OBJ_PKGNAME, name ? name->ident.name : imp->name,
                            name ? name->pos : spec->import_spec.path->pos, NULL, c->pkg);
        o->imported = imp;
        o->decl = spec;
        if (name)
            name->ident.obj = o;
        if (imp->missing)
            o->flags |= OBJF_USED;
        if (scope_insert(fs, o))
            check_error(o->pos, "%s redeclared in this block", o->name);
    }
}

static void collect_value_spec(Checker *c, Node *spec, ObjKind kind, Scope *fs) {
    for (int j = 0; j < spec->value_spec.names.len; j++) {
        Node *id = spec->value_spec.names.items[j];
        Object *o = obj_new(kind, id->ident.name, id->pos, NULL, c->pkg);
        o->decl = spec;
        o->check = decl_info(spec, j, fs);
        id->ident.obj = o;
        declare_pkg_obj(c, o);
        vec_push(&c->source_order, o);
        if (kind == OBJ_CONST) {
            vec_push(&c->pkg->consts, o);
        } else if (!check_is_blank(o->name)) {
            o->link_name = arena_printf(perm_arena, "%s.%s", c->pkg->path, o->name);
            vec_push(&c->pkg->globals, o);
        } else {
            vec_push(&c->blank_vars, o);
        }
    }
}

static void collect_func(Checker *c, Node *fd, Scope *fs, Vec *methods) {
    Node *id = fd->func_decl.name;
    Object *o = obj_new(OBJ_FUNC, id->ident.name, id->pos, NULL, c->pkg);
    o->decl = fd;
    o->check = decl_info(fd, 0, fs);
    o->flags |= OBJF_GLOBAL;
    id->ident.obj = o;
    fd->func_decl.obj = o;
    vec_push(&c->pkg->funcs, o);
    vec_push(&c->source_order, o);
    if (fd->func_decl.recv) {
        vec_push(methods, o);
        return;
    }
    bool special = !strcmp(o->name, "init") || (!strcmp(o->name, "main") && !strcmp(c->pkg->name, "main"));
    if (special && (fd->func_decl.type->func_type.params.len || fd->func_decl.type->func_type.results.len))
        check_error(fd->pos, "func %s must have no arguments and no return values", o->name);
    if (!strcmp(o->name, "init")) {
        o->link_name = arena_printf(perm_arena, "%s.init.%d", c->pkg->path, c->pkg->init_funcs.len);
        vec_push(&c->pkg->init_funcs, o);
        if (!fd->func_decl.body)
            check_error(o->pos, "missing function body");
        return;
    }
    o->link_name = arena_printf(perm_arena, "%s.%s", c->pkg->path, o->name);
    declare_pkg_obj(c, o);
}

static void collect_file(Checker *c, Node *file, Scope *fs, Vec *methods) {
    collect_imports(c, file, fs);
    for (int i = 0; i < file->file.decls.len; i++) {
        Node *d = file->file.decls.items[i];
        if (d->kind == N_FUNC_DECL) {
            collect_func(c, d, fs, methods);
            continue;
        }
        if (d->kind != N_GEN_DECL)
            continue;
        for (int j = 0; j < d->gen_decl.specs.len; j++) {
            Node *spec = d->gen_decl.specs.items[j];
            switch (d->gen_decl.tok) {
            case OP_CONST: collect_value_spec(c, spec, OBJ_CONST, fs); break;
            case OP_VAR: collect_value_spec(c, spec, OBJ_VAR, fs); break;
            case OP_TYPE: {
                Node *id = spec->type_spec.name;
                Object *o = obj_new(OBJ_TYPE, id->ident.name, id->pos, NULL, c->pkg);
                o->decl = spec;
                o->check = decl_info(spec, 0, fs);
                o->link_name = arena_printf(perm_arena, "%s.%s", c->pkg->path, o->name);
                id->ident.obj = o;
                declare_pkg_obj(c, o);
                vec_push(&c->pkg->types, o);
                break;
            }
            default: break; /* imports were handled above */
            }
        }
    }
}

/* The receiver base type name of a method declaration (T in T, *T, (T)). */
static Node *recv_base(Node *recv) {
    Node *t = unparen(recv->field.type);
    if (t->kind == N_STAR)
        t = unparen(t->star.x);
    return t;
}

static void attach_method(Checker *c, Object *m, StrMap *declared) {
    Node *fd = m->decl;
    Node *recv = fd->func_decl.recv;
    DeclInfo *d = m->check;
    Node *base = recv_base(recv);
    bool ptr = unparen(recv->field.type)->kind == N_STAR;
    Object *tobj = base->kind == N_IDENT ? scope_lookup_local(c->pkg->scope, base->ident.name) : NULL;
    check_obj_decl(c, m); /* resolves the signature, reporting bad receiver types */
    d->state = 2;
    if (!tobj || tobj->kind != OBJ_TYPE || !tobj->type || tobj->type->kind != TYPE_NAMED) {
        if (base->kind == N_IDENT && tobj && tobj->kind == OBJ_TYPE && tobj->type &&
            tobj->type->kind != TYPE_INVALID)
            check_error(recv->pos, "invalid receiver type %s", base->ident.name);
        return;
    }
    Type *named = tobj->type;
    Type *u = types_underlying(named);
    if (u->kind == TYPE_POINTER || u->kind == TYPE_INTERFACE) {
        check_error(recv->pos, "invalid receiver type %s (pointer or interface type)", tobj->name);
        return;
    }
    if (u->kind == TYPE_STRUCT && !check_is_blank(m->name))
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].name == m->name) {
                check_error(m->pos, "field and method with the same name %s", m->name);
                return;
            }
    const char *key = arena_printf(perm_arena, "%s.%s", tobj->name, m->name);
    if (!check_is_blank(m->name) && strmap_get(declared, key)) {
        check_error(m->pos, "%s.%s redeclared in this block", tobj->name, m->name);
        return;
    }
    strmap_put(declared, key, m);
    /* grow the method array by doubling (capacity: the next power of two) */
    int n = named->nmethods;
    if ((n & (n - 1)) == 0) {
        Object **ms = ARENA_NEWN(perm_arena, Object *, n ? 2 * n : 1);
        if (n)
            memcpy(ms, named->methods, sizeof(Object *) * (size_t)n);
        named->methods = ms;
    }
    named->methods[named->nmethods++] = m;
    m->link_name = ptr ? arena_printf(perm_arena, "%s.(*%s).%s", c->pkg->path, tobj->name, m->name)
                       : arena_printf(perm_arena, "%s.%s.%s", c->pkg->path, tobj->name, m->name);
}

static bool pos_before(Pos a, Pos b) {
    int f = strcmp(a.file ? a.file : "", b.file ? b.file : "");
    return f < 0 || (f == 0 && (a.line < b.line || (a.line == b.line && a.col < b.col)));
}

/* Looks for a named type that contains itself by value (not through a
 * pointer, slice, map, ...). On a cycle, reports it once at the member
 * declared first (as types2) and invalidates all members. */
static bool value_cycle(Checker *c, Type *t, Vec *path) {
    if (!t)
        return false;
    if (t->kind == TYPE_NAMED) {
        for (int i = 0; i < path->len; i++) {
            if (path->items[i] != t)
                continue;
            Object *first = ((Type *)path->items[i])->obj;
            for (int k = i; k < path->len; k++)
                if (pos_before(((Type *)path->items[k])->obj->pos, first->pos))
                    first = ((Type *)path->items[k])->obj;
            check_error(first->pos, "invalid recursive type %s", first->name);
            for (int k = i; k < path->len; k++)
                ((Type *)path->items[k])->underlying = TYPE(TYPE_INVALID);
            return true;
        }
        if (path->len > 64 || !t->underlying || t->underlying->kind == TYPE_INVALID)
            return false;
        /* type D C: D's underlying comes from C, so the cycle runs through C */
        Type *via = t->underlying;
        for (int i = 0; i + 1 < c->named_from.len; i += 2)
            if (c->named_from.items[i] == t)
                via = c->named_from.items[i + 1];
        vec_push(path, t);
        bool r = value_cycle(c, via, path);
        vec_pop(path);
        return r;
    }
    if (t->kind == TYPE_ARRAY)
        return value_cycle(c, t->elem, path);
    if (t->kind == TYPE_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (value_cycle(c, t->fields[i].type, path))
                return true;
    return false;
}

/* Reports named types (declared in scope order) that contain themselves. */
void check_value_cycles(Checker *c, Object **types, int n) {
    Vec path = {0};
    for (int i = 0; i < n; i++) {
        Object *o = types[i];
        if (o->type && o->type->kind == TYPE_NAMED && o->type->obj == o)
            value_cycle(c, o->type, &path);
        path.len = 0;
    }
    vec_free(&path);
}

/* -symabis records by symbol name: defs, and refs with ABI0. */
static void index_symabis(Checker *c) {
    for (int i = 0; i < c->opts->nsymabis; i++) {
        const SymabisEntry *e = &c->opts->symabis[i];
        if (e->def)
            strmap_put(&c->symabis_defs, e->name, (void *)e);
        else if (!e->abi_internal)
            strmap_put(&c->symabis_refs0, e->name, (void *)e);
    }
}

static void apply_symabis(Checker *c, Object *fn) {
    Node *fd = fn->decl;
    if (fd->func_decl.linkname)
        fn->link_name = arena_strdup(perm_arena, fd->func_decl.linkname);
    if (!fn->link_name)
        return;
    const SymabisEntry *def = strmap_get(&c->symabis_defs, fn->link_name);
    if (fd->func_decl.body) {
        if (def)
            check_error(fn->pos, "%s defined in both Go and assembly", fn->name);
        if (strmap_get(&c->symabis_refs0, fn->link_name))
            fn->flags |= OBJF_ABI0_REF;
        return;
    }
    if (def) {
        fn->flags |= OBJF_ASM_BODY;
        if (!def->abi_internal)
            fn->flags |= OBJF_ABI0;
        return;
    }
    if ((c->opts->complete || c->opts->nsymabis > 0 || c->opts->symabis) && !fd->func_decl.linkname &&
        strcmp(fn->name, "init") != 0)
        check_error(fn->pos, "missing function body");
}

static int obj_pos_cmp(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    return x->pos.col - y->pos.col;
}

static void check_unused_imports(Checker *c, Scope **file_scopes, int n) {
    for (int i = 0; i < c->dot_imports.len; i++) {
        Object *o = c->dot_imports.items[i];
        if (!(o->flags & OBJF_USED))
            check_error(o->pos, "imported and not used: \"%s\"", o->imported->path);
    }
    vec_free(&c->dot_imports);
    for (int i = 0; i < n; i++) {
        StrMap *m = &file_scopes[i]->names;
        /* report in source order: collect then sort by position */
        Vec v = {0};
        for (int k = 0; k < m->cap; k++)
            if (m->slots[k].key) {
                Object *o = m->slots[k].value;
                if (o->kind == OBJ_PKGNAME && !(o->flags & OBJF_USED))
                    vec_push(&v, o);
            }
        qsort(v.items, (size_t)v.len, sizeof(void *), obj_pos_cmp);
        for (int k = 0; k < v.len; k++) {
            Object *o = v.items[k];
            Node *spec = o->decl;
            if (spec->import_spec.name)
                check_error(o->pos, "imported and not used: \"%s\" as %s", o->imported->path, o->name);
            else
                check_error(o->pos, "imported and not used: \"%s\"", o->imported->path);
        }
        vec_free(&v);
    }
    (void)c;
}

Package *check_package(Node **files, int nfiles, const CompileOptions *opts, const char *path) {
    Checker ck = {0}, *c = &ck;
    c->opts = opts;
    c->universe = universe_scope();
    Package *pkg = ARENA_NEW(perm_arena, Package);
    pkg->path = path;
    pkg->name = nfiles ? files[0]->file.pkg_name->ident.name : "main";
    pkg->scope = scope_new(c->universe, false);
    pkg->files = files;
    pkg->nfiles = nfiles;
    pkg->is_runtime = !strcmp(path, "runtime");
    c->pkg = pkg;
    Package *saved_local = types_local_pkg;
    types_local_pkg = pkg;

    Scope **fscopes = ARENA_NEWN(perm_arena, Scope *, nfiles ? nfiles : 1);
    Vec methods = {0};
    for (int i = 0; i < nfiles; i++) {
        Node *pn = files[i]->file.pkg_name;
        if (strcmp(pn->ident.name, pkg->name) != 0)
            check_error(pn->pos, "package %s; expected package %s", pn->ident.name, pkg->name);
        fscopes[i] = scope_new(pkg->scope, false);
        collect_file(c, files[i], fscopes[i], &methods);
    }
    for (int i = 0; i < pkg->types.len; i++)
        check_obj_decl(c, pkg->types.items[i]);
    check_resolve_pending(c, true);
    check_complete_interfaces(c);
    check_pending_embedded(c);
    check_value_cycles(c, (Object **)pkg->types.items, pkg->types.len);
    check_pending_map_keys(c);
    StrMap declared = {0};
    for (int i = 0; i < methods.len; i++)
        attach_method(c, methods.items[i], &declared);
    strmap_free(&declared);
    /* then consts, vars and funcs in source order, as types2 */
    for (int i = 0; i < c->source_order.len; i++)
        check_obj_decl(c, c->source_order.items[i]);
    for (int i = 0; i < pkg->types.len; i++)
        types_layout(((Object *)pkg->types.items[i])->type);
    index_symabis(c);
    for (int i = 0; i < pkg->funcs.len; i++) {
        Object *fn = pkg->funcs.items[i];
        apply_symabis(c, fn);
        if (fn->decl->func_decl.body && fn->type)
            check_func_body(c, fn);
    }
    check_unused_imports(c, fscopes, nfiles);
    check_init_order(c);
    vec_free(&methods);
    vec_free(&c->source_order);
    strmap_free(&c->symabis_defs);
    strmap_free(&c->symabis_refs0);
    types_local_pkg = saved_local;
    return pkg;
}

Package *types_check(Node **files, int nfiles, const CompileOptions *opts) {
    universe_scope();
    int before = diag_errors();
    if (!check_load_runtime()) {
        check_flush_errors();
        diag_errorf("gocc: internal error: the builtin runtime declarations do not compile");
        return NULL;
    }
    const char *path = opts->pkgpath ? opts->pkgpath : "main";
    Package *pkg = check_package(files, nfiles, opts, path);
    check_flush_errors();
    types_local_pkg = pkg;
    return diag_errors() > before ? NULL : pkg;
}
