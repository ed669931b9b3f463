/* ssa_iface.c - interface values in the SSA builder (docs/abi.md §9): the
 * conversion of any value to an interface (type or itab word, data word:
 * the value itself for pointer-shaped types, else a pointer to a copy from
 * runtime.convT*), interface-to-interface conversions, method calls
 * through itabs (fun[i] at 24+8*i(tab), receiver = the data word), method
 * values x.M of interface values, and the method values and expressions
 * ssa_func.c leaves to the wrappers of ssa_iface_wrap.c.
 *
 * An itab word points at {inter, _type, hash, pad, fun...}; the builder
 * calls fun[i] the way it calls a func value: &tab.fun[i] goes to DX as if
 * it were a funcval, whose first word is the code. A nil interface faults
 * on that load, which is Go's nil dereference panic. */
#include <string.h>

#include "typedesc.h"


static Value *addr_of(Builder *b, const char *sym, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = sym;
    return a;
}

static Value *load8(Builder *b, Value *p, int64_t off, Pos pos) {
    Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, p);
    l->aux = off;
    l->mwidth = 8;
    return l;
}

static Value *call1(Builder *b, const char *fn, Value **args, int n, Pos pos) {
    Value *r;
    bld_call_runtime(b, fn, args, n, 1, &r, pos);
    return r;
}

/* A heap copy of the value: its address is the data word. */
static Value *boxed_copy(Builder *b, Type *t, Words w, Pos pos) {
    Value *cell = bld_alloc(b, t, pos);
    bld_store(b, t, cell, w, pos);
    return cell;
}

Value *bld_iface_data(Builder *b, Type *t, Words w, Pos pos) {
    Type *u = bld_under(t);
    types_layout(t);
    if (td_direct(t)) {
        if (!bld_is_mem(t))
            return w.v[0];
        if (w.v[0]->op == SSA_CONST)
            return konst(b, 0, pos);
        return load8(b, w.v[0], 0, pos);    /* the struct's or array's one pointer */
    }
    if (t->size == 0)
        return addr_of(b, "runtime.zerobase", pos);
    if (u->kind == TYPE_STRING || u->kind == TYPE_UNTYPED_STRING)
        return call1(b, "convTstring", w.v, 2, pos);
    if (u->kind == TYPE_SLICE)
        return call1(b, "convTslice", w.v, 3, pos);
    if (bld_is_mem(t) || types_is_float(u) || types_is_complex(u) || w.n != 1)
        return boxed_copy(b, t, w, pos);
    const char *fn = t->size == 8 ? "convT64" : t->size == 4 ? "convT32" : "convT16";
    return call1(b, fn, w.v, 1, pos);
}

/* any(x) for a value x of concrete type t already evaluated into w. */
bool bld_to_eface(Builder *b, Type *t, Words w, Value *out[2], Pos pos) {
    if (types_is_interface(t)) {
        Words e = bld_iface_convert(b, w, t, types_new(TYPE_INTERFACE), pos);
        out[0] = e.v[0], out[1] = e.v[1];
        return true;
    }
    out[1] = bld_iface_data(b, t, w, pos);
    out[0] = bld_typedesc(b, t, pos);
    return true;
}

/* The type word of a non-empty interface value: tab == nil ? nil : tab._type. */
static Value *itab_type(Builder *b, Value *tab, Pos pos) {
    Var *v = bld_new_var(b, TYPE(TYPE_UNSAFE_POINTER));
    Block *some = bld_block(b), *join = bld_block(b);
    bld_write_var(b, v, (Words){{konst(b, 0, pos)}, 1});
    bld_branch(b, ssa_value2(b->f, b->cur, SSA_NE, 1, pos, tab, konst(b, 0, pos)), some, join);
    bld_seal(b, some);
    bld_start(b, some);
    bld_write_var(b, v, (Words){{load8(b, tab, 8, pos)}, 1});
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, v).v[0];
}

/* The type or itab word for a value of concrete type t in an interface of
 * type to: a static itab, or runtime.getitab for a type another package
 * declares (only that package knows all of its methods). */
static Value *itab_word(Builder *b, Type *t, Type *to, Pos pos) {
    if (bld_under(to)->nmethods == 0)
        return bld_typedesc(b, t, pos);
    if (!td_foreign(b->u, t))
        return addr_of(b, td_itab(b->u, t, to), pos);
    Value *a[2] = {bld_typedesc(b, to, pos), bld_typedesc(b, t, pos)};
    return call1(b, "getitab", a, 2, pos);
}

