/* ssa_assert.c - type assertions and interface comparison (docs/abi.md §9).
 *
 * x.(T), T concrete: the dynamic type word of x (interface{}: word 0;
 * non-empty: tab ? tab._type : nil) is compared with type.T; the value is
 * the data word itself for pointer-shaped (direct-iface) types, else T
 * loaded from the data pointer. x.(I): runtime.assertE2I/assertI2I(2).
 * Failures call runtime.panicdottypeE/I, which print Go's texts.
 *
 * a == b for interfaces: equal dynamic types, then runtime.efaceeq on the
 * data words (nil == nil; panics for uncomparable dynamic types); against
 * a concrete value: its type, then the value, converting nothing. The
 * type switch is in ssa_typeswitch.c. */
#include <string.h>

#include "typedesc.h"    /* td_direct: pointer-shaped types, whose data word is the value */

static Words one(Value *v) { return (Words){{v}, 1}; }


static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_zero(Value *v) { return v->op == SSA_CONST && v->aux == 0; }

bool bld_is_empty_iface(Type *t) { return bld_under(t)->nmethods == 0; }

Value *bld_word_eq(Builder *b, SsaOp op, Value *x, Value *y, Pos pos) {
    return ssa_value2(b->f, b->cur, op, 1, pos, x, y);
}

/* A temporary one-word variable (for values joined after a branch). */
static Var *word_var(Builder *b) { return bld_new_var(b, TYPE(TYPE_UINTPTR)); }

/* The dynamic type word of an interface value whose first word is w0. */
Value *bld_dyn_type(Builder *b, Type *xt, Value *w0, Pos pos) {
    if (bld_is_empty_iface(xt))
        return w0;
    Var *r = word_var(b);
    bld_write_var(b, r, one(konst(b, 0, pos)));
    Block *load = bld_block(b), *join = bld_block(b);
    bld_branch(b, bld_word_eq(b, SSA_NE, w0, konst(b, 0, pos), pos), load, join);
    bld_seal(b, load);
    bld_start(b, load);
    Value *t = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, w0);
    t->aux = 8;     /* itab._type */
    t->mwidth = 8;
    bld_write_var(b, r, one(t));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

/* The value of type t held in an interface whose data word is data. */
Words bld_iface_value(Builder *b, Type *t, Value *data, Pos pos) {
    if (!td_direct(t))
        return bld_load(b, t, data, pos);
    if (!bld_is_mem(t))
        return one(data);
    Value *cell = bld_temp(b, t, false, pos);  /* struct{ p *T } or [1]*T: memory holding the word */
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, cell, data);
    st->mwidth = 8;
    return one(cell);
}

/* The zero value of t as words that may be read (a zeroed cell for structs and arrays). */
static Words readable_zero(Builder *b, Type *t, Pos pos) {
    if (bld_is_mem(t))
        return one(bld_temp(b, t, true, pos));
    return bld_zero(b, t, pos);
}

static Value *desc(Builder *b, Type *t, Pos pos) {
    Value *d = bld_typedesc(b, t, pos);
    if (!d)
        bld_unsupported(b, pos, arena_printf(b->f->arena, "a type descriptor for %s", types_string(t)));
    return d ? d : konst(b, 0, pos);
}

/* r := cond ? yes : zero-of-t, where yes is built in the taken branch. */
typedef Words (*Builds)(Builder *b, void *arg);

static Words choose(Builder *b, Type *t, Value *cond, Builds yes, void *arg, Pos pos) {
    Var *r = bld_new_var(b, t);
    Block *y = bld_block(b), *n = bld_block(b), *join = bld_block(b);
    bld_branch(b, cond, y, n);
    bld_seal(b, y);
    bld_seal(b, n);
    bld_start(b, y);
    bld_write_var(b, r, yes(b, arg));
    bld_jump(b, join);
    bld_start(b, n);
    bld_write_var(b, r, readable_zero(b, t, pos));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r);
}

typedef struct Extract {
    Type *t;
    Value *w0, *data;
    Pos pos;
} Extract;

static Words extract_value(Builder *b, void *arg) {
    Extract *x = arg;
    return bld_iface_value(b, x->t, x->data, x->pos);
}

static Words extract_iface(Builder *b, void *arg) {
    (void)b;
    Extract *x = arg;
    return (Words){{x->w0, x->data}, 2};
}

/* x.(T) for a concrete T. */
static Words assert_concrete(Builder *b, Node *e, Words xw, Value **ok) {
    Type *xt = e->assert.x->type, *t = e->type;
    Pos pos = e->pos;
    Value *want = desc(b, t, pos);
    Value *tw = bld_dyn_type(b, xt, xw.v[0], pos);
    Value *match = bld_word_eq(b, SSA_EQ, tw, want, pos);
    Extract ex = {t, NULL, xw.v[1], pos};
    if (ok) {
        *ok = match;
        return choose(b, t, match, extract_value, &ex, pos);
    }
    Value *args[3] = {xw.v[0], want, desc(b, xt, pos)};
    bld_check(b, bld_word_eq(b, SSA_NE, tw, want, pos), bld_is_empty_iface(xt) ? "panicdottypeE" : "panicdottypeI",
              args, 3, pos);
    return extract_value(b, &ex);
}

