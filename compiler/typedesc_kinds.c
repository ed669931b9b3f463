/* typedesc_kinds.c - the kind-specific parts of type descriptors (Go 1.19's
 * ptrtype, slicetype, arraytype, chantype, functype, structtype,
 * interfacetype, maptype; docs/abi.md §9), the exact pointer bitmap and
 * ptrdata of every type (§8), and the choice of the equality function. */
#include <string.h>

#include "typedesc.h"

/* ---- pointers for the collector ---- */

int64_t td_ptrdata(Type *t) {
    Type *u = bld_under(t);
    types_layout(t);
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
    case TYPE_STRING: case TYPE_SLICE:
        return 8;
    case TYPE_INTERFACE: return 16;
    case TYPE_ARRAY: {
        if (u->len == 0)
            return 0;
        int64_t e = td_ptrdata(u->elem);
        return e ? (u->len - 1) * u->elem->size + e : 0;
    }
    case TYPE_STRUCT: {
        int64_t p = 0;
        for (int i = 0; i < u->nfields; i++) {
            int64_t f = td_ptrdata(u->fields[i].type);
            if (f)
                p = u->fields[i].offset + f;
        }
        return p;
    }
    default: return 0;
    }
}

void td_ptrmask(Type *t, int64_t base, uint8_t *bits) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_INTERFACE:
        bits[(base + 8) / 64] |= (uint8_t)(1u << ((base + 8) / 8 % 8));
        bits[base / 64] |= (uint8_t)(1u << (base / 8 % 8));
        return;
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
    case TYPE_STRING: case TYPE_SLICE:
        bits[base / 64] |= (uint8_t)(1u << (base / 8 % 8));
        return;
    case TYPE_ARRAY:
        if (!td_ptrdata(u->elem))
            return;
        for (int64_t i = 0; i < u->len; i++)
            td_ptrmask(u->elem, base + i * u->elem->size, bits);
        return;
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            td_ptrmask(u->fields[i].type, base + u->fields[i].offset, bits);
        return;
    default: return;
    }
}

/* ---- equality ---- */

static bool comparable(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC: return false;
    case TYPE_ARRAY: return comparable(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable(u->fields[i].type))
                return false;
        return true;
    default: return true;
    }
}

/* == is a comparison of the bytes: no floats, strings, interfaces, padding or blank fields. */
static bool regular(Type *t) {
    Type *u = bld_under(t);
    types_layout(t);
    switch (u->kind) {
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128:
    case TYPE_STRING: case TYPE_INTERFACE: case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC:
        return false;
    case TYPE_ARRAY: return regular(u->elem);
    case TYPE_STRUCT: {
        int64_t end = 0;
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            if (f->offset != end || !strcmp(f->name, "_") || !regular(f->type))
                return false;
            end = f->offset + f->type->size;
        }
        return end == u->size;
    }
    default: return true;
    }
}

const char *td_equal(Type *t) {
    if (!comparable(t))
        return NULL;
    return regular(t) ? "runtime.memequal" : "runtime.typeequal";
}

/* ---- the kind-specific parts ---- */

int64_t td_kind_size(Type *t) {
    switch (bld_under(t)->kind) {
    case TYPE_POINTER: case TYPE_SLICE: case TYPE_FUNC: return 8;
    case TYPE_ARRAY: return 24;
    case TYPE_CHAN: return 16;
    case TYPE_STRUCT: case TYPE_INTERFACE: return 32;
    case TYPE_MAP: return 40;
    default: return 0;
    }
}

int64_t td_kind_extra(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_FUNC: return 8 * (int64_t)(u->params->nfields + u->results->nfields);
    case TYPE_STRUCT: return 24 * (int64_t)u->nfields;
    case TYPE_INTERFACE: return 16 * (int64_t)u->nmethods;
    default: return 0;
    }
}

static void slice_hdr(TdOut *d, int64_t off, int64_t at, int64_t n) {
    if (n == 0)
        return;
    buf_puts(&d->data, "DATA ");
    ssa_put_symbol(&d->data, d->sym);
    buf_printf(&d->data, "+%lld(SB)/8, $", (long long)off);
    ssa_put_symbol(&d->data, d->sym);
    buf_printf(&d->data, "+%lld(SB)\n", (long long)at);
    td_int(d, off + 8, 8, n);
    td_int(d, off + 16, 8, n);
}

static void func_part(TdOut *d, Type *u, int64_t extra) {
    int nin = u->params->nfields, nout = u->results->nfields;
    td_int(d, 48, 2, nin);
    td_int(d, 50, 2, nout | (u->variadic ? 1 << 15 : 0));
    for (int i = 0; i < nin; i++)
        td_addr(d, extra + 8 * i, td_symbol(d->u, u->params->fields[i].type));
    for (int i = 0; i < nout; i++)
        td_addr(d, extra + 8 * (nin + i), td_symbol(d->u, u->results->fields[i].type));
}

