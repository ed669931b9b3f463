/* ssa_expr.c - expressions to SSA words: constants, variables (local via
 * Braun's tables, package-level via loads and stores), integer arithmetic
 * with Go's semantics (wrapping at the type's width, shifts by large counts,
 * division by zero and MinInt/-1), comparisons, short-circuit conditions,
 * strings (runtime.cmpstring, runtime.concatstring2, bounds-checked
 * indexing), conversions, calls of Go functions (ABIInternal) and of runtime
 * entry points (System V), and the print/println builtins. */
#include <string.h>

#include "ssa_build.h"

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static Words one(Value *v) { return (Words){{v}, 1}; }


static Words undef_words(Builder *b, Type *t, Pos pos) {
    WordType wt[MAXWORDS];
    int n = t ? bld_type_words(t, wt) : 1;
    Words w = {{0}, n < 1 ? 1 : n};
    for (int i = 0; i < w.n; i++)
        w.v[i] = ssa_value0(b->f, b->cur, SSA_UNDEF, 8, pos);
    return w;
}

/* Reports an unsupported construct and returns placeholder words. */
static Words unsupported(Builder *b, Node *e, const char *what) {
    bld_unsupported(b, e->pos, what);
    return undef_words(b, e->type && e->type->kind != TYPE_TUPLE ? e->type : NULL, e->pos);
}

static WordType word_type(Type *t) {
    WordType wt[MAXWORDS] = {{8, true, false}};
    bld_type_words(t, wt);
    return wt[0];
}

/* Re-canonicalises v to the width of type t (see ssa.h). */
static Value *ext(Builder *b, Value *v, Type *t, Pos pos) {
    WordType wt = word_type(t);
    if (wt.width >= 8 || wt.flt)
        return v;
    Value *e = ssa_value1(b->f, b->cur, SSA_EXT, wt.width, pos, v);
    e->aux = wt.width;
    e->sign = wt.sign;
    return e;
}

/* ---- constants ---- */

static Words const_words(Builder *b, Node *e) {
    ConstValue *c = e->cval;
    Type *u = bld_under(e->type);
    if (bld_is_complex(u))
        return bld_complex_const(b, e);
    switch (const_kind(c)) {
    case CONST_BOOL: return one(konst(b, const_bool(c), e->pos));
    case CONST_INT:
    case CONST_FLOAT: {
        if (u && types_is_float(u))
            return bld_float_const_words(b, e);
        if (!u || types_is_complex(u) || const_kind(c) == CONST_FLOAT)
            break;
        int64_t v = bld_is_unsigned(u) ? (int64_t)const_uint64(c) : const_int64(c);
        return one(konst(b, v, e->pos));
    }
    case CONST_STRING: {
        int64_t len;
        const char *s = const_string(c, &len);
        Value *p;
        if (len == 0)
            p = konst(b, 0, e->pos);
        else {
            p = ssa_value0(b->f, b->cur, SSA_ADDR, 8, e->pos);
            p->sym = unit_string_sym(b->u, s, len);
            p->sdata = s;
        }
        return (Words){{p, konst(b, len, e->pos)}, 2};
    }
    default: break;
    }
    return unsupported(b, e, arena_printf(b->f->arena, "a constant of type %s", types_string(e->type)));
}

Words bld_zero(Builder *b, Type *t, Pos pos) {
    WordType wt[MAXWORDS];
    int n = bld_type_words(t, wt);
    if (n < 0) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "a variable of type %s", types_string(t)));
        n = 1;
    }
    Words w = {{0}, n};
    for (int i = 0; i < n; i++) {
        w.v[i] = konst(b, 0, pos);
        if (wt[i].flt)
            bld_set_word(w.v[i], wt[i]);
    }
    return w;
}

/* ---- package-level variables ---- */

static Words load_global(Builder *b, Object *o, Pos pos) {
    Words mw;
    if (bld_mem_read(b, o, &mw))
        return mw;
    WordType wt[MAXWORDS];
    int n = bld_type_words(o->type, wt);
    if (n < 0)
        return undef_words(b, NULL, pos);
    Words w = {{0}, n};
    for (int i = 0; i < n; i++) {
        Value *v = ssa_value0(b->f, b->cur, SSA_LOAD, wt[i].width, pos);
        v->sym = o->link_name;
        v->aux = bld_word_off(wt, i);
        v->mwidth = (uint8_t)wt[i].width;
        bld_set_word(v, wt[i]);
        w.v[i] = v;
    }
    return w;
}

void bld_store_global(Builder *b, Object *o, Words w, Pos pos) {
    if (bld_is_mem(o->type)) {
        Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
        a->sym = o->link_name;
        bld_store(b, o->type, a, w, pos);
        return;
    }
    WordType wt[MAXWORDS];
    int n = bld_type_words(o->type, wt);
    for (int i = 0; i < n && i < w.n; i++) {
        Value *v = ssa_value1(b->f, b->cur, SSA_STORE, 0, pos, w.v[i]);
        v->sym = o->link_name;
        v->aux = bld_word_off(wt, i);
        v->mwidth = (uint8_t)wt[i].width;
    }
}

