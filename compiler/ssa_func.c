/* ssa_func.c - func values and closures in the SSA builder, and calls of
 * method expressions.
 *
 * A func value is one word: the address of a funcval {fn, captured...}
 * (docs/abi.md §3). A declared function used as a value is the static
 * read-only funcval "pkg.f·f" (DUPOK, as Go names it). A function literal
 * is compiled as its own function (pkg.outer.func1, NEEDCTXT); its value is
 * a heap funcval holding the code address and, per captured variable, the
 * address of the variable's heap cell (captured variables are boxed like
 * address-taken ones, so closures share them by reference and a loop
 * variable is one variable per loop, as in Go 1.19). The body finds the
 * cells through the closure context register DX. Calls through a func value
 * load the code address from the funcval and call it with DX = the funcval;
 * a nil func value faults on that load: Go's nil dereference panic.
 *
 * Method expressions as values: T.M is the method's own code (the receiver
 * is its first parameter); (*T).M of a value method is a generated
 * pkg.(*T).M wrapper (calls T.M(x, args) are in ssa_method.c). A method value x.M is a heap
 * funcval {pkg.T.M-fm, receiver words...} with a generated NEEDCTXT -fm
 * wrapper. A go statement evaluates the callee and its arguments into a heap
 * funcval whose generated NEEDCTXT pkg.f.gowrapN makes the call, and passes
 * it to runtime.newproc. Calls x.M(args) are in ssa_method.c. */
#include <string.h>

#include "ssa_build.h"

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_ptr(Type *t) { return bld_under(t)->kind == TYPE_POINTER; }

static bool ptr_wrapper_case(Type *sig, Type *recv, Selection *sel);
static Value *ptr_wrapper_funcval(Builder *b, Object *m, Pos pos);

/* ---- func values ---- */

static Value *addr_of(Builder *b, const char *sym, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = sym;
    return a;
}

/* The static funcval of fn: "pkg.f·f" holding fn's address. */
static Value *static_funcval(Builder *b, Object *fn, Pos pos) {
    const char *sym = arena_printf(b->u->arena, "%s\xc2\xb7" "f", fn->link_name);
    if (!strmap_get(&b->u->funcvals, sym)) {
        strmap_put(&b->u->funcvals, sym, (void *)fn->link_name);
        vec_push(&b->u->funcvallist, (void *)sym);
    }
    return addr_of(b, sym, pos);
}

void unit_emit_funcvals(Unit *u) {
    for (int i = 0; i < u->funcvallist.len; i++) {
        const char *sym = u->funcvallist.items[i];
        buf_puts(u->out, "\nDATA ");
        ssa_put_symbol(u->out, sym);
        buf_puts(u->out, "+0(SB)/8, $");
        ssa_put_symbol(u->out, strmap_get(&u->funcvals, sym));
        buf_puts(u->out, "(SB)\nGLOBL ");
        ssa_put_symbol(u->out, sym);
        buf_puts(u->out, "(SB), DUPOK|RODATA, $8\n");
    }
}

Words bld_func_value(Builder *b, Object *fn, Pos pos) {
    if (!fn->link_name || (fn->flags & (OBJF_ABI0 | OBJF_RUNTIME_CABI)) || fn->type->recv) {
        bld_unsupported(b, pos, "this function as a value");
        return (Words){{ssa_const(b->f, b->cur, 0, pos)}, 1};
    }
    return (Words){{static_funcval(b, fn, pos)}, 1};
}

/* The heap cell of a captured variable (its Var is boxed: the word is the cell). */
static Value *cell_of(Builder *b, Object *o, Pos pos) {
    Var *v = bld_var_of(b, o);
    if (!v->boxed) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "capturing %s", o->name));
        return ssa_const(b->f, b->cur, 0, pos);
    }
    return bld_read_var(b, v).v[0];
}

Words bld_func_lit(Builder *b, Node *e) {
    Object *fn = e->func_lit.func;
    int n = e->func_lit.ncaptures;
    if (n == 0)
        return (Words){{static_funcval(b, fn, e->pos)}, 1};
    Value *size = ssa_const(b->f, b->cur, 8 * (n + 1), e->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, e->pos);
    Value *code = addr_of(b, fn->link_name, e->pos);
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, e->pos, fv, code);
    st->mwidth = 8;
    for (int i = 0; i < n; i++) {
        Value *c = cell_of(b, e->func_lit.captures[i], e->pos);
        st = ssa_value2(b->f, b->cur, SSA_STORE, 0, e->pos, fv, c);
        st->aux = 8 * (i + 1);
        st->mwidth = 8;
    }
    return (Words){{fv}, 1};
}

