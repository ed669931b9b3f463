/* types.c - Go types: constructors, predicates, identity, amd64 layout and
 * Go's spelling of a type (types_string). Shared by the checker and back end. */
#include "types.h"

#include <string.h>

#include "arena.h"

Type *types_basic[TYPE_UNTYPED_NIL + 1];
Type *types_byte, *types_rune;
Package *types_local_pkg;

static const struct {
    const char *name;
    int64_t size, align;
} basic_info[TYPE_UNTYPED_NIL + 1] = {
    [TYPE_INVALID] = {"invalid type", 0, 1},
    [TYPE_BOOL] = {"bool", 1, 1},
    [TYPE_INT] = {"int", 8, 8},
    [TYPE_INT8] = {"int8", 1, 1},
    [TYPE_INT16] = {"int16", 2, 2},
    [TYPE_INT32] = {"int32", 4, 4},
    [TYPE_INT64] = {"int64", 8, 8},
    [TYPE_UINT] = {"uint", 8, 8},
    [TYPE_UINT8] = {"uint8", 1, 1},
    [TYPE_UINT16] = {"uint16", 2, 2},
    [TYPE_UINT32] = {"uint32", 4, 4},
    [TYPE_UINT64] = {"uint64", 8, 8},
    [TYPE_UINTPTR] = {"uintptr", 8, 8},
    [TYPE_FLOAT32] = {"float32", 4, 4},
    [TYPE_FLOAT64] = {"float64", 8, 8},
    [TYPE_COMPLEX64] = {"complex64", 8, 4},
    [TYPE_COMPLEX128] = {"complex128", 16, 8},
    [TYPE_STRING] = {"string", 16, 8},
    [TYPE_UNSAFE_POINTER] = {"unsafe.Pointer", 8, 8},
    [TYPE_UNTYPED_BOOL] = {"untyped bool", 1, 1},
    [TYPE_UNTYPED_INT] = {"untyped int", 8, 8},
    [TYPE_UNTYPED_RUNE] = {"untyped rune", 4, 4},
    [TYPE_UNTYPED_FLOAT] = {"untyped float", 8, 8},
    [TYPE_UNTYPED_COMPLEX] = {"untyped complex", 16, 8},
    [TYPE_UNTYPED_STRING] = {"untyped string", 16, 8},
    [TYPE_UNTYPED_NIL] = {"untyped nil", 8, 8},
};

Type *types_new(TypeKind kind) {
    Type *t = ARENA_NEW(perm_arena, Type);
    t->kind = kind;
    t->size = -1;
    t->align = 1;
    return t;
}

void types_init(void) {
    if (types_basic[TYPE_INT])
        return;
    for (int k = 0; k <= TYPE_UNTYPED_NIL; k++) {
        Type *t = types_new((TypeKind)k);
        t->size = basic_info[k].size;
        t->align = basic_info[k].align;
        t->laid_out = true;
        types_basic[k] = t;
    }
    /* byte and rune are aliases: same kind, their own spelling in messages. */
    types_byte = types_new(TYPE_UINT8);
    *types_byte = *TYPE(TYPE_UINT8);
    types_rune = types_new(TYPE_INT32);
    *types_rune = *TYPE(TYPE_INT32);
}

Type *types_pointer(Type *elem) {
    Type *t = types_new(TYPE_POINTER);
    t->elem = elem;
    return t;
}

Type *types_slice(Type *elem) {
    Type *t = types_new(TYPE_SLICE);
    t->elem = elem;
    return t;
}