static Words ident(Builder *b, Node *e) {
    Object *o = e->ident.obj;
    Words mw;
    if (o && (bld_mem_expr(b, e, &mw) || bld_mem_read(b, o, &mw)))
        return mw;
    if (o && o->kind == OBJ_FUNC)
        return bld_func_value(b, o, e->pos);
    if (!o || o->kind != OBJ_VAR)
        return unsupported(b, e, o && o->kind == OBJ_FUNC ? "a function value" : "this identifier as a value");
    if (o->flags & OBJF_GLOBAL)
        return load_global(b, o, e->pos);
    if (bld_type_words(o->type, (WordType[MAXWORDS]){{0}}) < 0)
        return unsupported(b, e, arena_printf(b->f->arena, "a variable of type %s", types_string(o->type)));
    return bld_read_var(b, bld_var_of(b, o));
}

/* ---- calls ---- */

static void selects(Builder *b, Value *call, Value **res, int nres, Pos pos) {
    for (int i = 0; i < nres; i++) {
        res[i] = ssa_value1(b->f, b->cur, SSA_SELECT, 8, pos, call);
        res[i]->aux = i;
    }
}

Value *bld_call_runtime(Builder *b, const char *name, Value **args, int nargs, int nres, Value **res, Pos pos) {
    Value *c = ssa_value0(b->f, b->cur, SSA_CALL, 0, pos);
    c->sym = arena_printf(b->f->arena, "runtime.%s", name);
    c->aux = SSA_ABI_C;
    c->nres = nres;
    for (int i = 0; i < nargs; i++)
        ssa_add_arg(b->f, c, args[i]);
    selects(b, c, res, nres, pos);
    return c;
}

/* if fail { runtime.name(args) } on a cold path; continues on the other edge. */
static void check(Builder *b, Value *fail, const char *name, Value **args, int nargs, Pos pos) {
    Block *panic = bld_block(b), *ok = bld_block(b);
    panic->cold = true;
    bld_branch(b, fail, panic, ok);
    bld_seal(b, panic);
    bld_start(b, panic);
    bld_call_runtime(b, name, args, nargs, 0, NULL, pos);
    b->cur->kind = BK_EXIT;
    bld_seal(b, ok);
    bld_start(b, ok);
}

void bld_check(Builder *b, Value *fail, const char *name, Value **args, int nargs, Pos pos) {
    check(b, fail, name, args, nargs, pos);
}

static Value *cmp(Builder *b, SsaOp op, bool sign, Value *x, Value *y, Pos pos) {
    Value *v = ssa_value2(b->f, b->cur, op, 1, pos, x, y);
    v->sign = sign;
    return v;
}

static Words go_call(Builder *b, Node *call, Object *fn, Words *recv) {
    if (fn->flags & OBJF_RUNTIME_CABI)
        return unsupported(b, call, "calling a runtime function");
    return bld_abi_call(b, call, fn, recv);
}

/* ---- print and println, as Go's walk lowers them ---- */

typedef struct PrintItem {
    const char *str;    /* constant string (merged), or NULL */
    int64_t len;
    Words w;
    Type *t;
    Pos pos;
} PrintItem;

static const char *print_func(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL: return "printbool";
    case TYPE_STRING: case TYPE_UNTYPED_STRING: return "printstring";
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_CHAN: case TYPE_MAP: case TYPE_FUNC: return "printpointer";
    case TYPE_INTERFACE: return u->nmethods ? "printiface" : "printeface";
    case TYPE_SLICE: return "printslice";
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_UNTYPED_FLOAT: return "printfloat";
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: case TYPE_UNTYPED_COMPLEX: return "printcomplex";
    case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32: case TYPE_INT64:
    case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE: return "printint";
    default: return bld_is_unsigned(u) ? "printuint" : NULL;
    }
}

/* Appends a constant string, merging it with a preceding one. */
static void add_str(Builder *b, PrintItem *items, int *n, const char *s, int64_t len, Pos pos) {
    PrintItem *last = *n ? &items[*n - 1] : NULL;
    if (last && last->str) {
        char *m = arena_alloc(b->f->arena, (size_t)(last->len + len + 1));
        memcpy(m, last->str, (size_t)last->len);
        memcpy(m + last->len, s, (size_t)len);
        last->str = m;
        last->len += len;
        return;
    }
    items[(*n)++] = (PrintItem){s, len, {{0}, 0}, NULL, pos};
}