void bld_closure_context(Builder *b, Node *lit) {
    int n = lit->func_lit.ncaptures;
    if (n == 0)
        return;
    b->f->needctxt = true;
    Value *ctx = ssa_value0(b->f, b->cur, SSA_ARG, 8, lit->pos);
    ctx->closure = true;
    for (int i = 0; i < n; i++) {
        Object *o = lit->func_lit.captures[i];
        o->backend = NULL;      /* a fresh variable of this function */
        Var *v = bld_var_of(b, o);
        Value *cell = ssa_value1(b->f, b->cur, SSA_LOAD, 8, lit->pos, ctx);
        cell->aux = 8 * (i + 1);
        cell->mwidth = 8;
        bld_write_var(b, v, (Words){{cell}, 1});
    }
}

Words bld_indirect_call(Builder *b, Node *call) {
    Node *fun = unparen(call->call.fun);
    Value *fv = bld_expr1(b, fun);
    return bld_abi_call_value(b, call, fv, bld_under(fun->type));
}

/* ---- method values ---- */

static Value *store8(Builder *b, Value *p, int64_t off, Value *x, Pos pos) {
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, p, x);
    st->aux = off;
    st->mwidth = 8;
    return st;
}

/* x.M as a value: a heap funcval {T.M-fm, receiver words...}; the wrapper
 * calls M with the saved receiver (evaluated now, as Go does). T.M as a
 * value: the method's own code takes the receiver as its first argument. */
bool bld_method_value(Builder *b, Node *e, Words *out) {
    if (bld_iface_method_value(b, e, out))
        return true;
    Selection *sel = e->selector.selection;
    Object *m = sel ? sel->obj : NULL;
    if (!sel || (sel->kind != SEL_METHOD && sel->kind != SEL_METHOD_EXPR) || !m || m->kind != OBJ_FUNC ||
        !m->type->recv || types_is_interface(e->selector.x->type) || types_is_interface(m->type->recv))
        return false;
    Type *recv = m->type->recv;
    if (bld_iface_bound_method(b, e, out))
        return true;
    if (sel->kind == SEL_METHOD_EXPR) {
        Type *sig = e->type;
        if (ptr_wrapper_case(sig, recv, sel)) {
            *out = (Words){{ptr_wrapper_funcval(b, m, e->pos)}, 1};
            return true;
        }
        if (!sig->params->nfields || is_ptr(sig->params->fields[0].type) != is_ptr(recv) || sel->npath)
            return false;
        *out = (Words){{static_funcval(b, m, e->pos)}, 1};
        return true;
    }
    Words r = bld_abi_unpack(b, recv, bld_method_recv(b, e), e->pos);
    Value *size = ssa_const(b->f, b->cur, 8 * (r.n + 1), e->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, e->pos);
    const char *name = arena_printf(b->u->arena, "%s-fm", m->link_name);
    if (!strmap_get(&b->u->fmwrappers, name)) {
        strmap_put(&b->u->fmwrappers, name, m);
        vec_push(&b->u->fmlist, (void *)name);
    }
    store8(b, fv, 0, addr_of(b, name, e->pos), e->pos);
    for (int i = 0; i < r.n; i++)
        store8(b, fv, 8 * (i + 1), r.v[i], e->pos);
    *out = (Words){{fv}, 1};
    return true;
}

/* Words of a tuple's fields per ABIInternal; -1 if not supported. */
static int tuple_words(Type *tuple, WordType *wt, int max) {
    int n = 0;
    for (int i = 0; i < tuple->nfields; i++) {
        WordType w[MAXWORDS];
        int k = bld_abi_words(tuple->fields[i].type, w);
        if (k < 0 || n + k > max)
            return -1;
        for (int j = 0; j < k; j++)
            wt[n++] = w[j];
    }
    return n;
}

