/* typedesc.c - Go 1.19 `_type` descriptors (docs/abi.md §8/§9), one DUPOK
 * read-only `type.NAME` symbol per type, written once per unit: the symbol
 * and string names of types, the 48-byte _type header, and the dispatch to
 * the kind-specific part (typedesc_kinds.c) and the method table
 * (typedesc_methods.c). Every kind of type gets a descriptor.
 *
 * Layout of one descriptor symbol: _type, the kind-specific part, the
 * uncommontype (types with methods and named types), the arrays the kind
 * part points at (struct fields, func parameters, interface methods), the
 * methods, then a tail of bytes: the gcdata bitmap and the encoded names. */
#include <stdio.h>
#include <string.h>

#include "typedesc.h"

/* ---- kinds ---- */

static int basic_kind(TypeKind k) {
    switch (k) {
    case TYPE_BOOL: return 1;
    case TYPE_INT: return 2;
    case TYPE_INT8: return 3;
    case TYPE_INT16: return 4;
    case TYPE_INT32: return 5;
    case TYPE_INT64: return 6;
    case TYPE_UINT: return 7;
    case TYPE_UINT8: return 8;
    case TYPE_UINT16: return 9;
    case TYPE_UINT32: return 10;
    case TYPE_UINT64: return 11;
    case TYPE_UINTPTR: return 12;
    case TYPE_FLOAT32: return 13;
    case TYPE_FLOAT64: return 14;
    case TYPE_COMPLEX64: return 15;
    case TYPE_COMPLEX128: return 16;
    case TYPE_ARRAY: return 17;
    case TYPE_CHAN: return 18;
    case TYPE_FUNC: return 19;
    case TYPE_INTERFACE: return 20;
    case TYPE_MAP: return 21;
    case TYPE_POINTER: return 22;
    case TYPE_SLICE: return 23;
    case TYPE_STRING: return 24;
    case TYPE_STRUCT: return 25;
    case TYPE_UNSAFE_POINTER: return 26;
    default: return 0;
    }
}

/* Go's isdirectiface: the interface data word holds the value itself. */
bool td_direct(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: return true;
    case TYPE_ARRAY: return u->len == 1 && td_direct(u->elem);
    case TYPE_STRUCT: return u->nfields == 1 && td_direct(u->fields[0].type);
    default: return false;
    }
}

int td_kind(Type *t) { return basic_kind(bld_under(t)->kind) | (td_direct(t) ? TD_KIND_DIRECT : 0); }

bool td_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* An imported package's unexported field and method names carry a '.'
 * (import.c); descriptors spell them as their package does. */
const char *td_plain(const char *name) { return name[0] == '.' && name[1] ? name + 1 : name; }

/* ---- names ---- */

static void put_type(Buf *o, Type *t, bool link);

static void put_tuple(Buf *o, Type *tuple, bool variadic, bool link) {
    for (int i = 0; i < tuple->nfields; i++) {
        if (i)
            buf_puts(o, ", ");
        if (variadic && i == tuple->nfields - 1) {
            buf_puts(o, "...");
            put_type(o, bld_under(tuple->fields[i].type)->elem, link);
        } else
            put_type(o, tuple->fields[i].type, link);
    }
}

/* "(int, string) (int, error)" as in func types and interface methods. */
static void put_sig(Buf *o, Type *f, bool link) {
    buf_putc(o, '(');
    put_tuple(o, f->params, f->variadic, link);
    buf_putc(o, ')');
    Type *r = f->results;
    if (r->nfields == 1) {
        buf_putc(o, ' ');
        put_type(o, r->fields[0].type, link);
    } else if (r->nfields > 1) {
        buf_puts(o, " (");
        put_tuple(o, r, false, link);
        buf_putc(o, ')');
    }
}

static const char *pkg_qual(Package *p, bool link) {
    if (!p)
        return "";
    return link ? p->path : p->name;
}

static void put_quoted(Buf *o, const char *s) {
    buf_putc(o, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            buf_printf(o, "\\%c", *p);
        else if (*p == '\n')
            buf_puts(o, "\\n");
        else if (*p == '\t')
            buf_puts(o, "\\t");
        else if (*p < 0x20 || *p == 0x7f)
            buf_printf(o, "\\x%02x", *p);
        else
            buf_putc(o, *p);
    }
    buf_putc(o, '"');
}

/* Whether an embedded field's name is not its type's own name (`type Int =
 * int; struct{ Int }`): then the link name spells it "Int = int", as Go's
 * LinkString does, so that struct{ Int } and struct{ int } stay apart. */