static void print_item(Builder *b, PrintItem *it) {
    Value *a[2];
    if (it->str) {
        if (it->len == 1 && (it->str[0] == ' ' || it->str[0] == '\n')) {
            bld_call_runtime(b, it->str[0] == ' ' ? "printsp" : "printnl", NULL, 0, 0, NULL, it->pos);
            return;
        }
        a[0] = ssa_value0(b->f, b->cur, SSA_ADDR, 8, it->pos);
        a[0]->sym = unit_string_sym(b->u, it->str, it->len);
        a[1] = konst(b, it->len, it->pos);
        bld_call_runtime(b, "printstring", a, 2, 0, NULL, it->pos);
        return;
    }
    const char *fn = print_func(it->t);
    if (!fn) {
        bld_unsupported(b, it->pos, arena_printf(b->f->arena, "printing a value of type %s", types_string(it->t)));
        return;
    }
    if (bld_is_complex(it->t)) {
        bld_print_complex(b, it->t, it->w, it->pos);
        return;
    }
    if (bld_under(it->t)->kind == TYPE_FLOAT32)
        it->w.v[0] = bld_float_convert(b, it->w.v[0], it->t, types_basic[TYPE_FLOAT64], it->pos);
    bld_call_runtime(b, fn, it->w.v, it->w.n, 0, NULL, it->pos);
}

static Words print_items(Builder *b, PrintItem *items, int n, bool ln, Pos pos) {
    if (ln)
        add_str(b, items, &n, "\n", 1, pos);
    bld_call_runtime(b, "printlock", NULL, 0, 0, NULL, pos);
    for (int i = 0; i < n; i++)
        print_item(b, &items[i]);
    bld_call_runtime(b, "printunlock", NULL, 0, 0, NULL, pos);
    return (Words){{0}, 0};
}

/* println(f()) with a multi-valued f: each result word group is one item. */
static Words print_tuple(Builder *b, Node *call, bool ln) {
    Node *a = call->call.args.items[0];
    Type *tt = a->type;
    PrintItem *items = ARENA_NEWN(b->f->arena, PrintItem, 2 * tt->nfields + 2);
    Words all = bld_call(b, a);
    int n = 0;
    for (int i = 0, k = 0; i < tt->nfields; i++) {
        Type *ft = tt->fields[i].type;
        WordType wt[MAXWORDS];
        Words w = {{0}, bld_type_words(ft, wt)};
        for (int j = 0; j < w.n && k < all.n; j++)
            w.v[j] = all.v[k++];
        if (ln && i > 0)
            add_str(b, items, &n, " ", 1, a->pos);
        if (!print_func(ft) || w.n < 1)
            bld_unsupported(b, a->pos, arena_printf(b->f->arena, "printing a value of type %s", types_string(ft)));
        else
            items[n++] = (PrintItem){NULL, 0, w, ft, a->pos};
    }
    return print_items(b, items, n, ln, call->pos);
}

static Words print_builtin(Builder *b, Node *call, bool ln) {
    NodeList args = call->call.args;
    if (args.len == 1 && args.items[0]->type && args.items[0]->type->kind == TYPE_TUPLE)
        return print_tuple(b, call, ln);
    PrintItem *items = ARENA_NEWN(b->f->arena, PrintItem, 2 * args.len + 2);
    int n = 0;
    for (int i = 0; i < args.len; i++) {      /* arguments are evaluated before printlock */
        Node *a = args.items[i];
        if (ln && i > 0)
            add_str(b, items, &n, " ", 1, a->pos);
        if (a->mode == MODE_CONST && const_kind(a->cval) == CONST_STRING) {
            int64_t len;
            const char *s = const_string(a->cval, &len);
            add_str(b, items, &n, s, len, a->pos);
            continue;
        }
        if (!print_func(a->type)) {
            bld_unsupported(b, a->pos, arena_printf(b->f->arena, "printing a value of type %s", types_string(a->type)));
            continue;
        }
        items[n++] = (PrintItem){NULL, 0, bld_expr(b, a), a->type, a->pos};
    }
    return print_items(b, items, n, ln, call->pos);
}

/* panic(v): runtime.gopanic(any(v)) (typedesc.c builds the interface). */
static Words panic_builtin(Builder *b, Node *call) {
    Node *a = call->call.args.items[0];
    Type *t = a->type ? types_default(a->type) : NULL;
    Value *e[2];
    if (t && t->kind == TYPE_UNTYPED_NIL) {
        e[0] = e[1] = ssa_const(b->f, b->cur, 0, call->pos);
    } else if (t && types_is_interface(t) && bld_under(t)->nmethods == 0) {
        Words w = bld_expr(b, a);
        e[0] = w.v[0], e[1] = w.v[1];
    } else {
        Words w = bld_expr(b, a);
        if (!t || !bld_to_eface(b, t, w, e, call->pos))
            return unsupported(b, call, arena_printf(b->f->arena, "panic with a value of type %s", types_string(t)));
    }
    bld_call_runtime(b, "gopanic", e, 2, 0, NULL, call->pos);
    b->cur->kind = BK_EXIT;
    bld_start_dead(b);
    return (Words){{0}, 0};
}