Type *types_array(Type *elem, int64_t len) {
    Type *t = types_new(TYPE_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *types_tuple(Field *fields, int n) {
    Type *t = types_new(TYPE_TUPLE);
    t->fields = fields;
    t->nfields = n;
    return t;
}

Type *types_func(Type *params, Type *results, bool variadic) {
    Type *t = types_new(TYPE_FUNC);
    t->params = params ? params : types_tuple(NULL, 0);
    t->results = results ? results : types_tuple(NULL, 0);
    t->variadic = variadic;
    return t;
}

Type *types_named(Object *obj) {
    Type *t = types_new(TYPE_NAMED);
    t->obj = obj;
    return t;
}

Type *types_underlying(Type *t) {
    if (t && t->kind == TYPE_NAMED)
        return t->underlying ? t->underlying : TYPE(TYPE_INVALID);
    return t;
}

static TypeKind ukind(Type *t) {
    t = types_underlying(t);
    return t ? t->kind : TYPE_INVALID;
}

bool types_is_integer(Type *t) {
    TypeKind k = ukind(t);
    return (k >= TYPE_INT && k <= TYPE_UINTPTR) || k == TYPE_UNTYPED_INT || k == TYPE_UNTYPED_RUNE;
}

bool types_is_unsigned(Type *t) {
    TypeKind k = ukind(t);
    return k >= TYPE_UINT && k <= TYPE_UINTPTR;
}

bool types_is_float(Type *t) {
    TypeKind k = ukind(t);
    return k == TYPE_FLOAT32 || k == TYPE_FLOAT64 || k == TYPE_UNTYPED_FLOAT;
}

bool types_is_complex(Type *t) {
    TypeKind k = ukind(t);
    return k == TYPE_COMPLEX64 || k == TYPE_COMPLEX128 || k == TYPE_UNTYPED_COMPLEX;
}

bool types_is_numeric(Type *t) {
    return types_is_integer(t) || types_is_float(t) || types_is_complex(t);
}

bool types_is_ordered(Type *t) {
    return types_is_integer(t) || types_is_float(t) || types_is_string(t);
}

bool types_is_string(Type *t) {
    TypeKind k = ukind(t);
    return k == TYPE_STRING || k == TYPE_UNTYPED_STRING;
}

bool types_is_boolean(Type *t) {
    TypeKind k = ukind(t);
    return k == TYPE_BOOL || k == TYPE_UNTYPED_BOOL;
}

bool types_is_untyped(Type *t) {
    return t && t->kind >= TYPE_UNTYPED_BOOL && t->kind <= TYPE_UNTYPED_NIL;
}

bool types_is_interface(Type *t) { return ukind(t) == TYPE_INTERFACE; }

bool types_is_pointer(Type *t) {
    TypeKind k = ukind(t);
    return k == TYPE_POINTER || k == TYPE_UNSAFE_POINTER;
}

Type *types_default(Type *t) {
    if (!t)
        return t;
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return TYPE(TYPE_BOOL);
    case TYPE_UNTYPED_INT: return TYPE(TYPE_INT);
    case TYPE_UNTYPED_RUNE: return TYPE(TYPE_INT32);
    case TYPE_UNTYPED_FLOAT: return TYPE(TYPE_FLOAT64);
    case TYPE_UNTYPED_COMPLEX: return TYPE(TYPE_COMPLEX128);
    case TYPE_UNTYPED_STRING: return TYPE(TYPE_STRING);
    default: return t;
    }
}

/* depth bounds the walk through (invalid) recursive types. */
static bool comparable_depth(Type *t, int depth) {
    Type *u = types_underlying(t);
    if (depth > 100)
        return true;
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC: return false;
    case TYPE_ARRAY: return comparable_depth(u->elem, depth + 1);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable_depth(u->fields[i].type, depth + 1))
                return false;
        return true;
    default: return true;
    }
}

bool types_comparable(Type *t) { return comparable_depth(t, 0); }

static bool identical(Type *a, Type *b, bool tags);

static bool tuples_identical(Type *a, Type *b) {
    if (a->nfields != b->nfields)
        return false;
    for (int i = 0; i < a->nfields; i++)
        if (!types_identical(a->fields[i].type, b->fields[i].type))
            return false;
    return true;
}

bool types_identical(Type *a, Type *b) { return identical(a, b, true); }

/* Identity ignoring struct tags (conversions, Go 1.8). */
bool types_identical_ignore_tags(Type *a, Type *b) { return identical(a, b, false); }

static bool identical(Type *a, Type *b, bool tags) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    if (a->kind <= TYPE_UNTYPED_NIL)
        return true; /* byte/uint8, rune/int32 */
    switch (a->kind) {
    case TYPE_ARRAY: return a->len == b->len && identical(a->elem, b->elem, tags);
    case TYPE_SLICE: case TYPE_POINTER: return identical(a->elem, b->elem, tags);
    case TYPE_MAP: return types_identical(a->key, b->key) && identical(a->elem, b->elem, tags);
    case TYPE_CHAN: return a->dir == b->dir && identical(a->elem, b->elem, tags);
    case TYPE_FUNC:
        return a->variadic == b->variadic && tuples_identical(a->params, b->params) &&
               tuples_identical(a->results, b->results);
    case TYPE_TUPLE: return tuples_identical(a, b);
    case TYPE_STRUCT:
        if (a->nfields != b->nfields)
            return false;
        for (int i = 0; i < a->nfields; i++) {
            Field *x = &a->fields[i], *y = &b->fields[i];
            if (x->name != y->name || x->embedded != y->embedded || x->pkg != y->pkg ||
                !identical(x->type, y->type, tags) ||
                (tags && strcmp(x->tag ? x->tag : "", y->tag ? y->tag : "") != 0))
                return false;
        }
        return true;
    case TYPE_INTERFACE: {
        if (a->nmethods != b->nmethods)
            return false;
        /* recursive interfaces (F() interface{I}): a pair already being
         * compared is assumed identical */
        static Type *stack[64][2];
        static int depth;
        for (int i = 0; i < depth; i++)
            if ((stack[i][0] == a && stack[i][1] == b) || (stack[i][0] == b && stack[i][1] == a))
                return true;
        if (depth == 64)
            return true;
        stack[depth][0] = a;
        stack[depth][1] = b;
        depth++;
        bool same = true;
        for (int i = 0; i < a->nmethods && same; i++)
            same = a->methods[i]->name == b->methods[i]->name &&
                   identical(a->methods[i]->type, b->methods[i]->type, tags);
        depth--;
        return same;
    }
    default: return false; /* named and basic types are identical only to themselves */
    }
}