static bool renamed_embedding(Field *f) {
    Type *t = f->type;
    if (t->kind == TYPE_POINTER && t->elem->kind == TYPE_NAMED)
        t = t->elem;
    const char *own = t->kind == TYPE_NAMED && t->obj ? t->obj->name : types_string(t);
    return strcmp(own, f->name) != 0;
}

static void put_struct(Buf *o, Type *u, bool link) {
    if (u->nfields == 0) {
        buf_puts(o, "struct {}");
        return;
    }
    buf_puts(o, "struct { ");
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        if (i)
            buf_puts(o, "; ");
        if (!f->embedded) {
            if (link && !td_exported(f->name) && f->pkg && strcmp(f->name, "_"))
                buf_printf(o, "%s.", f->pkg->path);
            buf_printf(o, "%s ", td_plain(f->name));
        } else if (link && renamed_embedding(f)) {
            if (!td_exported(f->name) && f->pkg)
                buf_printf(o, "%s.", f->pkg->path);
            buf_printf(o, "%s = ", td_plain(f->name));
        }
        put_type(o, f->type, link);
        if (f->tag && f->tag[0]) {
            buf_putc(o, ' ');
            put_quoted(o, f->tag);
        }
    }
    buf_puts(o, " }");
}

static void put_interface(Buf *o, Type *u, bool link) {
    if (u->nmethods == 0) {
        buf_puts(o, "interface {}");
        return;
    }
    buf_puts(o, "interface { ");
    for (int i = 0; i < u->nmethods; i++) {
        Object *m = u->methods[i];
        if (i)
            buf_puts(o, "; ");
        if (!td_exported(m->name) && m->pkg)
            buf_printf(o, "%s.", pkg_qual(m->pkg, link));
        buf_puts(o, td_plain(m->name));
        put_sig(o, m->type, link);
    }
    buf_puts(o, " }");
}

static void put_named(Buf *o, Type *t, bool link) {
    Object *obj = t->obj;
    if (obj->pkg)
        buf_printf(o, "%s.", pkg_qual(obj->pkg, link));
    buf_puts(o, obj->name);
    if (link && !(obj->flags & OBJF_GLOBAL) && obj->pkg)   /* a type declared in a function */
        buf_printf(o, "\xc2\xb7%d_%d", obj->pos.line, obj->pos.col);
}

static void put_chan(Buf *o, Type *u, bool link) {
    buf_puts(o, u->dir == CHAN_RECV ? "<-chan " : u->dir == CHAN_SEND ? "chan<- " : "chan ");
    Type *e = bld_under(u->elem);
    bool paren = u->dir == CHAN_BOTH && e->kind == TYPE_CHAN && e->dir == CHAN_RECV && u->elem->kind != TYPE_NAMED;
    if (paren)
        buf_putc(o, '(');
    put_type(o, u->elem, link);
    if (paren)
        buf_putc(o, ')');
}

/* The unnamed interfaces being spelled, innermost first, with where each
 * began: an interface that contains itself (`type T interface{
 * M(interface{ T }) }`; every such cycle passes through an interface) is
 * spelled "@OFFSET" on the way back in, as Go's type formatter does. */
typedef struct Spelling {
    Type *t;
    size_t off;
    struct Spelling *up;
} Spelling;
static Spelling *spelling;

static void put_unnamed(Buf *o, Type *t, bool link);

static void put_type(Buf *o, Type *t, bool link) {
    if (t->kind == TYPE_NAMED && t->obj) {
        put_named(o, t, link);
        return;
    }
    if (t->kind != TYPE_INTERFACE) {
        put_unnamed(o, t, link);
        return;
    }
    for (Spelling *s = spelling; s; s = s->up)
        if (s->t == t) {
            buf_printf(o, "@%zu", s->off);
            return;
        }
    Spelling here = {t, o->len, spelling};
    spelling = &here;
    put_unnamed(o, t, link);
    spelling = here.up;
}

static void put_unnamed(Buf *o, Type *t, bool link) {
    switch (t->kind) {
    case TYPE_POINTER: buf_putc(o, '*'); put_type(o, t->elem, link); return;
    case TYPE_SLICE: buf_puts(o, "[]"); put_type(o, t->elem, link); return;
    case TYPE_ARRAY: buf_printf(o, "[%lld]", (long long)t->len); put_type(o, t->elem, link); return;
    case TYPE_MAP:
        buf_puts(o, "map[");
        put_type(o, t->key, link);
        buf_putc(o, ']');
        put_type(o, t->elem, link);
        return;
    case TYPE_CHAN: put_chan(o, t, link); return;
    case TYPE_FUNC: buf_puts(o, "func"); put_sig(o, t, link); return;
    case TYPE_STRUCT: put_struct(o, t, link); return;
    case TYPE_INTERFACE: put_interface(o, t, link); return;
    case TYPE_UNSAFE_POINTER: buf_puts(o, "unsafe.Pointer"); return;
    case TYPE_UINT8: buf_puts(o, "uint8"); return;
    case TYPE_INT32: buf_puts(o, "int32"); return;
    default: buf_puts(o, types_string(t)); return;
    }
}

