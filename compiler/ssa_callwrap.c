/* ssa_callwrap.c - go and defer statements whose call is not a plain
 * register call (ssa_func.c handles those): builtins (defer close(c),
 * defer println(x), defer delete(m, k), defer panic(v), go println(...)),
 * calls of variadic functions, calls with arguments on the stack, method
 * calls on interfaces, ABI0 functions.
 *
 * At the statement the callee (a func value, or a method's receiver) and
 * every non-constant argument are evaluated, in Go's order, into a heap
 * funcval {wrapper, words...}. The generated NEEDCTXT wrapper
 * pkg.f.deferwrapN loads the words back and builds the very same call node
 * again, with each argument node standing for its captured words
 * (bld_override): conversions, variadic slices and the builtins' own code
 * all run in the wrapper on the values of the statement's time.
 * `defer recover()` calls gorecover with the argp of the function holding
 * the statement (Go's ORECOVERFP): it recovers only when that function is
 * itself a deferred call of the panic (test/recover1.go); `go recover()`
 * does nothing. */
#include <string.h>

#include "ssa_build.h"

typedef enum CallShape { W_NOP, W_RECOVER, W_CALL, W_FUNC, W_METHOD, W_VALUE } CallShape;

struct ArgOverride {
    Node *node;
    Words w;
};

typedef struct CallWrap {
    const char *name;
    Node *call;
    CallShape kind;
    Object *fn;         /* W_FUNC, W_METHOD */
    Type *sig;          /* W_VALUE */
    int ncallee;        /* leading words: the receiver (W_METHOD), the func value (W_VALUE), argp (W_RECOVER) */
    Node **nodes;       /* captured argument nodes */
    int *nwords;        /* words of each */
    int nnodes;
    WordType *wt;       /* every stored word */
    int n;
    bool defer;
    Pos pos;
} CallWrap;

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool iface_method(Node *fun) {
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    return sel && sel->kind == SEL_METHOD && types_is_interface(fun->selector.x->type);
}

bool bld_call_is_plain(Builder *b, Node *call) {
    Node *fun = unparen(call->call.fun);
    Object *o = bld_named_object(fun);
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    Type *sig;
    if (o && o->kind == OBJ_FUNC && o->link_name && !(o->flags & (OBJF_ABI0 | OBJF_RUNTIME_CABI)))
        sig = o->type;
    else if (iface_method(fun))
        return false;
    else if (sel && sel->kind == SEL_METHOD && sel->obj && sel->obj->type->recv)
        sig = sel->obj->type;
    else if (fun->type && bld_under(fun->type)->kind == TYPE_FUNC && !(o && o->kind != OBJ_VAR))
        sig = bld_under(fun->type);
    else
        return false;
    return !sig->variadic && bld_abi_regs_only(bld_abi_sig(b, sig, call->pos));
}

bool bld_override(Builder *b, Node *e, Words *out) {
    for (int i = 0; i < b->nover; i++)
        if (b->over[i].node == e) {
            *out = b->over[i].w;
            return true;
        }
    return false;
}

/* Word types of a value of type t (a tuple: its fields'); -1 if not supported. */
static int value_words(Type *t, WordType *wt) {
    if (t->kind != TYPE_TUPLE)
        return bld_type_words(t, wt);
    int n = 0;
    for (int i = 0; i < t->nfields; i++) {
        WordType f[MAXWORDS];
        int k = bld_type_words(t->fields[i].type, f);
        if (k < 0 || n + k > MAXWORDS)
            return -1;
        memcpy(wt + n, f, sizeof(WordType) * (size_t)k);
        n += k;
    }
    return n;
}

/* Arguments the wrapper cannot recompute: everything but constants and nil. */
static bool captured(Node *a) {
    return a->mode != MODE_CONST && a->mode != MODE_TYPE && a->type && a->type->kind != TYPE_UNTYPED_NIL;
}