/* A builtin applied to one multi-valued call (copy(f()), delete(h()),
 * append(g()), complex(c())): the results go to fresh locals, and the
 * builtin is built on a copy of the call whose arguments name them. */
static Node *spread_tuple_arg(Builder *b, Node *call) {
    NodeList args = call->call.args;
    Node *a = args.len == 1 ? unparen(args.items[0]) : NULL;
    if (!a || a->kind != N_CALL || !a->type || a->type->kind != TYPE_TUPLE || a->type->nfields < 2)
        return call;
    Type *tup = a->type;
    Words all = bld_call(b, a);
    Node *c = ARENA_NEW(b->f->arena, Node);
    *c = *call;
    c->call.args = (NodeList){ARENA_NEWN(b->f->arena, Node *, tup->nfields), tup->nfields};
    for (int i = 0, k = 0; i < tup->nfields; i++) {
        WordType wt[MAXWORDS];
        Words w = {{0}, bld_type_words(tup->fields[i].type, wt)};
        for (int j = 0; j < w.n && k < all.n; j++)
            w.v[j] = all.v[k++];
        Object *o = ARENA_NEW(b->f->arena, Object);
        o->kind = OBJ_VAR;
        o->name = arena_printf(b->f->arena, "~arg%d", i);
        o->pos = (Pos){a->pos.file, a->pos.line, a->pos.col + i};   /* each its own declaring position */
        o->type = tup->fields[i].type;
        Node *id = ARENA_NEW(b->f->arena, Node);
        id->kind = N_IDENT;
        id->pos = o->pos;
        id->ident.name = o->name;
        id->ident.obj = o;
        id->type = o->type;
        id->mode = MODE_VARIABLE;
        bld_assign_to(b, id, w);
        c->call.args.items[i] = id;
    }
    return c;
}

static Words builtin_call(Builder *b, Node *call, Object *o) {
    Words mw;
    if (o->builtin != BUILTIN_PRINT && o->builtin != BUILTIN_PRINTLN)
        call = spread_tuple_arg(b, call);
    if (bld_map_builtin(b, call, o, &mw) || bld_chan_builtin(b, call, o, &mw) ||
        bld_complex_builtin(b, call, o, &mw))
        return mw;
    if (bld_mem_builtin(b, call, o, &mw) || bld_slice_builtin(b, call, o, &mw) || bld_unsafe_builtin(b, call, o, &mw))
        return mw;
    switch (o->builtin) {
    case BUILTIN_PANIC: return panic_builtin(b, call);
    case BUILTIN_RECOVER: return bld_recover(b, call->pos);
    case BUILTIN_PRINT: return print_builtin(b, call, false);
    case BUILTIN_PRINTLN: return print_builtin(b, call, true);
    case BUILTIN_LEN: {
        Node *a = call->call.args.items[0];
        if (bld_under(a->type)->kind != TYPE_STRING)
            return unsupported(b, call, arena_printf(b->f->arena, "len of type %s", types_string(a->type)));
        return one(bld_expr(b, a).v[1]);
    }
    default: return unsupported(b, call, arena_printf(b->f->arena, "the builtin %s", o->name));
    }
}

Object *bld_named_object(Node *e) {
    e = unparen(e);
    if (e->kind == N_IDENT)
        return e->ident.obj;
    if (e->kind == N_SELECTOR && e->selector.selection && e->selector.selection->kind == SEL_QUALIFIED)
        return e->selector.selection->obj;
    return NULL;
}

Words bld_call(Builder *b, Node *call) {
    Node *fun = unparen(call->call.fun);
    Words ow;
    if (b->nover && bld_override(b, call, &ow))
        return ow;
    if (fun->mode == MODE_TYPE) {
        Node *x = call->call.args.items[0];
        return bld_convert_words(b, bld_expr(b, x), x->type, call->type, call->pos);
    }
    Object *o = bld_named_object(fun);
    if (o && o->kind == OBJ_BUILTIN)
        return builtin_call(b, call, o);
    if (o && o->kind == OBJ_FUNC && (o->flags & OBJF_GLOBAL || o->link_name))
        return go_call(b, call, o, NULL);
    if (fun->kind == N_SELECTOR && bld_is_iface_method(fun))
        return bld_iface_call(b, call);
    if (fun->kind == N_SELECTOR && fun->selector.selection && fun->selector.selection->kind == SEL_METHOD &&
        fun->selector.selection->obj && fun->selector.selection->obj->type->recv &&
        !types_is_interface(fun->selector.x->type)) {
        Words r = bld_method_recv(b, fun);
        return go_call(b, call, fun->selector.selection->obj, &r);
    }
    if (fun->kind == N_SELECTOR && fun->selector.selection && fun->selector.selection->kind == SEL_METHOD_EXPR &&
        fun->selector.selection->obj && fun->selector.selection->obj->type->recv && call->call.args.len >= 1 &&
        !call->call.has_dots && !types_is_interface(fun->selector.selection->recv))
        return bld_method_expr_call(b, spread_tuple_arg(b, call));     /* (*T).M(f()) */
    if (fun->type && bld_under(fun->type)->kind == TYPE_FUNC)
        return bld_indirect_call(b, call);
    return unsupported(b, call, "calling this kind of function value");
}