/* pkg.T.M-fm: NEEDCTXT; receiver words from the funcval in DX, then M(recv, args...). */
static void method_wrapper(Unit *u, const char *name, Object *m) {
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, name, m->pos);
    b.f->needctxt = true;
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    WordType rw[MAXWORDS], pw[ABI_MAX_WORDS], resw[MAXWORDS];
    int nr = bld_abi_words(m->type->recv, rw);
    int np = tuple_words(m->type->params, pw, ABI_MAX_WORDS);
    int nres = tuple_words(m->type->results, resw, MAXWORDS);
    if (nr < 0 || np < 0 || nres < 0 || m->type->variadic) {
        diag_error(m->pos, "gocc: a method value of %s is not supported yet", m->name);
        return;
    }
    Value *ctx = ssa_value0(b.f, b.cur, SSA_ARG, 8, m->pos);
    ctx->closure = true;
    Value *params[ABI_MAX_WORDS], *args[ABI_MAX_WORDS], *res[MAXWORDS];
    for (int i = 0; i < np; i++)
        params[i] = ssa_value0(b.f, b.cur, SSA_ARG, pw[i].width, m->pos);
    bld_set_classes(params, pw, np);
    for (int i = 0; i < nr; i++) {
        args[i] = ssa_value1(b.f, b.cur, SSA_LOAD, rw[i].width, m->pos, ctx);
        args[i]->aux = 8 * (i + 1);
        args[i]->mwidth = 8;
        bld_set_word(args[i], rw[i]);
        args[i]->sign = false;      /* stored as a whole word: already canonical */
    }
    for (int i = 0; i < np; i++)
        args[nr + i] = params[i];
    if (!bld_fits_regs(args, nr + np)) {
        diag_error(m->pos, "gocc: a method value of %s is not supported yet (too many argument words)", m->name);
        return;
    }
    Value *c = ssa_value0(b.f, b.cur, SSA_CALL, 0, m->pos);
    c->sym = m->link_name;
    c->aux = SSA_ABI_INTERNAL;
    c->nres = nres;
    for (int i = 0; i < nr + np; i++)
        ssa_add_arg(b.f, c, args[i]);
    for (int i = 0; i < nres; i++) {
        res[i] = ssa_value1(b.f, b.cur, SSA_SELECT, 8, m->pos, c);
        res[i]->aux = i;
    }
    bld_set_classes(res, resw, nres);
    b.f->nargs = np;
    b.f->nresults = nres;
    b.cur->kind = BK_RET;
    ssa_set_rets(b.f, b.cur, res, nres);
    bld_seal(&b, entry);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

void unit_emit_method_wrappers(Unit *u) {
    for (int i = 0; i < u->fmlist.len; i++)
        method_wrapper(u, u->fmlist.items[i], strmap_get(&u->fmwrappers, u->fmlist.items[i]));
}

/* ---- go statements ---- */

/* The argument-less function a go statement starts: it reads the callee's
 * argument words (and, for an indirect call, the func value first) from its
 * own funcval and makes the call. */
typedef struct GoWrap {
    const char *name;
    const char *sym;        /* direct callee, or NULL: word 0 is a func value */
    WordType wt[ABI_MAX_WORDS + 1];
    int n;
    Pos pos;
    bool defer;             /* a defer statement's: WRAPPER (docs/abi.md §10) */
} GoWrap;

/* The funcval (heap object: wrapper, argument words) of a go or defer
 * statement's call, `what` naming it in errors ("go" or "defer"); NULL after
 * reporting an unsupported case. */