Words bld_iface_convert(Builder *b, Words w, Type *from, Type *to, Pos pos) {
    Type *tu = bld_under(to);
    if (!tu || tu->kind != TYPE_INTERFACE || !from)
        return w;
    Type *fu = bld_under(from);
    if (fu->kind == TYPE_UNTYPED_NIL)
        return (Words){{konst(b, 0, pos), konst(b, 0, pos)}, 2};
    if (fu->kind == TYPE_INTERFACE) {
        if (tu->nmethods == 0 && fu->nmethods == 0)
            return w;
        if (tu->nmethods == 0)
            return (Words){{itab_type(b, w.v[0], pos), w.v[1]}, 2};
        if (types_identical(from, to))
            return w;
        Value *a[2] = {bld_typedesc(b, to, pos), w.v[0]};
        return (Words){{call1(b, "convI2I", a, 2, pos), w.v[1]}, 2};
    }
    Type *t = types_default(from);
    Value *data = bld_iface_data(b, t, w, pos);
    return (Words){{itab_word(b, t, to, pos), data}, 2};
}

/* ---- method calls ---- */

static int method_index(Type *itype, const char *name) {
    Type *u = bld_under(itype);
    for (int i = 0; i < u->nmethods; i++)
        if (u->methods[i]->name == name || !strcmp(u->methods[i]->name, name))
            return i;
    return -1;
}

/* The method's signature with an unsafe.Pointer receiver (the data word). */
static Type *data_sig(Object *m) {
    Type *s = types_func(m->type->params, m->type->results, m->type->variadic);
    s->recv = TYPE(TYPE_UNSAFE_POINTER);
    return s;
}

/* &tab.fun[i]: called like a funcval. */
static Value *fun_slot(Builder *b, Value *tab, int i, Pos pos) {
    return ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, tab, konst(b, 24 + 8 * i, pos));
}

Words bld_iface_call_words(Builder *b, Type *itype, const char *name, Words iv, Words *args, Pos pos) {
    int i = method_index(itype, name);
    Object *m = bld_under(itype)->methods[i];
    Type *sig = data_sig(m);
    Words *vals = ARENA_NEWN(b->f->arena, Words, sig->params->nfields + 1);
    vals[0] = (Words){{iv.v[1]}, 1};
    for (int k = 0; k < sig->params->nfields; k++)
        vals[k + 1] = args[k];
    return bld_abi_call_words(b, pos, NULL, sig, vals, fun_slot(b, iv.v[0], i, pos));
}

/* The interface operand of x.M: x itself, or the embedded interface field x.f.g. */
static Words iface_operand(Builder *b, Node *sel, Type **itype) {
    Selection *s = sel->selector.selection;
    Node *x = sel->selector.x;
    if (s->npath == 0) {
        *itype = x->type;
        return bld_expr(b, x);
    }
    Type *cur = x->type;
    for (int i = 0; i < s->npath; i++) {
        Type *u = bld_under(cur);
        if (u->kind == TYPE_POINTER)
            u = bld_under(u->elem);
        cur = u->fields[s->path[i]].type;
    }
    Selection *fs = ARENA_NEW(b->f->arena, Selection);
    *fs = *s;
    fs->kind = SEL_FIELD;
    fs->obj = NULL;
    Node *f = ARENA_NEW(b->f->arena, Node);
    *f = *sel;
    f->selector.selection = fs;
    f->type = cur;
    *itype = cur;
    return bld_expr(b, f);
}

/* Whether sel is x.M with M an interface's method (x an interface, or a
 * struct embedding one). */
bool bld_is_iface_method(Node *sel) {
    Selection *s = sel->kind == N_SELECTOR ? sel->selector.selection : NULL;
    return s && s->kind == SEL_METHOD && s->obj && s->obj->kind == OBJ_FUNC && !s->obj->type->recv;
}

Words bld_iface_call(Builder *b, Node *call) {
    Node *fun = call->call.fun;
    while (fun->kind == N_PAREN)
        fun = fun->paren.x;
    Type *itype;
    Words iv = iface_operand(b, fun, &itype);
    int i = method_index(itype, fun->selector.selection->obj->name);
    Object *m = bld_under(itype)->methods[i];
    Words recv = {{iv.v[1]}, 1};
    return bld_abi_call_recv(b, call, data_sig(m), &recv, fun_slot(b, iv.v[0], i, call->pos));
}

Type *bld_iface_callee(Builder *b, Node *sel, Value **words, int *n) {
    Type *itype;
    Words iv = iface_operand(b, sel, &itype);
    bld_nilcheck(b, iv.v[0], sel->pos);
    int i = method_index(itype, sel->selector.selection->obj->name);
    words[(*n)++] = fun_slot(b, iv.v[0], i, sel->pos);
    words[(*n)++] = iv.v[1];
    return data_sig(bld_under(itype)->methods[i]);
}

/* x.M as a func value: a heap funcval {I.M-fm, tab, data}; x is evaluated
 * now and a nil x panics now, as in Go. */
