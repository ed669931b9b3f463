/* ssa_map.c - maps in the back end, as Go 1.19 compiles them onto the
 * runtime's hash map (docs/abi.md §9): make (makemap_small / makemap), map
 * literals, m[k] reads (mapaccess1, the element copied out), the comma-ok
 * forms (mapaccess2), m[k] = v, m[k] op= v and m[k]++ (mapassign), delete,
 * len (the count word of a non-nil map), and for range over a map (a
 * 96-byte hiter in the frame walked with mapiterinit / mapiternext; the
 * body-is-one-delete idiom becomes mapclear for reflexive keys).
 *
 * Keys travel by address: the key is stored in the outgoing argument area
 * right before each call (struct and array keys are first copied to a cell
 * when other code runs before the call, so that it cannot change them);
 * the runtime copies the key when it inserts. Elements come back as
 * pointers into the map, valid until the next write: a struct or array
 * element read is copied into its own cell at once. Evaluation order is
 * Go's: in m[k] = v and m[k] op= v the map and key come first, then v,
 * then the map accesses. */
#include <string.h>

#include "ssa_build.h"

enum { HITER_SIZE = 96, HITER_ELEM = 8 };

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}


static bool is_blank(Node *n) { return !n || (n->kind == N_IDENT && !strcmp(n->ident.name, "_")); }

static bool is_map(Type *t) { return t && bld_under(t) && bld_under(t)->kind == TYPE_MAP; }

/* m[k] with m a map (and not a generic instantiation). */
static bool is_map_index(Node *e) {
    e = unparen(e);
    return e && e->kind == N_INDEX && e->index.indices.len == 1 && is_map(e->index.x->type);
}

/* The map type's descriptor, or NULL after reporting that it has none yet. */
static Value *maptype(Builder *b, Type *mt, Pos pos) {
    Value *t = bld_typedesc(b, mt, pos);
    if (!t)
        bld_unsupported(b, pos, arena_printf(b->f->arena, "a map of type %s", types_string(mt)));
    return t;
}

static Value *call1(Builder *b, const char *fn, Value **args, int nargs, Pos pos) {
    Value *r;
    bld_call_runtime(b, fn, args, nargs, 1, &r, pos);
    return r;
}

/* The words of x converted to type t. */
static Words value_as(Builder *b, Node *x, Type *t) {
    return bld_convert_words(b, bld_expr(b, x), x->type, t, x->pos);
}

/* The key's words, converted to the map's key type kt. A struct or array
 * key is copied into a fresh cell when code runs before its last use
 * (fresh: the value of m[k] = v's k must not see v's side effects). */
static Words key_words(Builder *b, Type *kt, Node *k, bool fresh) {
    Words w = value_as(b, k, kt);
    return fresh ? bld_snapshot(b, kt, w, k->pos) : w;
}

/* The operands of m[k], evaluated in order: descriptor, map, key. */
struct MapRef {
    Type *mt, *key, *elem;
    Value *t, *m;
    Words kw;
    Pos pos;
};

static bool map_ref(Builder *b, Node *e, MapRef *r, bool fresh) {
    e = unparen(e);
    Node *x = e->index.x;
    r->mt = x->type;
    r->key = bld_under(x->type)->key;
    r->elem = bld_under(x->type)->elem;
    r->pos = e->pos;
    r->t = maptype(b, r->mt, e->pos);
    if (!r->t)
        return false;
    r->m = bld_expr1(b, x);
    r->kw = key_words(b, r->key, e->index.indices.items[0], fresh);
    return true;
}

/* &k for a runtime call: the key stored in the outgoing argument area at
 * 0(SP), which no System V call uses; stored right before each call, as
 * ssa_abi.c stores stack arguments, so nothing can call in between. */
static Value *key_ptr(Builder *b, Type *kt, Words kw, Pos pos) {
    types_layout(kt);
    int size = (int)((kt->size + 7) & ~7);
    if (size > b->f->outargs)
        b->f->outargs = size;
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = ssa_sym_sp;
    if (kt->size > 0)
        bld_store(b, kt, a, kw, pos);
    return a;
}

/* p = runtime.fn(t, m, &k) */
static Value *access(Builder *b, MapRef *r, const char *fn) {
    Value *args[3] = {r->t, r->m, NULL};
    args[2] = key_ptr(b, r->key, r->kw, r->pos);
    return call1(b, fn, args, 3, r->pos);
}

/* ---- reads ---- */

