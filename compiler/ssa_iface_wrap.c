/* ssa_iface_wrap.c - the generated functions interface calls need, DUPOK
 * (several packages may generate the same one):
 *
 *  - method wrappers (an itab's fun[i], a method table's ifn): take the
 *    interface data word as receiver and call the real method: through a
 *    pointer to a copy of a value receiver (Go's pkg.(*T).M, with Go's
 *    panic for a nil *T), and through the embedded fields of promoted
 *    methods (pkg.S.M, pkg.(*S).M), including methods of embedded
 *    interfaces;
 *  - I.M-fm: the body of a method value x.M of an interface value x, a
 *    closure {code, tab, data} (NEEDCTXT);
 *  - I.M: the method expression of an interface type, a func(I, args);
 *  - S.M for a method M promoted into S: the method expression, a
 *    func(S, args) walking S's embedded fields;
 *  - T.M-fm for method values x.M whose receiver does not fit in
 *    registers (or variadic M): a closure {code, data word of x}.
 *
 * They are queued while the package is compiled and built at its end
 * (unit_emit_iface_wrappers). Names share the Unit's ptrwrappers set with
 * ssa_func.c's (*T).M wrappers, so each name is built once. */
#include <string.h>

#include "typedesc.h"

typedef struct IfaceWrap {
    const char *name;
    IfaceWrapKind kind;
    Type *t;            /* the data word's type; the interface (WRAP_IFACE_*); S (IWRAP_EXPR) */
    Object *m;          /* the method reached */
    Type *holder;       /* the type declaring m (an interface for embedded ones) */
    int *path;          /* embedded fields from t (or *t's element) to holder */
    int npath;
} IfaceWrap;

const char *bld_iface_wrapper(Unit *u, const char *name, IfaceWrapKind kind, Type *t, Object *m, Type *holder,
                              int *path, int npath) {
    if (strmap_get(&u->ptrwrappers, name))
        return name;
    strmap_put(&u->ptrwrappers, name, m);
    IfaceWrap *w = ARENA_NEW(u->arena, IfaceWrap);
    *w = (IfaceWrap){name, kind, t, m, holder, path, npath};
    vec_push(&u->ifwraps, w);
    return name;
}


static Value *load8(Builder *b, Value *p, int64_t off, Pos pos) {
    Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, p);
    l->aux = off;
    l->mwidth = 8;
    return l;
}

/* Go's runtime.panicwrap for a value method called through a nil *T. */
static void panicwrap(Builder *b, Value *p, Type *t, Object *m, Pos pos) {
    Object *tn = t->kind == TYPE_NAMED ? t->obj : NULL;
    if (!tn) {
        bld_nilcheck(b, p, pos);
        return;
    }
    const char *msg = arena_printf(b->u->arena, "value method %s.%s.%s called using nil *%s pointer",
                                   tn->pkg ? tn->pkg->path : "main", tn->name, m->name, tn->name);
    int64_t len = (int64_t)strlen(msg);
    Value *c = ssa_value2(b->f, b->cur, SSA_EQ, 1, pos, p, konst(b, 0, pos));
    Value *s = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    s->sym = unit_string_sym(b->u, msg, len);
    Value *a[2] = {s, konst(b, len, pos)};
    bld_check(b, c, "panicwrapmsg", a, 2, pos);
}

/* The address of the value the data word stands for (of type *cur). */
static Value *base_addr(Builder *b, IfaceWrap *w, Value *data, Type **cur, Pos pos) {
    Type *u = bld_under(w->t);
    if (u->kind == TYPE_POINTER) {
        *cur = u->elem;
        return data;
    }
    *cur = w->t;
    if (!td_direct(w->t) || w->kind == IWRAP_EXPR)
        return data;    /* it points at a copy (IWRAP_EXPR: at the S argument) */
    Value *cell = bld_alloc(b, w->t, pos);  /* the word is the value itself */
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, cell, data);
    st->mwidth = 8;
    return cell;
}