/* ---- conversions ---- */

Words bld_convert_words(Builder *b, Words w, Type *from, Type *to, Pos pos) {
    Type *fu = bld_under(from), *tu = bld_under(to);
    WordType wt[MAXWORDS];
    if (fu && fu->kind == TYPE_UNTYPED_NIL && tu && bld_type_words(tu, wt) > 0)
        return bld_zero(b, to, pos);
    Words cw;
    if (tu && tu->kind == TYPE_INTERFACE)
        return bld_iface_convert(b, w, from, to, pos);
    if (bld_slice_convert(b, w, from, to, pos, &cw))
        return cw;
    if (fu && tu && bld_type_words(tu, wt) < 0) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "conversion to %s", types_string(to)));
        return w;
    }
    if (fu && tu && bld_is_complex(fu) && bld_is_complex(tu))
        return bld_complex_convert(b, w, fu, tu, pos);
    if (!fu || !tu || w.n != 1)
        return w;   /* strings stay as they are */
    if ((types_is_float(fu) || types_is_float(tu)) && !types_is_untyped(fu) && !types_is_untyped(tu))
        return one(bld_float_convert(b, w.v[0], fu, tu, pos));
    if (tu->kind == TYPE_STRING && fu->kind != TYPE_STRING && fu->kind != TYPE_UNTYPED_STRING) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "conversion from %s to string", types_string(from)));
        return w;
    }
    if (!types_is_integer(tu) || types_is_untyped(tu))
        return w;
    WordType ft = word_type(fu), tt = word_type(tu);
    if (tt.width >= 8 || (ft.width <= tt.width && ft.sign == tt.sign && !types_is_untyped(fu)))
        return w;
    return one(ext(b, w.v[0], tu, pos));
}

/* ---- arithmetic ---- */

static SsaOp int_op(Op op) {
    switch (op) {
    case OP_ADD: return SSA_ADD;
    case OP_SUB: return SSA_SUB;
    case OP_MUL: return SSA_MUL;
    case OP_QUO: return SSA_DIV;
    case OP_REM: return SSA_MOD;
    case OP_AND: return SSA_AND;
    case OP_OR: return SSA_OR;
    case OP_XOR: return SSA_XOR;
    case OP_AND_NOT: return SSA_ANDNOT;
    case OP_SHL: return SSA_SHL;
    case OP_SHR: return SSA_SHR;
    default: return SSA_INVALID;
    }
}

Value *bld_int_op(Builder *b, SsaOp op, Type *t, Value *x, Value *y, Pos pos) {
    WordType wt = word_type(t);
    Value *v = y ? ssa_value2(b->f, b->cur, op, wt.width, pos, x, y) : ssa_value1(b->f, b->cur, op, wt.width, pos, x);
    v->sign = wt.sign;
    bool wraps = op == SSA_ADD || op == SSA_SUB || op == SSA_MUL || op == SSA_SHL || op == SSA_NEG ||
                 op == SSA_COM || (op == SSA_DIV && wt.sign);
    return wraps ? ext(b, v, t, pos) : v;
}

static Value *shift(Builder *b, Op op, Type *t, Value *x, Value *y, Type *yt, Pos pos) {
    if (!bld_is_unsigned(yt) && !(y->op == SSA_CONST && y->aux >= 0)) {
        Value *z = konst(b, 0, pos);
        check(b, cmp(b, SSA_LT, true, y, z, pos), "panicshift", NULL, 0, pos);
    }
    return bld_int_op(b, int_op(op), t, x, y, pos);
}

static Value *divide(Builder *b, Op op, Type *t, Value *x, Value *y, Pos pos) {
    if (!(y->op == SSA_CONST && y->aux != 0)) {
        Value *z = konst(b, 0, pos);
        check(b, cmp(b, SSA_EQ, false, y, z, pos), "panicdivide", NULL, 0, pos);
    }
    return bld_int_op(b, int_op(op), t, x, y, pos);
}

static Words concat(Builder *b, Words x, Words y, Pos pos) {
    Value *args[4] = {x.v[0], x.v[1], y.v[0], y.v[1]}, *res[2];
    bld_call_runtime(b, "concatstring2", args, 4, 2, res, pos);
    return (Words){{res[0], res[1]}, 2};
}

static bool is_compare_op(Op op) { return op >= OP_EQL && op <= OP_GEQ; }