/* x.(I) for an interface I. */
static Words assert_iface(Builder *b, Node *e, Words xw, Value **ok) {
    Type *xt = e->assert.x->type, *t = e->type;
    Pos pos = e->pos;
    Value *w0;
    if (bld_is_empty_iface(t)) {
        w0 = bld_dyn_type(b, xt, xw.v[0], pos);
        if (ok) {
            *ok = bld_word_eq(b, SSA_NE, w0, konst(b, 0, pos), pos);
            return (Words){{w0, xw.v[1]}, 2};   /* a nil interface has a nil data word */
        }
        Value *args[3] = {konst(b, 0, pos), desc(b, t, pos), konst(b, 0, pos)};
        bld_check(b, bld_word_eq(b, SSA_EQ, w0, konst(b, 0, pos), pos), "panicdottypeE", args, 3, pos);
        return (Words){{w0, xw.v[1]}, 2};
    }
    bool fromE = bld_is_empty_iface(xt);
    const char *fn = fromE ? (ok ? "assertE2I2" : "assertE2I") : (ok ? "assertI2I2" : "assertI2I");
    Value *args[2] = {desc(b, t, pos), xw.v[0]};
    bld_call_runtime(b, fn, args, 2, 1, &w0, pos);
    if (!ok)
        return (Words){{w0, xw.v[1]}, 2};
    *ok = bld_word_eq(b, SSA_NE, w0, konst(b, 0, pos), pos);
    Extract ex = {t, w0, xw.v[1], pos};
    return choose(b, t, *ok, extract_iface, &ex, pos);
}

Words bld_type_assert(Builder *b, Node *e, Value **ok) {
    Words xw = bld_expr(b, e->assert.x);
    if (xw.n != 2 || !e->type)
        return xw;
    if (types_is_interface(e->type))
        return assert_iface(b, e, xw, ok);
    return assert_concrete(b, e, xw, ok);
}

/* The type a variable or an assignment target stores. */
static Type *lhs_type(Node *lhs) {
    lhs = unparen(lhs);
    if (lhs->kind == N_IDENT && lhs->ident.obj)
        return lhs->ident.obj->type;
    return lhs->type;
}

static bool is_blank(Node *e) {
    e = unparen(e);
    return e->kind == N_IDENT && !strcmp(e->ident.name, "_");
}

bool bld_commaok_assign(Builder *b, NodeList lhs, Node *rhs, Pos pos) {
    rhs = unparen(rhs);
    if (rhs->kind != N_TYPE_ASSERT || lhs.len != 2)
        return false;
    LhsPlan *plan = bld_lhs_begin(b, lhs.items, 2);     /* *f(), ok = x.(T): f first */
    Value *ok;
    Words w[2];
    w[0] = bld_type_assert(b, rhs, &ok);
    w[1] = one(ok);
    Type *from[2] = {rhs->type, TYPE(TYPE_BOOL)};
    for (int i = 0; i < 2; i++)
        if (!is_blank(lhs.items[i]))
            w[i] = bld_convert_words(b, w[i], from[i], lhs_type(lhs.items[i]), pos);
    bld_lhs_end(b, plan, w, pos);
    return true;
}

bool bld_commaok_init(Builder *b, Object **lhs, Node *rhs) {
    rhs = unparen(rhs);
    if (rhs->kind != N_TYPE_ASSERT)
        return false;
    Value *ok;
    Words w[2] = {bld_type_assert(b, rhs, &ok), one(ok)};
    Type *from[2] = {rhs->type, TYPE(TYPE_BOOL)};
    for (int i = 0; i < 2; i++)
        if (strcmp(lhs[i]->name, "_"))
            bld_store_global(b, lhs[i], bld_convert_words(b, w[i], from[i], lhs[i]->type, rhs->pos), rhs->pos);
    return true;
}

/* ---- comparison ---- */

static bool is_nil_words(Words w) { return is_zero(w.v[0]) && is_zero(w.v[1]); }

/* a == b for interface{} values (or any interface values when one is nil):
 * equal type words, then runtime.efaceeq on the data words. */
