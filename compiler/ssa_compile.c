/* ssa_compile.c - the back end's entry point for one package: builds and
 * compiles every function, the package initialiser `pkg.init` (non-constant
 * package-level variable initialisers, in Package.inits order), and writes
 * the data: package-level variables (constant initialisers become DATA),
 * string constants as DUPOK read-only `go.string."..."` symbols, and the
 * `pkg..inittask` record (docs/abi.md §4). */
#include <stdio.h>
#include <string.h>

#include "ssa_build.h"

/* The NAME of a -d flag "ssa=NAME" (dump only that function), or NULL. */
static const char *debug_value(Arena *a, const CompileOptions *o, const char *what) {
    size_t n = strlen(what);
    if (!o || !o->debug)
        return NULL;
    for (const char *p = o->debug; (p = strstr(p, what)); p += n)
        if ((p == o->debug || p[-1] == ',') && p[n] == '=')
            return arena_strndup(a, p + n + 1, strcspn(p + n + 1, ","));
    return NULL;
}

static bool debug_has(const CompileOptions *o, const char *what) {
    size_t n = strlen(what);
    if (!o || !o->debug)
        return false;
    for (const char *p = o->debug; (p = strstr(p, what)); p += n)
        if ((p == o->debug || p[-1] == ',') && (p[n] == 0 || p[n] == ','))
            return true;
    return false;
}

/* ---- string constants ---- */

/* Go's spelling of a string constant's symbol: go.string."<quoted>" (long ones hashed). */
static const char *string_sym_name(Arena *a, const char *s, int64_t len) {
    Buf b = {0};
    if (len > 64) {
        uint64_t h = 14695981039346656037ull;
        for (int64_t i = 0; i < len; i++)
            h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
        buf_printf(&b, "go.string..gostring.%lld.%016llx", (long long)len, (unsigned long long)h);
    } else {
        buf_puts(&b, "go.string.\"");
        for (int64_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c == '"' || c == '\\')
                buf_printf(&b, "\\%c", c);
            else if (c == '\n')
                buf_puts(&b, "\\n");
            else if (c == '\t')
                buf_puts(&b, "\\t");
            else if (c < 0x20 || c >= 0x7f)
                buf_printf(&b, "\\x%02x", c);
            else
                buf_putc(&b, c);
        }
        buf_putc(&b, '"');
    }
    const char *r = arena_strndup(a, (char *)b.data, b.len);
    buf_free(&b);
    return r;
}

typedef struct StrConst {
    const char *sym;
    const char *s;
    int64_t len;
} StrConst;

const char *unit_string_sym(Unit *u, const char *s, int64_t len) {
    StrConst *c = strmap_getn(&u->strings, s, (size_t)len);
    if (c)
        return c->sym;
    c = ARENA_NEW(u->arena, StrConst);
    c->s = arena_strndup(u->arena, s, (size_t)len);
    c->len = len;
    c->sym = string_sym_name(u->arena, s, len);
    strmap_putn(&u->strings, c->s, (size_t)len, c);
    vec_push(&u->strlist, c);
    return c->sym;
}

/* $"bytes" operand of a DATA directive. */
static void put_data_string(Buf *out, const char *s, int64_t n) {
    buf_puts(out, "$\"");
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            buf_printf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            buf_printf(out, "\\x%02x", c);
        else
            buf_putc(out, c);
    }
    buf_putc(out, '"');
}

static void data_prefix(Buf *out, const char *sym, int64_t off, int width) {
    buf_puts(out, "DATA ");
    ssa_put_symbol(out, sym);
    buf_printf(out, "+%lld(SB)/%d, ", (long long)off, width);
}

static void globl(Buf *out, const char *sym, const char *flags, int64_t size) {
    buf_puts(out, "GLOBL ");
    ssa_put_symbol(out, sym);
    if (flags)
        buf_printf(out, "(SB), %s, $%lld\n", flags, (long long)size);
    else
        buf_printf(out, "(SB), $%lld\n", (long long)size);
}