Words bld_binary(Builder *b, Op op, Type *t, Words x, Words y, Type *yt, Pos pos) {
    Type *u = bld_under(t);
    Words cw;
    if (is_compare_op(op))
        return one(bld_compare(b, op, t, x, y, pos));
    if (bld_complex_binary(b, op, t, x, y, pos, &cw))
        return cw;
    if (u->kind == TYPE_STRING || u->kind == TYPE_UNTYPED_STRING) {
        if (op == OP_ADD)
            return concat(b, x, y, pos);
    } else if (types_is_float(u)) {
        Value *v = bld_float_binary(b, op, t, x.v[0], y.v[0], pos);
        if (v)
            return one(v);
    } else if (types_is_integer(u)) {
        if (op == OP_SHL || op == OP_SHR)
            return one(shift(b, op, t, x.v[0], y.v[0], yt, pos));
        if (op == OP_QUO || op == OP_REM)
            return one(divide(b, op, t, x.v[0], y.v[0], pos));
        if (int_op(op) != SSA_INVALID)
            return one(bld_int_op(b, int_op(op), t, x.v[0], y.v[0], pos));
    }
    bld_unsupported(b, pos, arena_printf(b->f->arena, "the operator %s on type %s", ast_op_string(op), types_string(t)));
    return undef_words(b, NULL, pos);
}

/* ---- comparisons ---- */

static SsaOp cmp_op(Op op) {
    switch (op) {
    case OP_EQL: return SSA_EQ;
    case OP_NEQ: return SSA_NE;
    case OP_LSS: return SSA_LT;
    case OP_LEQ: return SSA_LE;
    case OP_GTR: return SSA_GT;
    default: return SSA_GE;
    }
}

static Var *tmp_var(Builder *b) {
    Var *v = ARENA_NEW(b->f->arena, Var);
    v->nwords = 1;
    v->wt[0] = (WordType){1, false, false};
    v->id = b->nvars++;
    return v;
}

/* The bytes of a string constant of length 1, 2, 4 or 8 as one little-endian word. */
static bool small_const_string(Words s, int64_t *word, int *len) {
    if (s.v[0]->op != SSA_ADDR || !s.v[0]->sdata || s.v[1]->op != SSA_CONST)
        return false;
    int64_t n = s.v[1]->aux;
    if (n != 1 && n != 2 && n != 4 && n != 8)
        return false;
    uint64_t w = 0;
    for (int i = (int)n - 1; i >= 0; i--)
        w = w << 8 | (unsigned char)s.v[0]->sdata[i];
    *word = (int64_t)w;
    *len = (int)n;
    return true;
}

/* Equal bytes once the lengths are equal: one load and compare for a short
 * constant (as Go does), else runtime.cmpstring == 0. */
static Value *same_bytes(Builder *b, Words x, Words y, Pos pos) {
    int64_t word;
    int len;
    if (small_const_string(x, &word, &len)) {
        Words t = x;
        x = y, y = t;
    }
    if (small_const_string(y, &word, &len)) {
        Value *v = ssa_value1(b->f, b->cur, SSA_LOAD, len, pos, x.v[0]);
        v->mwidth = (uint8_t)len;
        return cmp(b, SSA_EQ, false, v, konst(b, word, pos), pos);
    }
    Value *args[4] = {x.v[0], x.v[1], y.v[0], y.v[1]}, *res;
    bld_call_runtime(b, "cmpstring", args, 4, 1, &res, pos);
    return cmp(b, SSA_EQ, true, res, konst(b, 0, pos), pos);
}

/* x == y for strings: equal lengths, then equal bytes. */
static Value *string_eq(Builder *b, Words x, Words y, Pos pos) {
    if (y.v[1]->op == SSA_CONST && y.v[1]->aux == 0)
        return cmp(b, SSA_EQ, true, x.v[1], y.v[1], pos);
    if (x.v[1]->op == SSA_CONST && x.v[1]->aux == 0)
        return cmp(b, SSA_EQ, true, y.v[1], x.v[1], pos);
    Var *r = tmp_var(b);
    Block *bytes = bld_block(b), *join = bld_block(b);
    bld_write_var(b, r, one(konst(b, 0, pos)));
    bld_branch(b, cmp(b, SSA_EQ, true, x.v[1], y.v[1], pos), bytes, join);
    bld_seal(b, bytes);
    bld_start(b, bytes);
    bld_write_var(b, r, one(same_bytes(b, x, y, pos)));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

Value *bld_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos) {
    Type *u = bld_under(t);
    Value *mr;
    if (bld_mem_compare(b, op, t, x, y, pos, &mr) || bld_complex_compare(b, op, t, x, y, pos, &mr))
        return mr;
    if (u->kind == TYPE_INTERFACE && (op == OP_EQL || op == OP_NEQ))
        return bld_iface_compare(b, op, t, x, y, pos);
    if (u->kind == TYPE_STRING || u->kind == TYPE_UNTYPED_STRING) {
        if (op == OP_EQL || op == OP_NEQ) {
            Value *eq = string_eq(b, x, y, pos);
            return op == OP_EQL ? eq : ssa_value1(b->f, b->cur, SSA_NOT, 1, pos, eq);
        }
        Value *args[4] = {x.v[0], x.v[1], y.v[0], y.v[1]}, *res;
        bld_call_runtime(b, "cmpstring", args, 4, 1, &res, pos);
        return cmp(b, cmp_op(op), true, res, konst(b, 0, pos), pos);
    }
    if (x.n != 1 || y.n != 1) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "comparing values of type %s", types_string(t)));
        return konst(b, 0, pos);
    }
    if (types_is_float(u))
        return bld_float_compare(b, op, x.v[0], y.v[0], pos);
    return cmp(b, cmp_op(op), !bld_is_unsigned(u), x.v[0], y.v[0], pos);
}

