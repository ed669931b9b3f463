/* ssa_composite.c - composite literals: structs (keyed and positional),
 * arrays and slices (with index keys), nested and with elided types. The
 * value is built in zeroed memory, so only the given elements are stored: a
 * frame temporary for a struct or array literal used as a value, a fresh
 * heap cell when its address is taken (bld_lit_cell) and for a slice
 * literal's array; a struct or array literal is the address of its memory,
 * a slice literal the header {cell, n, n}. */
#include <string.h>

#include "ssa_build.h"


static void store_elem(Builder *b, Type *t, Value *addr, Node *x) {
    Words w = bld_convert_words(b, bld_expr(b, x), x->type, t, x->pos);
    bld_store(b, t, addr, w, x->pos);
}

static int field_index(Type *st, Node *key) {
    if (key->kind != N_IDENT)
        return -1;
    for (int i = 0; i < st->nfields; i++)
        if (!strcmp(st->fields[i].name, key->ident.name))
            return i;
    return -1;
}

static void struct_lit(Builder *b, Type *st, Value *cell, NodeList elts) {
    for (int i = 0; i < elts.len; i++) {
        Node *el = elts.items[i];
        int k = i;
        if (el->kind == N_KEY_VALUE) {
            k = field_index(st, el->kv.key);
            el = el->kv.value;
        }
        if (k < 0 || k >= st->nfields) {
            bld_unsupported(b, el->pos, "this struct literal key");
            continue;
        }
        store_elem(b, st->fields[k].type, bld_offset(b, cell, st->fields[k].offset, el->pos), el);
    }
}

/* The number of elements of an array or slice literal (highest index + 1). */
static int64_t elem_count(NodeList elts) {
    int64_t idx = 0, max = 0;
    for (int i = 0; i < elts.len; i++) {
        Node *el = elts.items[i];
        if (el->kind == N_KEY_VALUE && el->kv.key->cval)
            idx = const_int64(el->kv.key->cval);
        if (++idx > max)
            max = idx;
    }
    return max;
}

static void array_lit(Builder *b, Type *et, Value *cell, NodeList elts) {
    types_layout(et);
    int64_t idx = 0;
    for (int i = 0; i < elts.len; i++, idx++) {
        Node *el = elts.items[i];
        if (el->kind == N_KEY_VALUE) {
            if (el->kv.key->cval)
                idx = const_int64(el->kv.key->cval);
            el = el->kv.value;
        }
        store_elem(b, et, bld_offset(b, cell, idx * et->size, el->pos), el);
    }
}

Words bld_composite(Builder *b, Node *e) {
    Type *t = e->type, *u = bld_under(t);
    if (u && u->kind == TYPE_POINTER) {     /* &T elided inside an outer literal */
        t = u->elem;
        u = bld_under(t);
    }
    NodeList elts = e->composite.elts;
    if (u && u->kind == TYPE_MAP)
        return bld_map_lit(b, e, t);
    if (u && (u->kind == TYPE_STRUCT || u->kind == TYPE_ARRAY)) {
        Value *cell = bld_lit_cell(b, e, t);
        if (u->kind == TYPE_STRUCT)
            struct_lit(b, u, cell, elts);
        else
            array_lit(b, u->elem, cell, elts);
        return (Words){{cell}, 1};
    }
    if (u && u->kind == TYPE_SLICE) {
        int64_t n = elem_count(elts);
        Type *arr = types_array(u->elem, n);
        types_layout(arr);
        Value *cell = bld_alloc(b, arr, e->pos);
        array_lit(b, u->elem, cell, elts);
        return (Words){{cell, konst(b, n, e->pos), konst(b, n, e->pos)}, 3};
    }
    bld_unsupported(b, e->pos, arena_printf(b->f->arena, "a composite literal of type %s", types_string(e->type)));
    return (Words){{konst(b, 0, e->pos)}, 1};
}
