/* export.c - writes a checked package's export data (`-export FILE`, the
 * archive member __.PKGDEF) for importers to type-check against.
 *
 * Format (version 1), read back by import.c:
 *
 *   go object linux amd64 gocc v1     header line
 *   import PATH                       each package this one imports (init order, link closure)
 *   abi0 LINKNAME                     a func or method implemented in assembly (ABI0)
 *   linkname F LINKNAME               an exported func whose symbol is not "path.F" (//go:linkname)
 *   $$                                end of the meta lines; Go source follows
 *   package NAME
 *   import __gocc_impN "PATH"         packages named by the declarations below
 *   type T <underlying>               every package-level type, exported or not (layout)
 *   func (T) m(...) ...               every method of those types, body-less
 *   const C T = <exact value>         exported consts (hex floats for float values)
 *   var V T                           exported vars
 *   func F(...) ...                   exported funcs, body-less
 *
 * The Go part is ordinary source: the importer parses and checks it with
 * the same front end as the package `path`, so link names ("path.F",
 * "path.(*T).M") come out as the package's own. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"

typedef struct Exporter {
    Package *pkg;
    Vec imports;        /* Package* referenced by the declarations, alias = index + 1 */
    bool bad;
} Exporter;

static bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

static void put_type(Exporter *e, Buf *b, Type *t);

/* The alias under which the export data imports p. */
static int import_index(Exporter *e, Package *p) {
    for (int i = 0; i < e->imports.len; i++)
        if (e->imports.items[i] == p)
            return i + 1;
    vec_push(&e->imports, p);
    return e->imports.len;
}

static void put_named(Exporter *e, Buf *b, Type *t) {
    Object *o = t->obj;
    if (!o->pkg) { /* predeclared: int, error, ... */
        buf_puts(b, o->name);
        return;
    }
    if (o->pkg == e->pkg) {
        if (scope_lookup_local(e->pkg->scope, o->name) != o) {
            check_error(o->pos, "gocc: exported API uses local type %s (not supported in export data)", o->name);
            e->bad = true;
        }
        buf_puts(b, o->name);
        return;
    }
    buf_printf(b, "__gocc_imp%d.%s", import_index(e, o->pkg), o->name);
}

/* (params) results, as after "func" or a method name. */
static void put_signature(Exporter *e, Buf *b, Type *f) {
    buf_putc(b, '(');
    for (int i = 0; f->params && i < f->params->nfields; i++) {
        if (i)
            buf_puts(b, ", ");
        Type *pt = f->params->fields[i].type;
        if (f->variadic && i == f->params->nfields - 1) {
            buf_puts(b, "...");
            pt = pt->elem;
        }
        put_type(e, b, pt);
    }
    buf_putc(b, ')');
    int nres = f->results ? f->results->nfields : 0;
    if (nres)
        buf_puts(b, nres > 1 ? " (" : " ");
    for (int i = 0; i < nres; i++) {
        if (i)
            buf_puts(b, ", ");
        put_type(e, b, f->results->fields[i].type);
    }
    if (nres > 1)
        buf_putc(b, ')');
}

static void put_struct(Exporter *e, Buf *b, Type *t) {
    buf_puts(b, "struct {");
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        buf_puts(b, i ? "; " : " ");
        if (!f->embedded)
            buf_printf(b, "%s ", f->name);
        put_type(e, b, f->type);
        if (f->tag) {
            buf_putc(b, ' ');
            const_quote(b, f->tag, (int64_t)strlen(f->tag));
        }
    }
    buf_puts(b, t->nfields ? " }" : "}");
}

static void put_interface(Exporter *e, Buf *b, Type *t) {
    buf_puts(b, "interface {");
    for (int i = 0; i < t->nmethods; i++) {
        buf_printf(b, "%s%s", i ? "; " : " ", t->methods[i]->name);
        put_signature(e, b, t->methods[i]->type);
    }
    buf_puts(b, t->nmethods ? " }" : "}");
}