Value *bld_call_closure(Builder *b, Node *s, const char *what) {
    Node *call = unparen(s->go_defer.call), *fun = unparen(call->call.fun);
    if (!bld_call_is_plain(b, call))
        return bld_wrap_call(b, s, what);
    Object *o = bld_named_object(fun);
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    GoWrap *g = ARENA_NEW(b->u->arena, GoWrap);
    Value *words[2 * ABI_MAX_WORDS + 1];
    Type *sig;
    int n = 0;
    if (o && o->kind == OBJ_FUNC && o->link_name && !(o->flags & (OBJF_ABI0 | OBJF_RUNTIME_CABI))) {
        g->sym = o->link_name;
        sig = o->type;
    } else if (sel && sel->kind == SEL_METHOD && sel->obj && sel->obj->type->recv &&
               !types_is_interface(fun->selector.x->type)) {
        g->sym = sel->obj->link_name;
        sig = sel->obj->type;
        Words r = bld_abi_unpack(b, sig->recv, bld_method_recv(b, fun), fun->pos);
        for (int i = 0; i < r.n; i++)
            words[n++] = r.v[i];
    } else if (fun->kind == N_SELECTOR && bld_is_iface_method(fun)) {
        sig = bld_iface_callee(b, fun, words, &n);  /* &tab.fun[i] as the func value, then the data word */
    } else if (fun->type && bld_under(fun->type)->kind == TYPE_FUNC && !(o && o->kind != OBJ_VAR)) {
        sig = bld_under(fun->type);
        words[n++] = bld_expr1(b, fun);
    } else {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "this kind of %s statement", what));
        return NULL;
    }
    if (sig->variadic) {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "a %s statement calling a variadic function", what));
        return NULL;
    }
    int na = bld_abi_reg_args(b, call, sig, words + n);
    if (na < 0) {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "a %s statement with arguments on the stack", what));
        return NULL;
    }
    n += na;
    if (!bld_fits_regs(words + (g->sym ? 0 : 1), n - (g->sym ? 0 : 1))) {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "a %s statement with this many argument words", what));
        return NULL;
    }
    g->name = arena_printf(b->u->arena, "%s.%swrap%d", b->f->name, what,
                           b->u->gowraps.len + b->u->callwraps.len + 1);
    g->n = n;
    g->pos = s->pos;
    g->defer = s->kind == N_DEFER_STMT;
    Value *size = ssa_const(b->f, b->cur, 8 * (n + 1), s->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, s->pos);
    store8(b, fv, 0, addr_of(b, g->name, s->pos), s->pos);
    for (int i = 0; i < n; i++) {
        g->wt[i] = (WordType){words[i]->flt ? words[i]->width : 8, false, words[i]->flt};
        store8(b, fv, 8 * (i + 1), words[i], s->pos);
    }
    vec_push(&b->u->gowraps, g);
    return fv;
}

void bld_go_stmt(Builder *b, Node *s) {
    Value *fv = bld_call_closure(b, s, "go");
    if (fv)
        bld_call_runtime(b, "newproc", &fv, 1, 0, NULL, s->pos);
}

static void go_wrapper(Unit *u, GoWrap *g) {
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, g->name, g->pos);
    b.f->needctxt = true;
    b.f->wrapper = g->defer;
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    Value *ctx = ssa_value0(b.f, b.cur, SSA_ARG, 8, g->pos);
    ctx->closure = true;
    Value *w[ABI_MAX_WORDS + 1];
    for (int i = 0; i < g->n; i++) {
        w[i] = ssa_value1(b.f, b.cur, SSA_LOAD, g->wt[i].width, g->pos, ctx);
        w[i]->aux = 8 * (i + 1);
        w[i]->mwidth = 8;
        bld_set_word(w[i], g->wt[i]);
        w[i]->sign = false;     /* stored as whole canonical words */
    }
    Value *c = ssa_value0(b.f, b.cur, SSA_CALL, 0, g->pos);
    c->aux = SSA_ABI_INTERNAL;
    c->sym = g->sym;
    int first = g->sym ? 0 : 1;
    for (int i = first; i < g->n; i++)
        ssa_add_arg(b.f, c, w[i]);
    if (!g->sym) {
        ssa_add_arg(b.f, c, w[0]);
        c->closure = true;
    }
    b.cur->kind = BK_RET;
    ssa_set_rets(b.f, b.cur, NULL, 0);
    bld_seal(&b, entry);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

void unit_emit_go_wrappers(Unit *u) {
    for (int i = 0; i < u->gowraps.len; i++)
        go_wrapper(u, u->gowraps.items[i]);
}

/* ---- (*T).M for a value method M ---- */

/* (*T).M where M has receiver T: Go's pointer wrapper "pkg.(*T).M". */
static bool ptr_wrapper_case(Type *sig, Type *recv, Selection *sel) {
    return sig->params->nfields && is_ptr(sig->params->fields[0].type) && !is_ptr(recv) && !sel->npath;
}

static const char *ptr_wrapper_name(Arena *a, const char *link) {
    const char *dot = strrchr(link, '.');
    const char *tdot = dot;
    while (tdot > link && tdot[-1] != '.')
        tdot--;
    /* link = pkg.T.M: pkg is [link, tdot-1), T is [tdot, dot), M after dot */
    return arena_printf(a, "%.*s(*%.*s)%s", (int)(tdot - link), link, (int)(dot - tdot), tdot, dot);
}