static void struct_part(TdOut *d, Type *u, int64_t extra) {
    const char *pkgpath = NULL;
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        if (!td_exported(f->name) && f->pkg && !pkgpath)
            pkgpath = f->pkg->path;
    }
    if (pkgpath)
        td_name(d, 48, pkgpath, false);
    slice_hdr(d, 56, extra, u->nfields);
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        int64_t at = extra + 24 * i;
        td_name_tag(d, at, f->name, td_exported(f->name), f->tag);
        td_addr(d, at + 8, td_symbol(d->u, f->type));
        td_int(d, at + 16, 8, f->offset << 1 | (f->embedded ? 1 : 0));
    }
}

/* The method's func type without its receiver (what method tables hold). */
Type *td_method_type(Type *sig) {
    if (!sig->recv)
        return sig;
    Type *f = types_func(sig->params, sig->results, sig->variadic);
    return f;
}

static void interface_part(TdOut *d, Type *u, int64_t extra) {
    const char *pkgpath = NULL;
    for (int i = 0; i < u->nmethods; i++)
        if (!td_exported(u->methods[i]->name) && u->methods[i]->pkg && !pkgpath)
            pkgpath = u->methods[i]->pkg->path;
    if (pkgpath)
        td_name(d, 48, pkgpath, false);
    slice_hdr(d, 56, extra, u->nmethods);
    for (int i = 0; i < u->nmethods; i++) {
        Object *m = u->methods[i];
        td_name(d, extra + 16 * i, m->name, td_exported(m->name));
        td_addr(d, extra + 16 * i + 8, td_symbol(d->u, td_method_type(m->type)));
    }
}

static int chan_dir(ChanDir dir) { return dir == CHAN_RECV ? 1 : dir == CHAN_SEND ? 2 : 3; }

/* maptype (docs/abi.md §9): key, elem, bucket (nil), hasher (nil), slot sizes, flags. */
static bool reflexive(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128: case TYPE_INTERFACE:
        return false;
    case TYPE_ARRAY: return reflexive(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!reflexive(u->fields[i].type))
                return false;
        return true;
    default: return true;
    }
}

static bool needkeyupdate(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128: case TYPE_INTERFACE:
    case TYPE_STRING:
        return true;
    case TYPE_ARRAY: return needkeyupdate(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (needkeyupdate(u->fields[i].type))
                return true;
        return false;
    default: return false;
    }
}

static bool hashmightpanic(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_INTERFACE: return true;
    case TYPE_ARRAY: return hashmightpanic(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (hashmightpanic(u->fields[i].type))
                return true;
        return false;
    default: return false;
    }
}

static void map_part(TdOut *d, Type *u) {
    types_layout(u->key);
    types_layout(u->elem);
    td_addr(d, 48, td_symbol(d->u, u->key));
    td_addr(d, 56, td_symbol(d->u, u->elem));
    int64_t ks = u->key->size > 128 ? 8 : u->key->size, es = u->elem->size > 128 ? 8 : u->elem->size;
    int64_t bsize = ((8 + 8 * ks + 8 * es + 7) & ~7) + 8;
    int flags = (u->key->size > 128 ? 1 : 0) | (u->elem->size > 128 ? 2 : 0) | (reflexive(u->key) ? 4 : 0) |
                (needkeyupdate(u->key) ? 8 : 0) | (hashmightpanic(u->key) ? 16 : 0);
    td_int(d, 80, 1, ks);
    td_int(d, 81, 1, es);
    td_int(d, 82, 2, bsize);
    td_int(d, 84, 4, flags);
}

void td_kind_part(TdOut *d, Type *t, int64_t extra) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_SLICE: td_addr(d, 48, td_symbol(d->u, u->elem)); return;
    case TYPE_ARRAY:
        td_addr(d, 48, td_symbol(d->u, u->elem));
        td_addr(d, 56, td_symbol(d->u, types_slice(u->elem)));
        td_int(d, 64, 8, u->len);
        return;
    case TYPE_CHAN:
        td_addr(d, 48, td_symbol(d->u, u->elem));
        td_int(d, 56, 8, chan_dir(u->dir));
        return;
    case TYPE_FUNC: func_part(d, u, extra); return;
    case TYPE_STRUCT: struct_part(d, u, extra); return;
    case TYPE_INTERFACE: interface_part(d, u, extra); return;
    case TYPE_MAP: map_part(d, u); return;
    default: return;
    }
}