static void put_type(Exporter *e, Buf *b, Type *t) {
    if (!t) {
        e->bad = true;
        return;
    }
    switch (t->kind) {
    case TYPE_NAMED: put_named(e, b, t); return;
    case TYPE_POINTER: buf_putc(b, '*'), put_type(e, b, t->elem); return;
    case TYPE_SLICE: buf_puts(b, "[]"), put_type(e, b, t->elem); return;
    case TYPE_ARRAY: buf_printf(b, "[%lld]", (long long)t->len), put_type(e, b, t->elem); return;
    case TYPE_MAP:
        buf_puts(b, "map["), put_type(e, b, t->key), buf_putc(b, ']'), put_type(e, b, t->elem);
        return;
    case TYPE_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan (" : t->dir == CHAN_SEND ? "chan<- (" : "chan (");
        put_type(e, b, t->elem);
        buf_putc(b, ')');
        return;
    case TYPE_FUNC: buf_puts(b, "func"), put_signature(e, b, t); return;
    case TYPE_STRUCT: put_struct(e, b, t); return;
    case TYPE_INTERFACE: put_interface(e, b, t); return;
    case TYPE_UNSAFE_POINTER: buf_printf(b, "__gocc_imp%d.Pointer", import_index(e, unsafe_package())); return;
    default:
        if (t->kind >= TYPE_BOOL && t->kind <= TYPE_STRING) {
            buf_puts(b, types_string(t));
            return;
        }
        e->bad = true;
        buf_puts(b, "invalid");
    }
}

static void put_float(Buf *b, double d) {
    buf_printf(b, "%a", d);
}

static void put_const_value(Buf *b, const ConstValue *c, Type *t) {
    switch (const_kind(c)) {
    case CONST_FLOAT: put_float(b, const_float64(c)); return;
    case CONST_COMPLEX: {
        double re, im;
        const_complex128(c, &re, &im);
        buf_puts(b, "complex("), put_float(b, re), buf_puts(b, ", "), put_float(b, im), buf_putc(b, ')');
        return;
    }
    case CONST_INT:
        if (t->kind == TYPE_UNTYPED_RUNE) { /* keep it an untyped rune */
            buf_printf(b, "'\\U%08llx'", (unsigned long long)const_int64(c));
            return;
        }
        /* fall through */
    default: const_print(b, c);
    }
}

static void put_const(Exporter *e, Buf *b, Object *o) {
    if (!o->cval || !o->type) {
        e->bad = true;
        return;
    }
    buf_printf(b, "const %s ", o->name);
    if (!types_is_untyped(o->type)) {
        put_type(e, b, o->type);
        buf_putc(b, ' ');
    }
    buf_puts(b, "= ");
    put_const_value(b, o->cval, o->type);
    buf_putc(b, '\n');
}

static void put_type_decl(Exporter *e, Buf *b, Object *o) {
    if (!o->type)
        return;
    if (o->type->kind == TYPE_NAMED && o->type->obj == o) {
        buf_printf(b, "type %s ", o->name);
        put_type(e, b, o->type->underlying);
    } else {
        buf_printf(b, "type %s = ", o->name);
        put_type(e, b, o->type);
    }
    buf_putc(b, '\n');
}

static bool pointer_receiver(Object *m) {
    Node *recv = m->decl && m->decl->kind == N_FUNC_DECL ? m->decl->func_decl.recv : NULL;
    return recv && unparen(recv->field.type)->kind == N_STAR;
}

static void put_methods(Exporter *e, Buf *b, Object *tobj) {
    Type *t = tobj->type;
    if (!t || t->kind != TYPE_NAMED || t->obj != tobj)
        return;
    for (int i = 0; i < t->nmethods; i++) {
        Object *m = t->methods[i];
        if (check_is_blank(m->name) || !m->type)
            continue;
        buf_printf(b, "func (%s%s) %s", pointer_receiver(m) ? "*" : "", tobj->name, m->name);
        put_signature(e, b, m->type);
        buf_putc(b, '\n');
    }
}

static void put_meta(Exporter *e, Buf *b) {
    buf_puts(b, "go object linux amd64 gocc v1\n");
    for (int i = 0; i < e->pkg->imports.len; i++) {
        Package *p = e->pkg->imports.items[i];
        if (p != unsafe_package()) /* no archive, no init */
            buf_printf(b, "import %s\n", p->path);
    }
    for (int i = 0; i < e->pkg->funcs.len; i++) {
        Object *fn = e->pkg->funcs.items[i];
        if (!fn->link_name || check_is_blank(fn->name))
            continue;
        if (fn->flags & OBJF_ABI0)
            buf_printf(b, "abi0 %s\n", fn->link_name);
        if (!fn->decl->func_decl.recv && exported(fn->name) &&
            strcmp(fn->link_name, arena_printf(perm_arena, "%s.%s", e->pkg->path, fn->name)) != 0)
            buf_printf(b, "linkname %s %s\n", fn->name, fn->link_name);
    }
    buf_puts(b, "$$\n");
}

/* Writes pkg's export data into out. Returns 0, or 1 after an error. */
int types_write_export(Package *pkg, Buf *out) {
    Exporter e = {.pkg = pkg};
    Buf body = {0};
    for (int i = 0; i < pkg->types.len; i++)
        put_type_decl(&e, &body, pkg->types.items[i]);
    for (int i = 0; i < pkg->types.len; i++)
        put_methods(&e, &body, pkg->types.items[i]);
    for (int i = 0; i < pkg->consts.len; i++)
        if (exported(((Object *)pkg->consts.items[i])->name))
            put_const(&e, &body, pkg->consts.items[i]);
    for (int i = 0; i < pkg->globals.len; i++) {
        Object *v = pkg->globals.items[i];
        if (exported(v->name))
            buf_printf(&body, "var %s ", v->name), put_type(&e, &body, v->type), buf_putc(&body, '\n');
    }
    for (int i = 0; i < pkg->funcs.len; i++) {
        Object *fn = pkg->funcs.items[i];
        if (fn->decl->func_decl.recv || !exported(fn->name) || !fn->type)
            continue;
        buf_printf(&body, "func %s", fn->name), put_signature(&e, &body, fn->type), buf_putc(&body, '\n');
    }
    put_meta(&e, out);
    buf_printf(out, "package %s\n", pkg->name);
    for (int i = 0; i < e.imports.len; i++)
        buf_printf(out, "import __gocc_imp%d \"%s\"\n", i + 1, ((Package *)e.imports.items[i])->path);
    buf_append(out, body.data, body.len);
    buf_free(&body);
    vec_free(&e.imports);
    check_flush_errors();
    return e.bad ? 1 : 0;
}