/* The read-only funcval "name·f" of a generated function. */
static Value *static_funcval(Builder *b, const char *name, Pos pos) {
    const char *fv = arena_printf(b->u->arena, "%s\xc2\xb7" "f", name);
    if (!strmap_get(&b->u->funcvals, fv)) {
        strmap_put(&b->u->funcvals, fv, (void *)name);
        vec_push(&b->u->funcvallist, (void *)fv);
    }
    return addr_of(b, fv, pos);
}

static bool promoted_expr(Builder *b, Node *e, Words *out);

static bool method_expr(Builder *b, Node *e, Words *out) {
    Selection *s = e->selector.selection;
    Type *it = s->recv;
    Object *m = bld_under(it)->methods[method_index(it, s->obj->name)];
    const char *name = arena_printf(b->u->arena, "%s.%s", td_link(b->u, it), td_plain(m->name));
    bld_iface_wrapper(b->u, name, IWRAP_IFACE_EXPR, it, m, NULL, NULL, 0);
    *out = (Words){{static_funcval(b, name, e->pos)}, 1};
    return true;
}

bool bld_iface_method_value(Builder *b, Node *e, Words *out) {
    Selection *s = e->kind == N_SELECTOR ? e->selector.selection : NULL;
    if (s && s->kind == SEL_METHOD_EXPR && s->recv && types_is_interface(s->recv) && s->obj)
        return method_expr(b, e, out);
    if (s && s->kind == SEL_METHOD_EXPR && s->obj && !s->obj->type->recv && s->npath > 0)
        return promoted_expr(b, e, out);    /* S.M, M of an interface embedded in S */
    if (!bld_is_iface_method(e))
        return false;
    Type *itype;
    Words iv = iface_operand(b, e, &itype);
    bld_nilcheck(b, iv.v[0], e->pos);
    Object *m = bld_under(itype)->methods[method_index(itype, e->selector.selection->obj->name)];
    const char *name = arena_printf(b->u->arena, "%s.%s-fm", td_link(b->u, itype), td_plain(m->name));
    bld_iface_wrapper(b->u, name, IWRAP_IFACE_FM, itype, m, NULL, NULL, 0);
    Value *size = konst(b, 24, e->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, e->pos);
    Value *words[3] = {addr_of(b, name, e->pos), iv.v[0], iv.v[1]};
    for (int i = 0; i < 3; i++) {
        Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, e->pos, fv, words[i]);
        st->aux = 8 * i;
        st->mwidth = 8;
    }
    *out = (Words){{fv}, 1};
    return true;
}

/* ---- method values and expressions ssa_func.c leaves to us ---- */

static bool is_ptr(Type *t) { return bld_under(t)->kind == TYPE_POINTER; }

/* S.M, (*S).M with M promoted into S: the type declaring M. */
static Type *promoted_holder(Type *s, Selection *sel) {
    Type *cur = is_ptr(s) ? bld_under(s)->elem : s;
    for (int i = 0; i < sel->npath; i++) {
        cur = bld_under(cur)->fields[sel->path[i]].type;
        if (is_ptr(cur))
            cur = bld_under(cur)->elem;
    }
    return cur;
}

static bool promoted_expr(Builder *b, Node *e, Words *out) {
    Selection *s = e->selector.selection;
    Type *st = s->recv, *holder = promoted_holder(st, s);
    const char *name = td_wrapper_name(b->u, st, td_plain(s->obj->name));
    IfaceWrapKind k = is_ptr(st) ? IWRAP_IFN : IWRAP_EXPR;   /* the data word of *S is the pointer itself */
    bld_iface_wrapper(b->u, name, k, st, s->obj, holder, s->path, s->npath);
    *out = (Words){{static_funcval(b, name, e->pos)}, 1};
    return true;
}

bool bld_iface_bound_method(Builder *b, Node *e, Words *out) {
    Selection *s = e->selector.selection;
    Object *m = s->obj;
    if (s->kind == SEL_METHOD_EXPR)
        return s->npath > 0 && promoted_expr(b, e, out);
    Type *recv = m->type->recv;
    WordType wt[MAXWORDS];
    if (bld_abi_words(recv, wt) >= 0 && !m->type->variadic)
        return false;
    Words r = bld_method_recv(b, e);
    Value *word = is_ptr(recv) ? r.v[0] : bld_iface_data(b, recv, r, e->pos);
    Type *dt = is_ptr(recv) || td_direct(recv) ? recv : types_pointer(recv);
    const char *name = arena_printf(b->u->arena, "%s-fm", m->link_name);
    bld_iface_wrapper(b->u, name, IWRAP_BOUND, dt, m, is_ptr(recv) ? bld_under(recv)->elem : recv, NULL, 0);
    Value *size = konst(b, 16, e->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, e->pos);
    Value *words[2] = {addr_of(b, name, e->pos), word};
    for (int i = 0; i < 2; i++) {
        Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, e->pos, fv, words[i]);
        st->aux = 8 * i;
        st->mwidth = 8;
    }
    *out = (Words){{fv}, 1};
    return true;
}