Words bld_map_index(Builder *b, Node *e) {
    MapRef r;
    if (!map_ref(b, e, &r, false))
        return bld_zero(b, e->type, e->pos);
    Value *p = access(b, &r, "mapaccess1");
    return bld_snapshot(b, r.elem, bld_load(b, r.elem, p, e->pos), e->pos);
}

static Type *target_type(Node *n, Type *dflt) {
    n = unparen(n);
    if (n->kind == N_IDENT && n->ident.obj && n->ident.obj->type)
        return n->ident.obj->type;
    return n->type ? n->type : dflt;
}

/* v, ok = m[k] (also := and var): mapaccess2, then the two assignments. */
bool bld_map_commaok(Builder *b, NodeList lhs, Node *rhs, Pos pos) {
    rhs = unparen(rhs);
    if (lhs.len != 2 || !is_map_index(rhs))
        return false;
    LhsPlan *plan = bld_lhs_begin(b, lhs.items, 2);     /* *f(), ok = m[k]: f first */
    MapRef r;
    if (!map_ref(b, rhs, &r, false))
        return true;
    Value *args[3] = {r.t, r.m, key_ptr(b, r.key, r.kw, pos)}, *res[2];
    bld_call_runtime(b, "mapaccess2", args, 3, 2, res, pos);
    Node *v = lhs.items[0], *ok = lhs.items[1];
    Words vw = {{0}, 0}, okw = {{res[1]}, 1};
    if (!is_blank(v)) {
        vw = bld_load(b, r.elem, res[0], pos);
        if (unparen(v)->kind != N_IDENT)
            vw = bld_snapshot(b, r.elem, vw, pos);
        vw = bld_convert_words(b, vw, r.elem, target_type(v, r.elem), pos);
    }
    if (!is_blank(ok))
        okw = bld_convert_words(b, okw, TYPE(TYPE_BOOL), target_type(ok, TYPE(TYPE_BOOL)), pos);
    Words w[2] = {vw, okw};     /* i, x[i] = m[k]: x[i] is the old i's */
    bld_lhs_end(b, plan, w, pos);
    return true;
}

/* ---- writes ---- */

static void store_elem(Builder *b, MapRef *r, Words w) {
    Value *p = access(b, r, "mapassign");
    bld_store(b, r->elem, p, w, r->pos);
}

/* m[k] = w, the words already evaluated (tuple assignments, range, ...). */
bool bld_map_assign(Builder *b, Node *lhs, Words w) {
    if (!is_map_index(lhs))
        return false;
    MapRef r;
    if (map_ref(b, lhs, &r, false))
        store_elem(b, &r, w);
    return true;
}

/* The first phase of a tuple assignment to m[k] (i, m[i] = ...): the map
 * and the key evaluated (the key copied); NULL if lhs is not m[k]. */
MapRef *bld_map_lhs(Builder *b, Node *lhs) {
    if (!is_map_index(lhs))
        return NULL;
    MapRef *r = ARENA_NEW(b->f->arena, MapRef);
    if (!map_ref(b, lhs, r, true))
        r->t = NULL;
    return r;
}

/* The second phase: mapassign and the store. */
void bld_map_lhs_store(Builder *b, MapRef *r, Words w) {
    if (r->t)
        store_elem(b, r, w);
}

/* m[k] op= y (y NULL: ++/--, op OP_ADD/OP_SUB): key, y, then read, operate, assign. */
static void map_update(Builder *b, Node *lhs, Op op, Node *y, Pos pos) {
    MapRef r;
    if (!map_ref(b, lhs, &r, true))
        return;
    Words yw = y ? bld_expr(b, y) : (Words){{konst(b, 1, pos)}, 1};
    Words x = bld_load(b, r.elem, access(b, &r, "mapaccess1"), pos);
    Words v = bld_binary(b, op, r.elem, x, yw, y ? y->type : r.elem, pos);
    store_elem(b, &r, v);
}

/* An assignment statement with one map element on the left: m[k] = v,
 * m[k] op= v. False for every other statement. */
bool bld_map_stmt(Builder *b, Node *s) {
    NodeList lhs = s->assign.lhs, rhs = s->assign.rhs;
    if (lhs.len == 2 && rhs.len == 1 && bld_map_commaok(b, lhs, rhs.items[0], s->pos))
        return true;
    if (lhs.len != 1 || rhs.len != 1 || !is_map_index(lhs.items[0]))
        return false;
    Node *l = lhs.items[0], *v = rhs.items[0];
    if (s->assign.op != OP_ASSIGN) {
        map_update(b, l, s->assign.op, v, s->pos);
        return true;
    }
    MapRef r;
    if (!map_ref(b, l, &r, true))
        return true;
    store_elem(b, &r, value_as(b, v, r.elem));
    return true;
}