static const char *type_text(Unit *u, Type *t, bool link) {
    if (t == types_byte)
        t = TYPE(TYPE_UINT8);
    else if (t == types_rune)
        t = TYPE(TYPE_INT32);
    Buf o = {0};
    put_type(&o, t, link);
    const char *s = arena_strdup(u->arena, buf_cstr(&o));
    buf_free(&o);
    return s;
}

const char *td_string(Unit *u, Type *t) { return type_text(u, t, false); }
const char *td_link(Unit *u, Type *t) { return type_text(u, t, true); }

/* ---- output helpers ---- */

void td_int(TdOut *d, int64_t off, int width, int64_t v) {
    if (!v)
        return;     /* the symbol starts zeroed */
    buf_puts(&d->data, "DATA ");
    ssa_put_symbol(&d->data, d->sym);
    buf_printf(&d->data, "+%lld(SB)/%d, $%lld\n", (long long)off, width, (long long)v);
}

static void addr_to(TdOut *d, int64_t off, const char *target, int64_t toff) {
    buf_puts(&d->data, "DATA ");
    ssa_put_symbol(&d->data, d->sym);
    buf_printf(&d->data, "+%lld(SB)/8, $", (long long)off);
    ssa_put_symbol(&d->data, target);
    buf_printf(&d->data, "+%lld(SB)\n", (long long)toff);
}

void td_addr(TdOut *d, int64_t off, const char *target) {
    if (target)
        addr_to(d, off, target, 0);
}

int64_t td_tail_bytes(TdOut *d, const void *p, size_t n) {
    int64_t off = d->tailbase + (int64_t)d->tail.len;
    buf_append(&d->tail, p, n);
    return off;
}