/* ---- conditions ---- */

static bool operands(Builder *b, Node *e, Type **t, Words *xw, Words *yw);

/* if x op y goto t else f. String (in)equality branches on the lengths and
 * then on the bytes, with no boolean in between. */
void bld_branch_compare(Builder *b, Op op, Type *t, Words x, Words y, Block *yes, Block *no, Pos pos) {
    Type *u = bld_under(t);
    bool str = u->kind == TYPE_STRING || u->kind == TYPE_UNTYPED_STRING;
    if (!str || (op != OP_EQL && op != OP_NEQ) || (y.v[1]->op == SSA_CONST && y.v[1]->aux == 0) ||
        (x.v[1]->op == SSA_CONST && x.v[1]->aux == 0)) {
        bld_branch(b, bld_compare(b, op, t, x, y, pos), yes, no);
        return;
    }
    if (op == OP_NEQ) {
        Block *tmp = yes;
        yes = no, no = tmp;
    }
    Block *bytes = bld_block(b);
    bld_branch(b, cmp(b, SSA_EQ, true, x.v[1], y.v[1], pos), bytes, no);
    bld_seal(b, bytes);
    bld_start(b, bytes);
    bld_branch(b, same_bytes(b, x, y, pos), yes, no);
}

void bld_cond(Builder *b, Node *e, Block *t, Block *f) {
    e = unparen(e);
    if (e->mode == MODE_CONST && const_kind(e->cval) == CONST_BOOL) {
        bld_jump(b, const_bool(e->cval) ? t : f);
        return;
    }
    if (e->kind == N_UNARY && e->unary.op == OP_NOT) {
        bld_cond(b, e->unary.x, f, t);
        return;
    }
    if (e->kind == N_BINARY && (e->binary.op == OP_LAND || e->binary.op == OP_LOR)) {
        Block *mid = bld_block(b);
        if (e->binary.op == OP_LAND)
            bld_cond(b, e->binary.x, mid, f);
        else
            bld_cond(b, e->binary.x, t, mid);
        bld_seal(b, mid);
        bld_start(b, mid);
        bld_cond(b, e->binary.y, t, f);
        return;
    }
    if (e->kind == N_BINARY && (e->binary.op == OP_EQL || e->binary.op == OP_NEQ)) {
        Value *mixed = bld_mixed_compare(b, e);     /* interface == concrete */
        if (mixed) {
            bld_branch(b, mixed, t, f);
            return;
        }
        Type *ot;
        Words x, y;
        if (operands(b, e, &ot, &x, &y)) {
            bld_branch_compare(b, e->binary.op, ot, x, y, t, f, e->pos);
            return;
        }
    }
    bld_branch(b, bld_expr1(b, e), t, f);
}