/* m[k]++ and m[k]--. */
bool bld_map_incdec(Builder *b, Node *s) {
    if (!is_map_index(s->incdec.x))
        return false;
    map_update(b, s->incdec.x, s->incdec.op == OP_INC ? OP_ADD : OP_SUB, NULL, s->pos);
    return true;
}

/* ---- make, len, delete, literals ---- */

static Value *make_map(Builder *b, Type *mt, Node *hint, int64_t n, Pos pos) {
    Value *h = hint ? bld_expr1(b, hint) : konst(b, n, pos);
    if (h->op == SSA_CONST && h->aux >= 0 && h->aux <= 8)
        return call1(b, "makemap_small", NULL, 0, pos);
    Value *t = maptype(b, mt, pos);
    if (!t)
        return konst(b, 0, pos);
    Value *args[3] = {t, h, konst(b, 0, pos)};
    return call1(b, "makemap", args, 3, pos);
}

/* len(m): 0 for a nil map, else the count word at offset 0. */
static Value *map_len(Builder *b, Value *m, Pos pos) {
    Var *r = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, r, (Words){{konst(b, 0, pos)}, 1});
    Block *load = bld_block(b), *join = bld_block(b);
    bld_branch(b, ssa_value2(b->f, b->cur, SSA_NE, 1, pos, m, konst(b, 0, pos)), load, join);
    bld_seal(b, load);
    bld_start(b, load);
    bld_write_var(b, r, bld_load(b, TYPE(TYPE_INT), m, pos));
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

bool bld_map_builtin(Builder *b, Node *call, Object *o, Words *out) {
    NodeList a = call->call.args;
    *out = (Words){{0}, 0};
    switch (o->builtin) {
    case BUILTIN_MAKE:
        if (!is_map(call->type))
            return false;
        *out = (Words){{make_map(b, call->type, a.len > 1 ? a.items[1] : NULL, 0, call->pos)}, 1};
        return true;
    case BUILTIN_LEN:
        if (a.len != 1 || !is_map(a.items[0]->type))
            return false;
        *out = (Words){{map_len(b, bld_expr1(b, a.items[0]), call->pos)}, 1};
        return true;
    case BUILTIN_DELETE: {
        Type *mt = a.items[0]->type;
        Value *t = maptype(b, mt, call->pos);
        if (!t)
            return true;
        Value *m = bld_expr1(b, a.items[0]);
        Type *kt = bld_under(mt)->key;
        Words kw = key_words(b, kt, a.items[1], false);
        Value *args[3] = {t, m, key_ptr(b, kt, kw, call->pos)};
        bld_call_runtime(b, "mapdelete", args, 3, 0, NULL, call->pos);
        return true;
    }
    default: return false;
    }
}

/* map[K]V{k: v, ...}: a map sized for the entries, then each key and value
 * evaluated and assigned in order. */
Words bld_map_lit(Builder *b, Node *e, Type *mt) {
    NodeList elts = e->composite.elts;
    Value *h = make_map(b, mt, NULL, elts.len, e->pos);
    Value *t = maptype(b, mt, e->pos);
    for (int i = 0; t && i < elts.len; i++) {
        Node *kv = elts.items[i];
        if (kv->kind != N_KEY_VALUE)
            continue;   /* the checker reported it */
        MapRef r = {mt, bld_under(mt)->key, bld_under(mt)->elem, t, h, {{0}, 0}, kv->pos};
        r.kw = key_words(b, r.key, kv->kv.key, true);
        store_elem(b, &r, value_as(b, kv->kv.value, r.elem));
    }
    return (Words){{h}, 1};
}

/* ---- for range ---- */

static Object *ident_obj(Node *n) {
    n = unparen(n);
    return n && n->kind == N_IDENT ? n->ident.obj : NULL;
}

/* for k := range m { delete(m, k) } with m a plain variable, k declared by
 * the loop (after `for k = range m` k must hold a key) and a key type that
 * is equal to itself (no NaNs): runtime.mapclear, as Go does. */