/* The receiver words for w->m (or the interface value for an embedded interface). */
static Words receiver(Builder *b, IfaceWrap *w, Value *data, Pos pos) {
    Type *cur;
    Value *p = base_addr(b, w, data, &cur, pos);
    bool isptr = bld_under(w->t)->kind == TYPE_POINTER, maybe_nil = isptr;
    for (int i = 0; i < w->npath; i++) {
        if (maybe_nil)
            bld_nilcheck(b, p, pos);
        maybe_nil = false;
        Type *u = bld_under(cur);
        types_layout(u);
        Field *f = &u->fields[w->path[i]];
        p = bld_offset(b, p, f->offset, pos);
        cur = f->type;
        if (bld_under(cur)->kind == TYPE_POINTER) {
            p = load8(b, p, 0, pos);
            cur = bld_under(cur)->elem;
            maybe_nil = true;
        }
    }
    Type *rt = w->m->type->recv;
    if (rt && bld_under(rt)->kind == TYPE_POINTER)
        return (Words){{p}, 1};
    if (rt && w->npath == 0 && isptr)
        panicwrap(b, p, cur, w->m, pos);
    else if (maybe_nil)
        bld_nilcheck(b, p, pos);
    Type *vt = rt ? rt : cur;
    return bld_snapshot(b, vt, bld_load(b, vt, p, pos), pos);
}

static Type *plain_sig(Object *m, Type *recv) {
    Type *s = types_func(m->type->params, m->type->results, m->type->variadic);
    s->recv = recv;
    return s;
}

/* Splits a call's result words per result and returns them. */
static void finish(Builder *b, Type *sig, Words res, Pos pos) {
    Type *rs = sig->results;
    Words *vals = ARENA_NEWN(b->f->arena, Words, rs->nfields + 1);
    for (int i = 0, k = 0; i < rs->nfields; i++) {
        WordType wt[MAXWORDS];
        int n = bld_type_words(rs->fields[i].type, wt);
        vals[i].n = n < 0 ? 0 : n;
        for (int j = 0; j < vals[i].n && k < res.n; j++)
            vals[i].v[j] = res.v[k++];
    }
    Value *rets[ABI_MAX_WORDS];
    int n = bld_abi_ret(b, b->abi, vals, rets, pos);
    b->cur->kind = BK_RET;
    ssa_set_rets(b->f, b->cur, rets, n);
    bld_start_dead(b);
}

static void build(Unit *u, IfaceWrap *w) {
    Pos pos = w->m->pos;
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, w->name, pos);
    b.f->dupok = true;
    b.f->wrapper = true;    /* recover() in the method sees the wrapper's caller (Go's rule) */
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    bool ctx = w->kind == IWRAP_IFACE_FM || w->kind == IWRAP_BOUND;
    Type *recv = w->kind == IWRAP_IFACE_EXPR || w->kind == IWRAP_EXPR ? w->t : TYPE(TYPE_UNSAFE_POINTER);
    b.sig = plain_sig(w->m, ctx ? NULL : recv);
    b.abi = bld_abi_sig(&b, b.sig, pos);
    b.f->nargs = bld_abi_entry(&b, b.abi, pos);
    b.f->nresults = bld_abi_nregres(b.abi);
    int nrecv = ctx ? 0 : 1, np = b.sig->params->nfields;
    Words *args = ARENA_NEWN(b.f->arena, Words, np + 2);
    for (int i = 0; i < np; i++)
        args[i + 1] = bld_abi_param(&b, b.abi, nrecv + i, pos);
    Words first = {{0}, 0};
    if (ctx) {
        b.f->needctxt = true;
        Value *cv = ssa_value0(b.f, b.cur, SSA_ARG, 8, pos);
        cv->closure = true;
        first = (Words){{load8(&b, cv, 8, pos), load8(&b, cv, 16, pos)}, w->kind == IWRAP_IFACE_FM ? 2 : 1};
    } else
        first = bld_abi_param(&b, b.abi, 0, pos);
    Words res;
    if (w->kind == IWRAP_IFACE_FM || w->kind == IWRAP_IFACE_EXPR)
        res = bld_iface_call_words(&b, w->t, w->m->name, first, args + 1, pos);
    else {
        Words r = receiver(&b, w, first.v[0], pos);
        if (bld_under(w->holder)->kind == TYPE_INTERFACE)
            res = bld_iface_call_words(&b, w->holder, w->m->name, r, args + 1, pos);
        else {
            args[0] = r;
            res = bld_abi_call_words(&b, pos, w->m->link_name, w->m->type, args, NULL);
        }
    }
    finish(&b, b.sig, res, pos);
    bld_start(&b, NULL);
    for (int i = 0; i < b.f->nblocks; i++)
        bld_seal(&b, b.f->blocks[i]);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

void unit_emit_iface_wrappers(Unit *u) {
    for (int i = 0; i < u->ifwraps.len; i++)   /* a wrapper may queue more */
        build(u, u->ifwraps.items[i]);
}