static int64_t put_uvarint(TdOut *d, size_t v) {
    uint8_t b[10];
    int k = 0;
    do {
        b[k++] = (uint8_t)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return td_tail_bytes(d, b, (size_t)k);
}

/* Go's name encoding: flags (bit 0 exported, bit 1 a tag follows), uvarint
 * length, bytes, then for a tag its uvarint length and bytes. */
void td_name_tag(TdOut *d, int64_t off, const char *s, bool exported, const char *tag) {
    s = td_plain(s);
    bool has_tag = tag && tag[0];
    uint8_t flags = (uint8_t)((exported ? 1 : 0) | (has_tag ? 2 : 0));
    int64_t at = td_tail_bytes(d, &flags, 1);
    put_uvarint(d, strlen(s));
    td_tail_bytes(d, s, strlen(s));
    if (has_tag) {
        put_uvarint(d, strlen(tag));
        td_tail_bytes(d, tag, strlen(tag));
    }
    addr_to(d, off, d->sym, at);
}

void td_name(TdOut *d, int64_t off, const char *s, bool exported) { td_name_tag(d, off, s, exported, NULL); }

static void flush_tail(TdOut *d) {
    const unsigned char *p = (const unsigned char *)d->tail.data;
    for (int64_t i = 0; i < (int64_t)d->tail.len; i += 8) {
        int64_t n = (int64_t)d->tail.len - i < 8 ? (int64_t)d->tail.len - i : 8;
        buf_puts(&d->data, "DATA ");
        ssa_put_symbol(&d->data, d->sym);
        buf_printf(&d->data, "+%lld(SB)/%lld, $\"", (long long)(d->tailbase + i), (long long)n);
        for (int64_t j = 0; j < n; j++)
            buf_printf(&d->data, "\\x%02x", p[i + j]);
        buf_puts(&d->data, "\"\n");
    }
}

/* ---- the descriptor ---- */

static uint32_t name_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

uint32_t td_hash(Unit *u, Type *t) { return name_hash(td_link(u, t)); }

static void header(TdOut *d, Type *t, bool uncommon, bool extra) {
    types_layout(t);
    int64_t ptrdata = td_ptrdata(t);
    td_int(d, 0, 8, t->size);
    td_int(d, 8, 8, ptrdata);
    td_int(d, 16, 4, td_hash(d->u, t));
    td_int(d, 20, 1, (uncommon ? TD_TFLAG_UNCOMMON : 0) | (extra ? TD_TFLAG_EXTRA : 0) |
                         (td_has_uncommon(t) ? TD_TFLAG_NAMED : 0));
    td_int(d, 21, 1, t->align ? t->align : 1);
    td_int(d, 22, 1, t->align ? t->align : 1);
    td_int(d, 23, 1, td_kind(t));
    td_addr(d, 24, td_equal(t));
    if (ptrdata > 0) {
        int64_t nbytes = (ptrdata / 8 + 7) / 8;
        uint8_t *bits = arena_alloc(d->u->arena, (size_t)nbytes);
        memset(bits, 0, (size_t)nbytes);
        td_ptrmask(t, 0, bits);
        addr_to(d, 32, d->sym, td_tail_bytes(d, bits, (size_t)nbytes));
    }
    td_name(d, 40, td_string(d->u, t), false);
}

static void emit(Unit *u, Type *t, const char *sym) {
    TdOut d = {u, sym, {0}, {0}, 0};
    TdMethod *ms = NULL;
    int nm = td_methods(u, t, &ms);
    bool uncommon = td_has_uncommon(t) || nm > 0;
    /* gocc's ptrToThis (td_uncommon_extra) of a type without uncommontype
     * directly follows the kind part (not for unnamed funcs: their
     * parameters are there) */
    bool ptrslot = !uncommon && t->kind != TYPE_POINTER && t->kind != TYPE_FUNC;
    int64_t kind_end = TD_TYPE_SIZE + td_kind_size(t);
    int64_t extra_off = kind_end + (uncommon ? TD_UNCOMMON_SIZE : 0) + (ptrslot ? 8 : 0);
    int64_t moff = extra_off + td_kind_extra(t) + (uncommon ? 8 : 0);    /* + ptrToThis */
    d.tailbase = moff + (int64_t)nm * (TD_METHOD_SIZE + 8);               /* + the func types */
    header(&d, t, uncommon, uncommon || ptrslot);
    td_kind_part(&d, t, extra_off);
    if (uncommon) {
        td_uncommon(&d, t, kind_end, moff - kind_end, ms, nm);
        td_uncommon_extra(&d, t, moff, ms, nm);
    } else if (ptrslot) {
        td_addr(&d, kind_end, td_symbol(u, types_pointer(t)));
    }
    flush_tail(&d);
    buf_putc(u->out, '\n');
    buf_append(u->out, d.data.data, d.data.len);
    buf_puts(u->out, "GLOBL ");
    ssa_put_symbol(u->out, sym);
    buf_printf(u->out, "(SB), RODATA|DUPOK, $%lld\n", (long long)((d.tailbase + (int64_t)d.tail.len + 7) & ~7));
    buf_free(&d.data);
    buf_free(&d.tail);
}

/* A named type T (or *T) declared in another package: that package writes
 * the descriptors (with the method tables only it knows completely);
 * importers refer to them. The runtime's few Go types are written by
 * whoever needs them. */
static bool foreign(Unit *u, Type *t) {
    if (t->kind == TYPE_POINTER)
        t = t->elem;
    if (t->kind != TYPE_NAMED || !t->obj || !t->obj->pkg || !(t->obj->flags & OBJF_GLOBAL))
        return false;
    const char *path = t->obj->pkg->path;
    return strcmp(path, u->pkg->path) != 0 && strcmp(path, "runtime") != 0;
}

/* The symbol of t's descriptor ("type.main.T"), written once per unit. */
const char *td_symbol(Unit *u, Type *t) {
    if (t == types_byte)
        t = TYPE(TYPE_UINT8);
    else if (t == types_rune)
        t = TYPE(TYPE_INT32);
    const char *sym = arena_printf(u->arena, "type.%s", td_link(u, t));
    if (!strmap_get(&u->etypes, sym)) {
        strmap_put(&u->etypes, sym, (void *)1);
        if (!foreign(u, t))
            emit(u, t, sym);
    }
    return sym;
}

bool td_foreign(Unit *u, Type *t) { return foreign(u, t); }

void unit_emit_type_descriptors(Unit *u) {
    if (u->pkg->is_runtime)
        return;
    for (int i = 0; i < u->pkg->types.len; i++) {
        Object *o = u->pkg->types.items[i];
        if (o->kind != OBJ_TYPE || !o->type || o->type->kind != TYPE_NAMED || !o->type->underlying)
            continue;
        td_symbol(u, o->type);
        td_symbol(u, types_pointer(o->type));
    }
}

Value *bld_typedesc(Builder *b, Type *t, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = td_symbol(b->u, t);
    return a;
}