/* && and || as values: branch, then join with a phi. */
static Value *logical(Builder *b, Node *e) {
    Var *r = tmp_var(b);
    Block *t = bld_block(b), *f = bld_block(b), *join = bld_block(b);
    bld_cond(b, e, t, f);
    bld_seal(b, t);
    bld_seal(b, f);
    bld_start(b, t);
    bld_write_var(b, r, one(konst(b, 1, e->pos)));
    bld_jump(b, join);
    bld_start(b, f);
    bld_write_var(b, r, one(konst(b, 0, e->pos)));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

/* ---- expressions ---- */

static Words index_expr(Builder *b, Node *e) {
    Node *x = e->index.x;
    if (bld_under(x->type)->kind == TYPE_MAP)
        return bld_map_index(b, e);
    if (bld_under(x->type)->kind != TYPE_STRING || e->index.indices.len != 1)
        return unsupported(b, e, arena_printf(b->f->arena, "indexing a value of type %s", types_string(x->type)));
    Words s = bld_expr(b, x);
    Node *in = e->index.indices.items[0];
    Value *i = bld_expr1(b, in);
    if (!(i->op == SSA_CONST && s.v[1]->op == SSA_CONST && (uint64_t)i->aux < (uint64_t)s.v[1]->aux)) {
        Value *args[2] = {i, s.v[1]};
        check(b, cmp(b, SSA_GE, false, i, s.v[1], e->pos), "panicIndex", args, 2, e->pos);
    }
    Value *v = ssa_value2(b->f, b->cur, SSA_LOAD, 1, e->pos, s.v[0], i);
    v->mwidth = 1;
    return one(v);
}

static Words unary(Builder *b, Node *e) {
    Type *t = e->type;
    switch (e->unary.op) {
    case OP_ADD: return bld_expr(b, e->unary.x);
    case OP_SUB:
        if (types_is_float(bld_under(t)))
            return one(bld_float_neg(b, t, bld_expr1(b, e->unary.x), e->pos));
        if (bld_is_complex(t))
            return bld_complex_neg(b, t, bld_expr(b, e->unary.x), e->pos);
        if (!types_is_integer(bld_under(t)))
            break;
        return one(bld_int_op(b, SSA_NEG, t, bld_expr1(b, e->unary.x), NULL, e->pos));
    case OP_XOR:
        if (!types_is_integer(bld_under(t)))
            break;
        return one(bld_int_op(b, SSA_COM, t, bld_expr1(b, e->unary.x), NULL, e->pos));
    case OP_NOT: return one(ssa_value1(b->f, b->cur, SSA_NOT, 1, e->pos, bld_expr1(b, e->unary.x)));
    case OP_ARROW: return bld_chan_recv(b, e);
    default: break;
    }
    return unsupported(b, e, arena_printf(b->f->arena, "the unary operator %s", ast_op_string(e->unary.op)));
}

/* Evaluates the operands of a binary expression converted to the operand
 * type (the left type, or the right one if the left is untyped); false for
 * the operators whose operands are not evaluated up front (&&, ||). */
static bool operands(Builder *b, Node *e, Type **t, Words *xw, Words *yw) {
    Op op = e->binary.op;
    if (op == OP_LAND || op == OP_LOR)
        return false;
    Node *x = e->binary.x, *y = e->binary.y;
    *t = is_compare_op(op) ? x->type : e->type;
    if (is_compare_op(op) && types_is_untyped(x->type))
        *t = y->type;
    *xw = bld_expr(b, x);
    *yw = bld_expr(b, y);
    if (op != OP_SHL && op != OP_SHR)
        *yw = bld_convert_words(b, *yw, y->type, *t, y->pos);
    *xw = bld_convert_words(b, *xw, x->type, *t, x->pos);
    return true;
}

static Words binary(Builder *b, Node *e) {
    Type *t;
    Words xw, yw;
    Value *mixed = bld_mixed_compare(b, e);     /* interface == concrete */
    if (mixed)
        return one(mixed);
    if (!operands(b, e, &t, &xw, &yw))
        return one(logical(b, e));
    return bld_binary(b, e->binary.op, t, xw, yw, e->binary.y->type, e->pos);
}

Words bld_expr(Builder *b, Node *e) {
    Words ow;
    if (b->nover && bld_override(b, e, &ow))
        return ow;
    if (e->mode == MODE_CONST && e->cval)
        return const_words(b, e);
    Words mw;
    if (e->kind != N_IDENT && bld_mem_expr(b, e, &mw))
        return mw;
    switch (e->kind) {
    case N_PAREN: return bld_expr(b, e->paren.x);
    case N_IDENT: return ident(b, e);
    case N_BINARY: return binary(b, e);
    case N_UNARY: return unary(b, e);
    case N_CALL: return bld_call(b, e);
    case N_INDEX: return index_expr(b, e);
    case N_FUNC_LIT: return bld_func_lit(b, e);
    case N_COMPOSITE_LIT: return unsupported(b, e, "a composite literal");
    case N_SELECTOR: {
        Object *o = bld_named_object(e);    /* pkg.Var */
        if (o && o->kind == OBJ_VAR && (o->flags & OBJF_GLOBAL))
            return load_global(b, o, e->pos);
        if (o && o->kind == OBJ_FUNC && e->selector.x->kind == N_IDENT && e->selector.x->ident.obj &&
            e->selector.x->ident.obj->kind == OBJ_PKGNAME)
            return bld_func_value(b, o, e->pos);    /* pkg.F as a value */
        Words w;
        if (bld_method_value(b, e, &w))     /* x.M, T.M as values */
            return w;
        return unsupported(b, e, "a selector expression");
    }
    case N_SLICE_EXPR: return bld_slice_expr(b, e);
    case N_STAR: return unsupported(b, e, "pointer indirection");
    case N_TYPE_ASSERT: return bld_type_assert(b, e, NULL);
    default: return unsupported(b, e, "this expression");
    }
}

Value *bld_expr1(Builder *b, Node *e) {
    Words w = bld_expr(b, e);
    if (w.n < 1)
        return unsupported(b, e, "a value-less expression here").v[0];
    return w.v[0];
}