static void emit_strings(Unit *u) {
    for (int i = 0; i < u->strlist.len; i++) {
        StrConst *c = u->strlist.items[i];
        buf_putc(u->out, '\n');
        for (int64_t off = 0; off < c->len; off += 8) {
            int n = c->len - off < 8 ? (int)(c->len - off) : 8;
            data_prefix(u->out, c->sym, off, n);
            put_data_string(u->out, c->s + off, n);
            buf_putc(u->out, '\n');
        }
        globl(u->out, c->sym, "RODATA|DUPOK", c->len);
    }
}

/* ---- functions ---- */

SsaFunc *unit_new_func(Unit *u, const char *name, Pos pos) {
    SsaFunc *f = ssa_new_func(u->arena, name, pos);
    f->dump = u->dump && (!u->dumpfunc || !strcmp(u->dumpfunc, name));
    f->dumpout = f->dump ? ARENA_NEW(u->arena, Buf) : NULL;
    return f;
}

void unit_finish_func(Unit *u, SsaFunc *f) {
    if (diag_errors())
        return;
    ssa_run_passes(f, u->out);
    if (f->dumpout) {
        fwrite(f->dumpout->data, 1, f->dumpout->len, stdout);
        buf_free(f->dumpout);
    }
}

/* A function or method named _, or a closure inside one: it can never be
 * called, so, as Go, gocc checks it but generates no code (several may share
 * the name). */
static bool is_blank_func(Object *fn) {
    return !strcmp(fn->name, "_") || (fn->link_name && strstr(fn->link_name, "._.func"));
}

static void compile_func(Unit *u, Object *fn) {
    Node *fd = fn->decl;
    if (!fd || (fd->kind != N_FUNC_DECL && fd->kind != N_FUNC_LIT) ||
        (fd->kind == N_FUNC_DECL && !fd->func_decl.body) || is_blank_func(fn))
        return;     /* body-less: defined in assembly */
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, fn->link_name, fd->pos);
    b.f->nosplit = fd->kind == N_FUNC_DECL && (fd->func_decl.pragmas & PRAGMA_NOSPLIT) != 0;
    bld_func_body(&b, fn);
    strmap_free(&b.labels);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

/* ---- package-level variables ---- */

static bool static_init(InitEntry *e) {
    if (e->nlhs != 1 || !e->rhs || e->rhs->mode != MODE_CONST || !e->rhs->cval)
        return false;
    ConstKind k = const_kind(e->rhs->cval);
    Type *u = bld_under(e->lhs[0]->type);
    return (k == CONST_INT || k == CONST_BOOL || k == CONST_STRING) && u && !types_is_float(u) &&
           !types_is_complex(u) && u->kind != TYPE_INTERFACE;
}

static bool is_blank_obj(Object *o) { return !strcmp(o->name, "_"); }

/* var v, ok = m[k] or <-c at package level: the statement forms, on
 * identifiers made for the two variables. False for other initialisers. */
static bool commaok_init(Builder *b, InitEntry *e) {
    Node *r = e->rhs;
    while (r->kind == N_PAREN)
        r = r->paren.x;
    if (r->kind != N_INDEX && !bld_is_recv(r))
        return false;
    Node **ids = ARENA_NEWN(b->f->arena, Node *, 2);
    for (int i = 0; i < 2; i++) {
        ids[i] = ast_new(N_IDENT, r->pos);
        ids[i]->ident.name = e->lhs[i]->name;
        ids[i]->ident.obj = e->lhs[i];
        ids[i]->type = e->lhs[i]->type;
        ids[i]->mode = MODE_VARIABLE;
    }
    NodeList lhs = {ids, 2};
    if (bld_is_recv(r))
        bld_recv_assign(b, lhs, r);
    else if (!bld_map_commaok(b, lhs, r, r->pos))
        return false;
    return true;
}