static bool clear_idiom(Node *s) {
    Node *body = s->range_stmt.body, *key = s->range_stmt.key;
    Node *x = s->range_stmt.x;
    if (!key || s->range_stmt.value || s->range_stmt.tok != OP_DEFINE || body->kind != N_BLOCK_STMT ||
        body->block.stmts.len != 1)
        return false;
    Node *st = body->block.stmts.items[0];
    if (st->kind != N_EXPR_STMT || unparen(st->expr_stmt.x)->kind != N_CALL)
        return false;
    Node *call = unparen(st->expr_stmt.x);
    Object *fn = bld_named_object(call->call.fun);
    if (!fn || fn->kind != OBJ_BUILTIN || fn->builtin != BUILTIN_DELETE || call->call.args.len != 2)
        return false;
    Object *m = ident_obj(x), *k = ident_obj(key);
    if (!m || !k || m->kind != OBJ_VAR || k->kind != OBJ_VAR || is_blank(key))
        return false;
    if (ident_obj(call->call.args.items[0]) != m || ident_obj(call->call.args.items[1]) != k)
        return false;
    Type *kt = bld_under(bld_under(x->type)->key);
    switch (kt->kind) {     /* reflexive keys only: not floats, complex numbers, interfaces or aggregates of them */
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128:
    case TYPE_INTERFACE: case TYPE_STRUCT: case TYPE_ARRAY: return false;
    default: return true;
    }
}

void bld_map_range(Builder *b, Node *s, const char *label) {
    Node *key = s->range_stmt.key, *val = s->range_stmt.value, *x = s->range_stmt.x;
    Type *mt = x->type, *kt = bld_under(mt)->key, *et = bld_under(mt)->elem;
    Value *t = maptype(b, mt, s->pos);
    if (!t)
        return;
    Value *m = bld_expr1(b, x);
    if (clear_idiom(s)) {
        Value *args[2] = {t, m};
        bld_call_runtime(b, "mapclear", args, 2, 0, NULL, s->pos);
        return;
    }
    if (s->range_stmt.tok == OP_DEFINE) {  /* Go 1.19: one variable for the whole loop */
        if (!is_blank(key) && key->ident.obj)
            bld_assign_to(b, key, bld_zero(b, key->ident.obj->type, s->pos));
        if (!is_blank(val) && val->ident.obj)
            bld_assign_to(b, val, bld_zero(b, val->ident.obj->type, s->pos));
    }
    /* the hiter: a frame temporary that mapiterinit zeroes */
    Value *it = bld_temp(b, types_array(TYPE(TYPE_UINTPTR), HITER_SIZE / 8), false, s->pos);
    Value *args[3] = {t, m, it};
    bld_call_runtime(b, "mapiterinit", args, 3, 0, NULL, s->pos);
    Block *head = bld_block(b), *body = bld_block(b), *post = bld_block(b), *exit = bld_block(b);
    head->pos = s->pos;
    bld_jump(b, head);
    bld_start(b, head);
    Value *kp = bld_load(b, TYPE(TYPE_UINTPTR), it, s->pos).v[0];
    bld_branch(b, ssa_value2(b->f, b->cur, SSA_NE, 1, s->pos, kp, konst(b, 0, s->pos)), body, exit);
    bld_seal(b, body);
    bld_start(b, body);
    Words kw = {{0}, 0}, vw = {{0}, 0};
    if (!is_blank(key))
        kw = bld_convert_words(b, bld_load(b, kt, kp, s->pos), kt, target_type(key, kt), s->pos);
    if (!is_blank(val)) {
        Value *ep = bld_load(b, TYPE(TYPE_UINTPTR), bld_offset(b, it, HITER_ELEM, s->pos), s->pos).v[0];
        vw = bld_convert_words(b, bld_load(b, et, ep, s->pos), et, target_type(val, et), s->pos);
    }
    if (!is_blank(key) && !is_blank(val) && s->range_stmt.tok != OP_DEFINE) {    /* for k, x[k] = range m */
        Node *lhs[2] = {key, val};
        Words w[2] = {kw, vw};
        bld_assign_parallel(b, lhs, w, 2, s->pos);
    } else {
        if (!is_blank(key))
            bld_assign_existing(b, key, kw);
        if (!is_blank(val))
            bld_assign_existing(b, val, vw);
    }
    Target tg;
    bld_push_target(b, &tg, label, exit, post);
    bld_stmt(b, s->range_stmt.body);
    b->targets = tg.outer;
    bld_jump(b, post);
    bld_seal(b, post);
    bld_start(b, post);
    bld_call_runtime(b, "mapiternext", &it, 1, 0, NULL, s->pos);
    bld_jump(b, head);
    bld_seal(b, head);
    bld_seal(b, exit);
    bld_start(b, exit);
}
