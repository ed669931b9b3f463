/* typedesc_map.c - the descriptor of a map type: Go 1.19's `maptype` (88
 * bytes: the `_type` header, then key, elem, bucket, hasher, keysize,
 * elemsize, bucketsize, flags; docs/abi.md §9), followed by the map's
 * one-word gcdata bitmap and its name. typedesc.c's dispatcher calls
 * bld_typedesc_map for every type whose underlying type is a map. */
#include <string.h>

#include "ssa_build.h"

enum {
    KIND_MAP_DIRECT = 21 | 32,  /* kindMap | kindDirectIface: a map value is one pointer */
    MAXSLOT = 128,              /* keys and elems above this size are stored indirectly */
    F_INDIRECTKEY = 1, F_INDIRECTELEM = 2, F_REFLEXIVE = 4, F_NEEDKEYUPDATE = 8, F_HASHMIGHTPANIC = 16
};

/* Whether some leaf of key type t has the property: floats (and complex
 * numbers) are not reflexive, interfaces neither (they may hold floats);
 * an overwrite must also store the key again for floats (+0/-0), strings
 * (the new string's bytes) and interfaces; only interfaces may panic. */
typedef enum Leafy { L_IRREFLEXIVE, L_UPDATE, L_PANICS } Leafy;

static bool has_leaf(Type *t, Leafy what) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128: return what != L_PANICS;
    case TYPE_INTERFACE: return true;
    case TYPE_STRING: return what == L_UPDATE;
    case TYPE_ARRAY: return has_leaf(u->elem, what);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (has_leaf(u->fields[i].type, what))
                return true;
        return false;
    default: return false;
    }
}

static int slot_size(Type *t) {
    types_layout(t);
    return t->size > MAXSLOT ? 8 : (int)t->size;
}

static int map_flags(Type *key, Type *elem) {
    int f = 0;
    if (key->size > MAXSLOT)
        f |= F_INDIRECTKEY;
    if (elem->size > MAXSLOT)
        f |= F_INDIRECTELEM;
    if (!has_leaf(key, L_IRREFLEXIVE))
        f |= F_REFLEXIVE;
    if (has_leaf(key, L_UPDATE))
        f |= F_NEEDKEYUPDATE;
    if (has_leaf(key, L_PANICS))
        f |= F_HASHMIGHTPANIC;
    return f;
}

static void put(Buf *o, const char *sym, int64_t off, int width, const char *fmt, long long v) {
    buf_printf(o, "DATA %s+%lld(SB)/%d, ", sym, (long long)off, width);
    buf_printf(o, fmt, v);
    buf_printf(o, "\n");
}

static void put_addr(Unit *u, const char *sym, int64_t off, const char *target, int64_t toff) {
    Buf q = {0};
    ssa_put_symbol(&q, target);
    buf_printf(u->out, "DATA %s+%lld(SB)/8, $%s+%lld(SB)\n", sym, (long long)off, buf_cstr(&q), (long long)toff);
    buf_free(&q);
}

/* sym is already in the assembler's (quoted) spelling; the name of t is
 * Go's ("map[string]int", "main.M"). NULL if the key or elem type has no
 * descriptor yet. */
const char *bld_typedesc_map(Unit *u, Type *t, const char *sym, const char *name) {
    Type *m = bld_under(t);
    const char *ksym = bld_typedesc_sym(u, m->key), *esym = bld_typedesc_sym(u, m->elem);
    if (!ksym || !esym || !name)
        return NULL;
    int ks = slot_size(m->key), es = slot_size(m->elem);
    int bucketsize = 8 + 8 * ks + 8 * es;
    bucketsize = (bucketsize + 7) / 8 * 8 + 8;
    Buf *o = u->out;
    buf_printf(o, "\n");
    put(o, sym, 0, 8, "$%lld", 8);
    put(o, sym, 8, 8, "$%lld", 8);      /* ptrdata: the one pointer word */
    put(o, sym, 20, 1, "$%lld", t->kind == TYPE_NAMED ? 4 : 0);
    put(o, sym, 21, 1, "$%lld", 8);
    put(o, sym, 22, 1, "$%lld", 8);
    put(o, sym, 23, 1, "$%lld", KIND_MAP_DIRECT);
    /* equal (24) stays nil: maps are not comparable */
    put_addr(u, sym, 48, ksym, 0);
    put_addr(u, sym, 56, esym, 0);
    /* bucket (64) and hasher (72) stay nil: the runtime hashes by the key's kind */
    put(o, sym, 80, 1, "$%lld", ks);
    put(o, sym, 81, 1, "$%lld", es);
    put(o, sym, 82, 2, "$%lld", bucketsize);
    put(o, sym, 84, 4, "$%lld", map_flags(m->key, m->elem));
    buf_printf(o, "DATA %s+32(SB)/8, $%s+88(SB)\n", sym, sym);
    put(o, sym, 88, 1, "$%lld", 1);     /* gcdata: word 0 is a pointer */
    buf_printf(o, "DATA %s+40(SB)/8, $%s+96(SB)\n", sym, sym);
    size_t n = strlen(name);
    put(o, sym, 96, 1, "$%lld", 0);     /* Go's name encoding: flags, uvarint length (< 128), bytes */
    put(o, sym, 97, 1, "$%lld", (long long)n);
    for (size_t i = 0; i < n; i++)
        put(o, sym, 98 + (int64_t)i, 1, "$%lld", (unsigned char)name[i]);
    buf_printf(o, "GLOBL %s(SB), RODATA|DUPOK, $%lld\n", sym, (long long)((98 + n + 7) & ~(size_t)7));
    return sym;
}
