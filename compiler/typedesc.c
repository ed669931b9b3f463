/* typedesc.c - Go 1.19 `_type` descriptors (docs/abi.md §8/§9) written as
 * DUPOK read-only `type.NAME` symbols, and the conversion of a value to an
 * interface{} (type word, data word) that panic(v) needs.
 *
 * Supported so far: the basic kinds, strings, unsafe.Pointer, pointers to
 * supported types, and named types of those without methods. Anything else
 * returns NULL and the caller reports `gocc: ... is not supported yet`. */
#include <stdio.h>
#include <string.h>

#include "ssa_build.h"

enum { K_DIRECT = 32 };

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
    case TYPE_STRING: return 24;
    case TYPE_UNSAFE_POINTER: return 26 | K_DIRECT;
    case TYPE_POINTER: return 22 | K_DIRECT;
    case TYPE_MAP: return 21 | K_DIRECT;   /* typedesc_map.c */
    default: return 0;
    }
}

/* Go's run-time spelling of t ("main.T", "*main.T", "int"); NULL if unsupported. */
static const char *type_name(Arena *a, Type *t) {
    if (t->kind == TYPE_NAMED) {
        if (t->nmethods > 0 || !t->obj || !t->obj->pkg || !t->underlying ||
            !basic_kind(t->underlying->kind) || t->underlying->kind == TYPE_POINTER ||
            (t->underlying->kind == TYPE_MAP && !type_name(a, t->underlying)))
            return NULL;
        return arena_printf(a, "%s.%s", t->obj->pkg->name, t->obj->name);
    }
    if (t->kind == TYPE_POINTER) {
        const char *e = type_name(a, t->elem);
        return e ? arena_printf(a, "*%s", e) : NULL;
    }
    if (t->kind == TYPE_MAP) {
        const char *k = type_name(a, t->key), *v = type_name(a, t->elem);
        return k && v ? arena_printf(a, "map[%s]%s", k, v) : NULL;
    }
    return basic_kind(t->kind) ? types_string(t) : NULL;
}

static void put_name(Buf *o, const char *sym, int64_t off, const char *s) {
    size_t n = strlen(s);
    buf_printf(o, "DATA %s+%lld(SB)/1, $0\n", sym, (long long)off);
    buf_printf(o, "DATA %s+%lld(SB)/1, $%zu\n", sym, (long long)off + 1, n);  /* names < 128 bytes */
    for (size_t i = 0; i < n; i++)
        buf_printf(o, "DATA %s+%lld(SB)/1, $%u\n", sym, (long long)(off + 2 + (int64_t)i),
                   (unsigned)(unsigned char)s[i]);
}

static const char *emit(Unit *u, Type *t, const char *name);

/* sym as the assembler reads it (ssa_put_symbol's quoting). */
static const char *quoted(Arena *a, const char *sym) {
    Buf q = {0};
    ssa_put_symbol(&q, sym);
    const char *r = arena_strdup(a, buf_cstr(&q));
    buf_free(&q);
    return r;
}

/* The symbol of t's descriptor, written once per unit; NULL if unsupported. */
static const char *desc_sym(Unit *u, Type *t) {
    const char *name = type_name(u->arena, t);
    if (!name || strlen(name) > 120)
        return NULL;
    const char *sym = arena_printf(u->arena, "type.%s", name);
    if (!strmap_get(&u->etypes, sym)) {
        strmap_put(&u->etypes, sym, (void *)1);
        emit(u, t, quoted(u->arena, sym));
    }
    return sym;
}

const char *bld_typedesc_sym(Unit *u, Type *t) { return desc_sym(u, t); }

/* Layout: _type (48), ptrtype.elem (8) for pointers, the 1-byte gcdata
 * bitmap when ptrdata > 0, then the encoded name. */
static const char *emit(Unit *u, Type *t, const char *sym) {
    Type *ut = bld_under(t);
    if (ut->kind == TYPE_MAP)
        return bld_typedesc_map(u, t, sym, type_name(u->arena, t));
    types_layout(t);
    int kind = basic_kind(ut->kind);
    bool ptrs = kind & K_DIRECT || ut->kind == TYPE_STRING;
    const char *elem = ut->kind == TYPE_POINTER ? desc_sym(u, ut->elem) : NULL;
    const char *name = type_name(u->arena, t);
    bool memeq = ut->kind != TYPE_STRING && !types_is_float(ut) && !types_is_complex(ut);
    Buf *o = u->out;
    buf_printf(o, "\nDATA %s+0(SB)/8, $%lld\n", sym, (long long)t->size);
    if (ptrs)
        buf_printf(o, "DATA %s+8(SB)/8, $8\n", sym);
    buf_printf(o, "DATA %s+20(SB)/1, $%d\n", sym, t->kind == TYPE_NAMED ? 4 : 0);
    buf_printf(o, "DATA %s+21(SB)/1, $%d\n", sym, (int)t->align);
    buf_printf(o, "DATA %s+22(SB)/1, $%d\n", sym, (int)t->align);
    buf_printf(o, "DATA %s+23(SB)/1, $%d\n", sym, kind);
    buf_printf(o, "DATA %s+24(SB)/8, $%s(SB)\n", sym, memeq ? "runtime.memequal" : "runtime.typeequal");
    int64_t off = 48;
    if (elem) {
        buf_printf(o, "DATA %s+48(SB)/8, $%s(SB)\n", sym, quoted(u->arena, elem));
        off = 56;
    }
    if (ptrs) {
        buf_printf(o, "DATA %s+32(SB)/8, $%s+%lld(SB)\n", sym, sym, (long long)off);
        buf_printf(o, "DATA %s+%lld(SB)/1, $1\n", sym, (long long)off);
        off += 8;
    }
    buf_printf(o, "DATA %s+40(SB)/8, $%s+%lld(SB)\n", sym, sym, (long long)off);
    put_name(o, sym, off, name);
    off += 2 + (int64_t)strlen(name);
    buf_printf(o, "GLOBL %s(SB), RODATA|DUPOK, $%lld\n", sym, (long long)((off + 7) & ~7));
    return sym;
}

Value *bld_typedesc(Builder *b, Type *t, Pos pos) {
    const char *sym = desc_sym(b->u, t);
    if (!sym)
        return NULL;
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = arena_strdup(b->f->arena, sym);
    return a;
}

/* any(x) for a value x of type t already evaluated into w: (type, data); false if unsupported. */
bool bld_to_eface(Builder *b, Type *t, Words w, Value *out[2], Pos pos) {
    Type *ut = bld_under(t);
    Value *td = bld_typedesc(b, t, pos);
    if (!td)
        return false;
    out[0] = td;
    int kind = basic_kind(ut->kind);
    if (kind & K_DIRECT) {
        out[1] = w.v[0];
        return true;
    }
    types_layout(t);
    if (types_is_float(ut) || types_is_complex(ut))
        return false;  /* values in X registers: not yet */
    const char *fn;
    if (ut->kind == TYPE_STRING)
        fn = "convTstring";
    else if (t->size == 8)
        fn = "convT64";
    else if (t->size == 4)
        fn = "convT32";
    else if (t->size == 2 || t->size == 1)
        fn = "convT16";
    else
        return false;
    Value *r[1];
    Value *args[2] = {w.v[0], ut->kind == TYPE_STRING ? w.v[1] : NULL};
    bld_call_runtime(b, fn, args, ut->kind == TYPE_STRING ? 2 : 1, 1, r, pos);
    out[1] = r[0];
    return true;
}