/* Executes one initialiser in pkg.init. */
static void init_entry(Builder *b, InitEntry *e) {
    if (e->nlhs == 2 && (bld_commaok_init(b, e->lhs, e->rhs) || commaok_init(b, e)))
        return;
    Words w = bld_expr(b, e->rhs);
    if (e->nlhs == 1) {
        if (!is_blank_obj(e->lhs[0]))
            bld_store_global(b, e->lhs[0], bld_convert_words(b, w, e->rhs->type, e->lhs[0]->type, e->rhs->pos),
                             e->rhs->pos);
        return;
    }
    int k = 0;
    for (int i = 0; i < e->nlhs; i++) {
        WordType wt[MAXWORDS];
        Type *from = e->rhs->type->kind == TYPE_TUPLE ? e->rhs->type->fields[i].type : e->lhs[i]->type;
        int n = bld_type_words(from, wt);
        Words part = {{0}, n < 0 ? 0 : n};
        for (int j = 0; j < part.n && k < w.n; j++)
            part.v[j] = w.v[k++];
        if (!is_blank_obj(e->lhs[i]))
            bld_store_global(b, e->lhs[i], bld_iface_convert(b, part, from, e->lhs[i]->type, e->rhs->pos),
                             e->rhs->pos);
    }
}

/* Builds pkg.init if any initialiser needs code; returns whether it exists. */
static bool compile_init(Unit *u) {
    Package *pkg = u->pkg;
    int n = 0;
    for (int i = 0; i < pkg->inits.len; i++)
        n += !static_init(pkg->inits.items[i]);
    if (!n)
        return false;
    Builder b = {0};
    b.u = u;
    InitEntry *first = pkg->inits.items[0];
    Pos pos = first->rhs ? first->rhs->pos : (Pos){0};
    b.f = unit_new_func(u, arena_printf(u->arena, "%s.init", pkg->path), pos);
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    for (int i = 0; i < pkg->inits.len; i++)
        if (!static_init(pkg->inits.items[i]))
            init_entry(&b, pkg->inits.items[i]);
    b.cur->kind = BK_RET;
    for (int i = 0; i < b.f->nblocks; i++)
        bld_seal(&b, b.f->blocks[i]);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
    return true;
}


static void emit_static_value(Unit *u, Object *o, ConstValue *c) {
    WordType wt[MAXWORDS];
    bld_type_words(o->type, wt);
    if (const_kind(c) == CONST_STRING) {
        int64_t len;
        const char *s = const_string(c, &len);
        if (!len)
            return;
        data_prefix(u->out, o->link_name, 0, 8);
        buf_putc(u->out, '$');
        ssa_put_symbol(u->out, unit_string_sym(u, s, len));
        buf_puts(u->out, "(SB)\n");
        data_prefix(u->out, o->link_name, 8, 8);
        buf_printf(u->out, "$%lld\n", (long long)len);
        return;
    }
    int64_t v = const_kind(c) == CONST_BOOL ? const_bool(c)
                : wt[0].flt ? (int64_t)bld_float_bits(c, o->type) : (int64_t)const_uint64(c);
    if (v)
        data_prefix(u->out, o->link_name, 0, wt[0].width), buf_printf(u->out, "$%lld\n", (long long)v);
}

static void emit_globals(Unit *u) {
    Package *pkg = u->pkg;
    StrMap init = {0};
    for (int i = 0; i < pkg->inits.len; i++) {
        InitEntry *e = pkg->inits.items[i];
        if (static_init(e))
            strmap_put(&init, e->lhs[0]->link_name ? e->lhs[0]->link_name : "", e->rhs->cval);
    }
    for (int i = 0; i < pkg->globals.len; i++) {
        Object *o = pkg->globals.items[i];
        WordType wt[MAXWORDS];
        int n = bld_type_words(o->type, wt);
        if (is_blank_obj(o) || !o->link_name)
            continue;
        if (n < 0) {
            diag_error(o->pos, "gocc: a package-level variable of this type is not supported yet");
            continue;
        }
        types_layout(o->type); /* sizes are computed on demand: an array's is not known before */
        int64_t size = o->type->size > 0 ? o->type->size : 8; /* zero-size types still get a slot */
        ConstValue *c = strmap_get(&init, o->link_name);
        buf_putc(u->out, '\n');
        if (c)
            emit_static_value(u, o, c);
        globl(u->out, o->link_name, bld_has_pointers(o->type) ? NULL : "NOPTR", size);
    }
    strmap_free(&init);
}