static Value *eface_eq(Builder *b, Words x, Words y, Pos pos) {
    if (is_nil_words(x)) {
        Words s = x;
        x = y, y = s;
    }
    if (is_nil_words(y))
        return bld_word_eq(b, SSA_EQ, x.v[0], y.v[0], pos);
    Var *r = bld_new_var(b, TYPE(TYPE_BOOL));
    bld_write_var(b, r, one(konst(b, 0, pos)));
    Block *data = bld_block(b), *join = bld_block(b);
    bld_branch(b, bld_word_eq(b, SSA_EQ, x.v[0], y.v[0], pos), data, join);
    bld_seal(b, data);
    bld_start(b, data);
    Value *args[3] = {x.v[0], x.v[1], y.v[1]}, *res;
    bld_call_runtime(b, "efaceeq", args, 3, 1, &res, pos);
    Value *eq = ssa_value2(b->f, b->cur, SSA_NE, 1, pos, res, konst(b, 0, pos));
    bld_write_var(b, r, one(eq));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

/* x == y for interface values of interface types xt, yt: their dynamic
 * types are compared, never itab addresses (a static go.itab.T,I and the
 * runtime's itab for the same pair are different words). */
static Value *dyn_eq(Builder *b, Type *xt, Words x, Type *yt, Words y, Pos pos) {
    if (is_nil_words(x) || is_nil_words(y))
        return eface_eq(b, x, y, pos);
    Value *tx = bld_dyn_type(b, xt, x.v[0], pos), *ty = bld_dyn_type(b, yt, y.v[0], pos);
    return eface_eq(b, (Words){{tx, x.v[1]}, 2}, (Words){{ty, y.v[1]}, 2}, pos);
}

Value *bld_iface_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos) {
    Value *v = dyn_eq(b, t, x, t, y, pos);
    return op == OP_EQL ? v : ssa_value1(b->f, b->cur, SSA_NOT, 1, pos, v);
}

/* iv == cv for an interface value iv of type it and a value cv of the
 * concrete type ct: same dynamic type, then equal values (as Go's walk
 * rewrites it: nothing is converted or allocated). */
static Value *mixed_eq(Builder *b, Type *it, Words iv, Type *ct, Words cv, Pos pos) {
    Value *want = desc(b, ct, pos);
    Value *tw = bld_dyn_type(b, it, iv.v[0], pos);
    Var *r = bld_new_var(b, TYPE(TYPE_BOOL));
    bld_write_var(b, r, one(konst(b, 0, pos)));
    Block *cmp = bld_block(b), *join = bld_block(b);
    bld_branch(b, bld_word_eq(b, SSA_EQ, tw, want, pos), cmp, join);
    bld_seal(b, cmp);
    bld_start(b, cmp);
    Words v = bld_iface_value(b, ct, iv.v[1], pos);
    bld_write_var(b, r, one(bld_compare(b, OP_EQL, ct, v, cv, pos)));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

static bool is_nil_type(Type *t) { return t->kind == TYPE_UNTYPED_NIL; }

/* x == y where x or y (neither nil) is an interface and their types differ. */
static Value *pair_eq(Builder *b, Type *xt, Words x, Type *yt, Words y, Pos pos) {
    if (!types_is_interface(yt))
        return mixed_eq(b, xt, x, types_default(yt), y, pos);
    if (!types_is_interface(xt))
        return mixed_eq(b, yt, y, types_default(xt), x, pos);
    return dyn_eq(b, xt, x, yt, y, pos);
}

/* Operands of == that pair_eq compares. */
static bool is_pair(Type *x, Type *y) {
    return x && y && !is_nil_type(x) && !is_nil_type(y) && (types_is_interface(x) || types_is_interface(y)) &&
           !types_identical(x, y);
}

Value *bld_mixed_compare(Builder *b, Node *e) {
    Op op = e->binary.op;
    Node *x = e->binary.x, *y = e->binary.y;
    if ((op != OP_EQL && op != OP_NEQ) || !is_pair(x->type, y->type))
        return NULL;
    Words xw = bld_expr(b, x), yw = bld_expr(b, y);
    Value *eq = pair_eq(b, x->type, xw, y->type, yw, e->pos);
    return op == OP_EQL ? eq : ssa_value1(b->f, b->cur, SSA_NOT, 1, e->pos, eq);
}

bool bld_case_compare(Builder *b, Type *tagt, Words tag, Node *e, Block *match, Block *next) {
    if (!is_pair(tagt, e->type))
        return false;
    Words w = bld_expr(b, e);
    bld_branch(b, pair_eq(b, tagt, tag, e->type, w, e->pos), match, next);
    return true;
}

Value *bld_iface_eq_after(Builder *b, Value *acc, Type *t, Value *xp, Value *yp, Pos pos) {
    Var *r = bld_new_var(b, TYPE(TYPE_BOOL));
    bld_write_var(b, r, one(acc));
    Block *cmp = bld_block(b), *join = bld_block(b);
    bld_branch(b, acc, cmp, join);
    bld_seal(b, cmp);
    bld_start(b, cmp);
    Words x = bld_load(b, t, xp, pos), y = bld_load(b, t, yp, pos);
    bld_write_var(b, r, one(bld_iface_compare(b, OP_EQL, t, x, y, pos)));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}