/* Appends words w (with their types) to the funcval's word list. */
static void add_words(CallWrap *w, Value **vals, Words x, WordType *wt) {
    for (int i = 0; i < x.n; i++) {
        vals[w->n] = x.v[i];
        w->wt[w->n++] = wt[i].flt ? (WordType){wt[i].width, false, true} : (WordType){8, false, false};
    }
}

/* defer recover(): the argp of this function is the one word; go recover(): nothing. */
static bool recover_callee(Builder *b, CallWrap *w, Node *fun, Value **vals) {
    w->kind = w->defer ? W_RECOVER : W_NOP;
    if (w->defer) {
        Value *argp = ssa_value0(b->f, b->cur, SSA_ADDR, 8, fun->pos);
        argp->sym = ssa_sym_fp;
        add_words(w, vals, (Words){{argp}, 1}, &(WordType){8, false, false});
        w->ncallee = 1;
    }
    return true;
}

/* The callee part: kind, and the receiver or func value words (evaluated first, as Go does). */
static bool callee(Builder *b, CallWrap *w, Node *fun, Value **vals) {
    Object *o = bld_named_object(fun);
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    WordType wt[MAXWORDS];
    if (o && o->kind == OBJ_BUILTIN && o->builtin == BUILTIN_RECOVER)
        return recover_callee(b, w, fun, vals);
    if (o && o->kind == OBJ_BUILTIN) {
        w->kind = W_CALL;
        return true;
    }
    if (o && o->kind == OBJ_FUNC && o->link_name && !(o->flags & OBJF_RUNTIME_CABI)) {
        w->kind = W_FUNC;
        w->fn = o;
        return true;
    }
    if (iface_method(fun)) {    /* the interface value is captured as an argument node */
        w->kind = W_CALL;
        return true;
    }
    if (sel && sel->kind == SEL_METHOD && sel->obj && sel->obj->type->recv) {
        Type *rt = sel->obj->type->recv;
        w->kind = W_METHOD;
        w->fn = sel->obj;
        if (bld_type_words(rt, wt) < 0)
            return false;
        add_words(w, vals, bld_snapshot(b, rt, bld_method_recv(b, fun), fun->pos), wt);
        w->ncallee = w->n;
        return true;
    }
    if (fun->type && bld_under(fun->type)->kind == TYPE_FUNC && !(o && o->kind != OBJ_VAR)) {
        w->kind = W_VALUE;
        w->sig = bld_under(fun->type);
        wt[0] = (WordType){8, false, false};
        add_words(w, vals, (Words){{bld_expr1(b, fun)}, 1}, wt);
        w->ncallee = 1;
        return true;
    }
    return false;
}

static bool capture_node(Builder *b, CallWrap *w, Node *a, Value **vals) {
    WordType wt[MAXWORDS];
    int k = value_words(a->type, wt);
    if (k < 0)
        return false;
    Words x = a->kind == N_CALL && a->type->kind == TYPE_TUPLE ? bld_call(b, a) : bld_expr(b, a);
    if (a->type->kind != TYPE_TUPLE)
        x = bld_snapshot(b, a->type, x, a->pos);
    if (x.n != k)
        return false;
    w->nodes[w->nnodes] = a;
    w->nwords[w->nnodes++] = k;
    add_words(w, vals, x, wt);
    return true;
}

static Value *store8(Builder *b, Value *p, int64_t off, Value *x, Pos pos) {
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, p, x);
    st->aux = off;
    st->mwidth = 8;
    return st;
}