/* state, ndeps, nfns, deps..., fns... (docs/abi.md §4). */
static void emit_inittask(Unit *u, bool has_init) {
    Package *pkg = u->pkg;
    const char *sym = arena_printf(u->arena, "%s..inittask", pkg->path);
    Vec deps = {0}; /* package unsafe has no code and so no inittask */
    for (int i = 0; i < pkg->imports.len; i++)
        if (strcmp(((Package *)pkg->imports.items[i])->path, "unsafe") != 0)
            vec_push(&deps, pkg->imports.items[i]);
    int ndeps = deps.len, nfns = (has_init ? 1 : 0) + pkg->init_funcs.len;
    int64_t off = 24;
    buf_putc(u->out, '\n');
    data_prefix(u->out, sym, 0, 8), buf_puts(u->out, "$0\n");
    data_prefix(u->out, sym, 8, 8), buf_printf(u->out, "$%d\n", ndeps);
    data_prefix(u->out, sym, 16, 8), buf_printf(u->out, "$%d\n", nfns);
    for (int i = 0; i < ndeps; i++, off += 8) {
        Package *p = deps.items[i];
        data_prefix(u->out, sym, off, 8);
        buf_putc(u->out, '$');
        ssa_put_symbol(u->out, arena_printf(u->arena, "%s..inittask", p->path));
        buf_puts(u->out, "(SB)\n");
    }
    for (int i = 0; i < nfns; i++, off += 8) {
        const char *fn = has_init && i == 0 ? arena_printf(u->arena, "%s.init", pkg->path)
                                            : ((Object *)pkg->init_funcs.items[i - has_init])->link_name;
        data_prefix(u->out, sym, off, 8);
        buf_putc(u->out, '$');
        ssa_put_symbol(u->out, fn);
        buf_puts(u->out, "(SB)\n");
    }
    globl(u->out, sym, "NOPTR", off);
    vec_free(&deps);
}

int ssa_compile(Package *pkg, const CompileOptions *opts, Buf *out) {
    Arena arena = {0};
    Unit u = {0};
    u.arena = &arena;
    u.pkg = pkg;
    u.opts = opts;
    u.out = out;
    u.dumpfunc = debug_value(&arena, opts, "ssa");
    u.dump = debug_has(opts, "ssa") || u.dumpfunc;
    buf_printf(out, "// Code generated by gocc tool compile -p %s. DO NOT EDIT.\n\n#include \"textflag.h\"\n",
               pkg->path);
    esc_analyze(pkg, opts);
    for (int i = 0; i < pkg->funcs.len; i++)
        compile_func(&u, pkg->funcs.items[i]);
    for (int i = 0; i < pkg->closures.len; i++)
        compile_func(&u, pkg->closures.items[i]);
    bool has_init = compile_init(&u);   /* before the wrappers: `var f = T(0).M` needs T.M-fm */
    unit_emit_call_wrappers(&u);
    unit_emit_method_wrappers(&u);
    unit_emit_go_wrappers(&u);
    unit_emit_type_descriptors(&u);
    unit_emit_iface_wrappers(&u);   /* may use ptr wrappers' names: before them */
    unit_emit_ptr_wrappers(&u);
    emit_globals(&u);
    unit_emit_funcvals(&u);
    emit_strings(&u);
    emit_inittask(&u, has_init);
    strmap_free(&u.strings);
    strmap_free(&u.funcvals);
    vec_free(&u.funcvallist);
    strmap_free(&u.fmwrappers);
    vec_free(&u.fmlist);
    vec_free(&u.gowraps);
    vec_free(&u.callwraps);
    strmap_free(&u.ptrwrappers);
    vec_free(&u.ptrlist);
    vec_free(&u.ifwraps);
    strmap_free(&u.etypes);
    vec_free(&u.strlist);
    arena_free(&arena);
    return diag_errors() ? 1 : 0;
}