static int64_t align_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

static void layout_struct(Type *t) {
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->nfields; i++) {
        Type *ft = t->fields[i].type;
        types_layout(ft);
        off = align_up(off, ft->align);
        t->fields[i].offset = off;
        off += ft->size;
        if (ft->align > align)
            align = ft->align;
    }
    /* Go pads a trailing zero-size field so its address stays inside the struct. */
    if (off > 0 && t->nfields > 0 && t->fields[t->nfields - 1].type->size == 0)
        off++;
    t->size = align_up(off, align);
    t->align = align;
}

void types_layout(Type *t) {
    if (!t || t->laid_out)
        return;
    t->laid_out = true;
    switch (t->kind) {
    case TYPE_NAMED: {
        Type *u = types_underlying(t);
        types_layout(u);
        t->size = u->size;
        t->align = u->align;
        break;
    }
    case TYPE_ARRAY:
        types_layout(t->elem);
        t->size = t->elem->size * t->len;
        t->align = t->elem->align;
        break;
    case TYPE_STRUCT: layout_struct(t); break;
    case TYPE_TUPLE: layout_struct(t); break;
    case TYPE_SLICE: t->size = 24; t->align = 8; break;
    case TYPE_INTERFACE: t->size = 16; t->align = 8; break;
    case TYPE_POINTER: case TYPE_FUNC: case TYPE_MAP: case TYPE_CHAN:
        t->size = 8; t->align = 8; break;
    default:
        t->size = 0;
        t->align = 1;
        break;
    }
}

/* ---- Go spelling of types ---- */

static void write_type(Buf *b, Type *t);

static void write_tuple(Buf *b, Type *t, bool variadic) {
    buf_putc(b, '(');
    for (int i = 0; t && i < t->nfields; i++) {
        if (i > 0)
            buf_puts(b, ", ");
        Field *f = &t->fields[i];
        if (f->name && *f->name)
            buf_printf(b, "%s ", f->name);
        if (variadic && i == t->nfields - 1) {
            buf_puts(b, "...");
            write_type(b, f->type->elem);
        } else {
            write_type(b, f->type);
        }
    }
    buf_putc(b, ')');
}

static void write_signature(Buf *b, Type *t) {
    write_tuple(b, t->params, t->variadic);
    Type *r = t->results;
    if (!r || r->nfields == 0)
        return;
    buf_putc(b, ' ');
    if (r->nfields == 1 && !(r->fields[0].name && *r->fields[0].name))
        write_type(b, r->fields[0].type);
    else
        write_tuple(b, r, false);
}

static void write_type(Buf *b, Type *t) {
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    switch (t->kind) {
    case TYPE_NAMED: {
        Object *o = t->obj;
        if (o->pkg && o->pkg != types_local_pkg && o->pkg->name)
            buf_printf(b, "%s.", o->pkg->name);
        buf_puts(b, o->name);
        return;
    }
    case TYPE_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); write_type(b, t->elem); return;
    case TYPE_SLICE: buf_puts(b, "[]"); write_type(b, t->elem); return;
    case TYPE_POINTER: buf_putc(b, '*'); write_type(b, t->elem); return;
    case TYPE_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key);
        buf_putc(b, ']');
        write_type(b, t->elem);
        return;
    case TYPE_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        write_type(b, t->elem);
        return;
    case TYPE_FUNC: buf_puts(b, "func"); write_signature(b, t); return;
    case TYPE_TUPLE: write_tuple(b, t, false); return;
    case TYPE_STRUCT:
        buf_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            if (i > 0)
                buf_puts(b, "; ");
            if (!t->fields[i].embedded)
                buf_printf(b, "%s ", t->fields[i].name);
            write_type(b, t->fields[i].type);
        }
        buf_putc(b, '}');
        return;
    case TYPE_INTERFACE:
        if (t->nmethods == 0) {
            buf_puts(b, "interface{}");
            return;
        }
        buf_puts(b, "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            if (i > 0)
                buf_puts(b, "; ");
            buf_puts(b, t->methods[i]->name);
            write_signature(b, t->methods[i]->type);
        }
        buf_putc(b, '}');
        return;
    default:
        if (t->kind <= TYPE_UNTYPED_NIL)
            buf_puts(b, types_string(t));
        return;
    }
}

const char *types_string(Type *t) {
    if (t == types_byte)
        return "byte";
    if (t == types_rune)
        return "rune";
    if (t && t->kind <= TYPE_UNTYPED_NIL)
        return basic_info[t->kind].name;
    Buf b = {0};
    write_type(&b, t);
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}