Value *bld_wrap_call(Builder *b, Node *s, const char *what) {
    Node *call = unparen(s->go_defer.call), *fun = unparen(call->call.fun);
    NodeList args = call->call.args;
    int max = (args.len + 2) * MAXWORDS;
    CallWrap *w = ARENA_NEW(b->u->arena, CallWrap);
    Value **vals = ARENA_NEWN(b->f->arena, Value *, max);
    w->wt = ARENA_NEWN(b->u->arena, WordType, max);
    w->nodes = ARENA_NEWN(b->u->arena, Node *, args.len + 1);
    w->nwords = ARENA_NEWN(b->u->arena, int, args.len + 1);
    w->call = call;
    w->pos = s->pos;
    w->defer = s->kind == N_DEFER_STMT;
    bool ok = callee(b, w, fun, vals);
    if (ok && iface_method(fun)) {
        ok = capture_node(b, w, fun->selector.x, vals);
        if (ok)     /* i.M is evaluated here: a nil interface panics at the statement, as in Go */
            bld_nilcheck(b, vals[w->n - 2], s->pos);
    }
    for (int i = 0; ok && w->kind != W_NOP && w->kind != W_RECOVER && i < args.len; i++)
        if (captured(args.items[i]))
            ok = capture_node(b, w, args.items[i], vals);
    if (!ok) {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "this kind of %s statement", what));
        return NULL;
    }
    w->name = arena_printf(b->u->arena, "%s.%swrap%d", b->f->name, what, b->u->gowraps.len + b->u->callwraps.len + 1);
    Value *size = ssa_const(b->f, b->cur, 8 * (w->n + 1), s->pos), *fv;
    bld_call_runtime(b, "newobject", &size, 1, 1, &fv, s->pos);
    Value *code = ssa_value0(b->f, b->cur, SSA_ADDR, 8, s->pos);
    code->sym = w->name;
    store8(b, fv, 0, code, s->pos);
    for (int i = 0; i < w->n; i++)
        store8(b, fv, 8 * (i + 1), vals[i], s->pos);
    vec_push(&b->u->callwraps, w);
    return fv;
}

/* The wrapper: words from the funcval in DX, then the call. */
static void call_wrapper(Unit *u, CallWrap *w) {
    Builder b = {0};
    b.u = u;
    b.f = unit_new_func(u, w->name, w->pos);
    b.f->needctxt = true;
    b.f->wrapper = w->defer;
    Block *entry = bld_block(&b);
    entry->sealed = true;
    bld_start(&b, entry);
    Value *ctx = ssa_value0(b.f, b.cur, SSA_ARG, 8, w->pos);
    ctx->closure = true;
    Value **vals = ARENA_NEWN(b.f->arena, Value *, w->n + 1);
    for (int i = 0; i < w->n; i++) {
        vals[i] = ssa_value1(b.f, b.cur, SSA_LOAD, w->wt[i].width, w->pos, ctx);
        vals[i]->aux = 8 * (i + 1);
        vals[i]->mwidth = 8;
        bld_set_word(vals[i], w->wt[i]);
    }
    b.over = ARENA_NEWN(b.f->arena, struct ArgOverride, w->nnodes + 1);
    for (int i = 0, k = w->ncallee; i < w->nnodes; k += w->nwords[i++]) {
        b.over[i].node = w->nodes[i];
        b.over[i].w.n = w->nwords[i];
        memcpy(b.over[i].w.v, vals + k, sizeof(Value *) * (size_t)w->nwords[i]);
    }
    b.nover = w->nnodes;
    Words recv = {{0}, w->ncallee};
    memcpy(recv.v, vals, sizeof(Value *) * (size_t)w->ncallee);
    switch (w->kind) {
    case W_NOP: break;
    case W_RECOVER: {
        Value *res[2];
        bld_call_runtime(&b, "gorecover", vals, 1, 2, res, w->pos);
        break;
    }
    case W_CALL: bld_call(&b, w->call); break;
    case W_FUNC: bld_abi_call(&b, w->call, w->fn, NULL); break;
    case W_METHOD: bld_abi_call(&b, w->call, w->fn, &recv); break;
    case W_VALUE: bld_abi_call_value(&b, w->call, vals[0], w->sig); break;
    }
    b.cur->kind = BK_RET;
    ssa_set_rets(b.f, b.cur, NULL, 0);
    bld_start(&b, NULL);
    for (int i = 0; i < b.f->nblocks; i++)
        bld_seal(&b, b.f->blocks[i]);
    vec_free(&b.pending);
    unit_finish_func(u, b.f);
}

void unit_emit_call_wrappers(Unit *u) {
    for (int i = 0; i < u->callwraps.len; i++)
        call_wrapper(u, u->callwraps.items[i]);
}