static Value *ptr_wrapper_funcval(Builder *b, Object *m, Pos pos) {
    const char *name = ptr_wrapper_name(b->u->arena, m->link_name);
    if (!strmap_get(&b->u->ptrwrappers, name)) {
        strmap_put(&b->u->ptrwrappers, name, m);
        vec_push(&b->u->ptrlist, (void *)name);
    }
    const char *sym = arena_printf(b->u->arena, "%s\xc2\xb7" "f", name);
    if (!strmap_get(&b->u->funcvals, sym)) {
        strmap_put(&b->u->funcvals, sym, (void *)name);
        vec_push(&b->u->funcvallist, (void *)sym);
    }
    return addr_of(b, sym, pos);
}

/* pkg.(*T).M(p, args...): M(*p, args...), panicking as Go does for a nil p. */
static void ptr_wrapper(Unit *u, const char *name, Object *m) {
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, name, m->pos);
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    WordType pw[ABI_MAX_WORDS + 1], resw[MAXWORDS];
    pw[0] = (WordType){8, false, false};
    int np = tuple_words(m->type->params, pw + 1, ABI_MAX_WORDS);
    int nres = tuple_words(m->type->results, resw, MAXWORDS);
    if (np < 0 || nres < 0 || m->type->variadic) {
        diag_error(m->pos, "gocc: the pointer method expression of %s is not supported yet", m->name);
        return;
    }
    Value *params[ABI_MAX_WORDS + 1], *args[2 * ABI_MAX_WORDS], *res[MAXWORDS];
    for (int i = 0; i <= np; i++)
        params[i] = ssa_value0(b.f, b.cur, SSA_ARG, pw[i].width, m->pos);
    bld_set_classes(params, pw, np + 1);
    Type *recv = m->type->recv;
    if (recv->kind == TYPE_NAMED && recv->obj) {  /* Go's runtime.panicwrap message */
        Object *tn = recv->obj;
        const char *msg = arena_printf(u->arena, "value method %s.%s.%s called using nil *%s pointer",
                                       tn->pkg ? tn->pkg->path : "main", tn->name, m->name, tn->name);
        int64_t len = (int64_t)strlen(msg);
        Value *c = ssa_value2(b.f, b.cur, SSA_EQ, 1, m->pos, params[0], ssa_const(b.f, b.cur, 0, m->pos));
        Value *sa[2] = {addr_of(&b, unit_string_sym(u, msg, len), m->pos), ssa_const(b.f, b.cur, len, m->pos)};
        bld_check(&b, c, "panicwrapmsg", sa, 2, m->pos);
    } else
        bld_nilcheck(&b, params[0], m->pos);
    Words r = bld_abi_unpack(&b, recv, bld_load(&b, recv, params[0], m->pos), m->pos);
    int n = 0;
    for (int i = 0; i < r.n; i++)
        args[n++] = r.v[i];
    for (int i = 1; i <= np; i++)
        args[n++] = params[i];
    if (!bld_fits_regs(args, n)) {
        diag_error(m->pos, "gocc: the pointer method expression of %s is not supported yet", m->name);
        return;
    }
    Value *c = ssa_value0(b.f, b.cur, SSA_CALL, 0, m->pos);
    c->sym = m->link_name;
    c->aux = SSA_ABI_INTERNAL;
    c->nres = nres;
    for (int i = 0; i < n; i++)
        ssa_add_arg(b.f, c, args[i]);
    for (int i = 0; i < nres; i++) {
        res[i] = ssa_value1(b.f, b.cur, SSA_SELECT, 8, m->pos, c);
        res[i]->aux = i;
    }
    bld_set_classes(res, resw, nres);
    b.f->nargs = np + 1;
    b.f->nresults = nres;
    b.cur->kind = BK_RET;
    ssa_set_rets(b.f, b.cur, res, nres);
    for (int i = 0; i < b.f->nblocks; i++)
        bld_seal(&b, b.f->blocks[i]);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

void unit_emit_ptr_wrappers(Unit *u) {
    for (int i = 0; i < u->ptrlist.len; i++)
        ptr_wrapper(u, u->ptrlist.items[i], strmap_get(&u->ptrwrappers, u->ptrlist.items[i]));
}
