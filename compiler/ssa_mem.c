/* ssa_mem.c - memory-resident values: structs and arrays (a value of such a
 * type is one SSA word, the address of its bytes; every store copies the
 * bytes), variables whose address is taken (boxed: the variable's one word is
 * the address of its memory: a slot in the frame's stack-object area when
 * escape analysis (escape.c) proves no pointer to it outlives the call,
 * zeroed or stored at each declaration; else a heap cell from
 * runtime.newobject, fresh at each declaration), pointers (&x, *p,
 * new, nil checks), field selection through embedded fields and pointers,
 * array indexing with bounds checks, comparison of structs and arrays, and
 * the decomposition of structs into registers at calls (ABIInternal). */
#include <string.h>

#include "ssa_build.h"

bool check_has_call(Node *n);     /* check_builtin.c */

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}


bool bld_is_mem(Type *t) {
    Type *u = bld_under(t);
    return u && (u->kind == TYPE_STRUCT || u->kind == TYPE_ARRAY);
}

static int64_t size_of(Type *t) {
    types_layout(t);
    return t->size;
}

/* ---- the leaves of a type: its scalar words with their offsets ---- */

/* The offset of word i of a multi-word value in memory: 8*i, but a
 * complex64's two float32 words are at 0 and 4. */
int64_t bld_word_off(const WordType *wt, int i) { return i * (wt[0].flt ? wt[0].width : 8); }

typedef struct Leaf {
    int64_t off;
    WordType wt;
} Leaf;

static int leaves(Type *t, int64_t off, Leaf *out, int n) {
    Type *u = bld_under(t);
    types_layout(t);
    if (u->kind == TYPE_STRUCT) {
        for (int i = 0; i < u->nfields && n >= 0; i++)
            n = leaves(u->fields[i].type, off + u->fields[i].offset, out, n);
        return n;
    }
    if (u->kind == TYPE_ARRAY) {
        if (u->len == 0)
            return n;
        return u->len == 1 ? leaves(u->elem, off, out, n) : -1;
    }
    WordType wt[MAXWORDS];
    int k = bld_type_words(t, wt);
    if (k < 0 || n + k > MAXWORDS)
        return -1;
    for (int i = 0; i < k; i++)
        out[n + i] = (Leaf){off + bld_word_off(wt, i), wt[i]};
    return n + k;
}

int bld_abi_words(Type *t, WordType *wt) {
    if (!bld_is_mem(t))
        return bld_type_words(t, wt);
    Leaf l[MAXWORDS];
    int n = leaves(t, 0, l, 0);
    for (int i = 0; i < n; i++)
        wt[i] = l[i].wt;
    return n;
}

static Value *load_word(Builder *b, Value *addr, int64_t off, WordType wt, Pos pos) {
    Value *v = ssa_value1(b->f, b->cur, SSA_LOAD, wt.width, pos, addr);
    v->aux = off;
    v->mwidth = (uint8_t)wt.width;
    bld_set_word(v, wt);
    return v;
}

static void store_word(Builder *b, Value *addr, int64_t off, int width, Value *x, Pos pos) {
    Value *v = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, addr, x);
    v->aux = off;
    v->mwidth = (uint8_t)width;
}

Words bld_abi_unpack(Builder *b, Type *t, Words w, Pos pos) {
    if (!bld_is_mem(t))
        return w;
    Leaf l[MAXWORDS];
    int n = leaves(t, 0, l, 0);
    Words r = {{0}, n < 0 ? 0 : n};
    for (int i = 0; i < r.n; i++)
        r.v[i] = load_word(b, w.v[0], l[i].off, l[i].wt, pos);
    return r;
}

Words bld_abi_pack(Builder *b, Type *t, Words leafw, Pos pos) {
    if (!bld_is_mem(t))
        return leafw;
    Leaf l[MAXWORDS];
    int n = leaves(t, 0, l, 0);
    int64_t covered = 0;
    for (int i = 0; i < n; i++)
        covered += l[i].wt.width;
    Value *cell = bld_temp(b, t, covered != size_of(t), pos);
    for (int i = 0; i < n && i < leafw.n; i++)
        store_word(b, cell, l[i].off, l[i].wt.width, leafw.v[i], pos);
    return (Words){{cell}, 1};
}

/* ---- allocation, copies, loads and stores ---- */

Value *bld_alloc(Builder *b, Type *t, Pos pos) {
    Value *sz = konst(b, size_of(t), pos), *res;
    bld_call_runtime(b, "newobject", &sz, 1, 1, &res, pos);
    return res;
}

static void copy_bytes(Builder *b, Value *dst, Value *src, int64_t size, Pos pos);

/* Stack objects larger than this stay on the heap (Go's limit for implicit ones). */
enum { STACK_OBJ_MAX = 64 << 10 };

/* A temporary: memory holding a struct or array value that is only ever
 * copied from (a call's result, a composite literal, a snapshot), never
 * addressed. Nothing keeps its address past the statement that makes it,
 * so it is a frame slot of its own, reused each time the code runs;
 * zeroed when the caller does not write every byte (padding included). */
Value *bld_temp(Builder *b, Type *t, bool zero, Pos pos) {
    int64_t size = size_of(t);
    if (size > STACK_OBJ_MAX || !esc_enabled())
        return bld_alloc(b, t, pos);
    Var tmp = {0};
    tmp.stkoff = b->f->stkobjs;
    b->f->stkobjs += (int)((size + 7) & ~7);
    Value *cell = bld_stack_addr(b, &tmp, pos);
    if (zero)
        copy_bytes(b, cell, konst(b, 0, pos), size, pos);
    return cell;
}

/* The memory of a struct or array composite literal: a temporary unless
 * its address is taken (&T{...}, or the elided & inside an outer literal). */
static Node *addressed_lit;     /* bld_addr: the literal being addressed */

Value *bld_lit_cell(Builder *b, Node *lit, Type *t) {
    if (lit == addressed_lit || bld_under(lit->type)->kind == TYPE_POINTER)
        return bld_alloc(b, t, lit->pos);
    return bld_temp(b, t, true, lit->pos);
}

static bool known_nonnil(Value *p) {
    if (p->op == SSA_ADDR)
        return true;
    if (p->op == SSA_SELECT && p->args[0]->op == SSA_CALL && p->args[0]->sym)
        return !strcmp(p->args[0]->sym, "runtime.newobject");
    return false;
}

Value *bld_offset(Builder *b, Value *p, int64_t off, Pos pos) {
    if (!off)
        return p;
    if (p->op == SSA_ADDR) {
        Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
        a->sym = p->sym;
        a->aux = p->aux + off;
        return a;
    }
    return ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, p, konst(b, off, pos));
}

void bld_nilcheck(Builder *b, Value *p, Pos pos) {
    if (known_nonnil(p))
        return;
    Value *c = ssa_value2(b->f, b->cur, SSA_EQ, 1, pos, p, konst(b, 0, pos));
    bld_check(b, c, "panicnilderef", NULL, 0, pos);
}

static bool is_zero_word(Value *v) { return v->op == SSA_CONST && v->aux == 0; }

/* Copies size bytes (word moves when small, else runtime.memmove); a zero
 * source word means the zero value. The source and the destination may
 * overlap (`*(*[32]byte)(s[4:]) = *(*[32]byte)(s[2:])`): small copies load
 * every word before they store any. */
static void copy_bytes(Builder *b, Value *dst, Value *src, int64_t size, Pos pos) {
    bool zero = is_zero_word(src);
    if (size > 64) {
        Value *a[3] = {dst, src, konst(b, size, pos)};
        if (zero)
            a[1] = a[2];
        bld_call_runtime(b, zero ? "memclr" : "memmove", a, zero ? 2 : 3, 0, NULL, pos);
        return;
    }
    Value *x[64 / 8 + 3];
    int64_t offs[64 / 8 + 3];
    int widths[64 / 8 + 3], n = 0;
    for (int w = 8; w >= 1; w /= 2)
        for (int64_t off = n ? offs[n - 1] + widths[n - 1] : 0; size - off >= w; off += w, n++) {
            offs[n] = off, widths[n] = w;
            x[n] = zero ? konst(b, 0, pos) : load_word(b, src, off, (WordType){w, false, false}, pos);
        }
    for (int i = 0; i < n; i++)
        store_word(b, dst, offs[i], widths[i], x[i], pos);
}

Words bld_load(Builder *b, Type *t, Value *addr, Pos pos) {
    if (bld_is_mem(t))
        return (Words){{addr}, 1};
    WordType wt[MAXWORDS];
    int n = bld_type_words(t, wt);
    if (n < 0) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "a value of type %s in memory", types_string(t)));
        n = 0;
    }
    Words w = {{0}, n};
    for (int i = 0; i < n; i++)
        w.v[i] = load_word(b, addr, bld_word_off(wt, i), wt[i], pos);
    return w;
}

void bld_store(Builder *b, Type *t, Value *addr, Words w, Pos pos) {
    if (bld_is_mem(t)) {
        if (w.n >= 1 && w.v[0] != addr)
            copy_bytes(b, addr, w.v[0], size_of(t), pos);
        return;
    }
    WordType wt[MAXWORDS];
    int n = bld_type_words(t, wt);
    for (int i = 0; i < n && i < w.n; i++)
        store_word(b, addr, bld_word_off(wt, i), wt[i].width, w.v[i], pos);
}

/* ---- variables ---- */

static bool is_local(Object *o) { return o->kind == OBJ_VAR && !(o->flags & OBJF_GLOBAL); }

static Value *global_addr(Builder *b, Object *o, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = o->link_name;
    return a;
}

bool bld_mem_read(Builder *b, Object *o, Words *out) {
    if (o->kind != OBJ_VAR)
        return false;
    if (o->flags & OBJF_GLOBAL) {
        if (!bld_is_mem(o->type))
            return false;
        *out = (Words){{global_addr(b, o, o->pos)}, 1};
        return true;
    }
    Var *v = bld_var_of(b, o);
    if (!v->boxed)
        return false;
    *out = bld_load(b, o->type, bld_read_var(b, v).v[0], o->pos);
    return true;
}

static bool reassigning;    /* bld_assign_existing: the declaring identifier only assigns */

void bld_assign_existing(Builder *b, Node *lhs, Words w) {
    reassigning = true;
    bld_assign_to(b, lhs, w);
    reassigning = false;
}

/* The identifier that declares o (a var declaration, :=, a parameter). */
static bool declares(Node *id, Object *o) {
    return !reassigning && id->pos.line == o->pos.line && id->pos.col == o->pos.col && id->pos.file == o->pos.file;
}

void bld_stack_var(Builder *b, Object *o, Var *v) {
    if (!esc_on_stack(o) || size_of(o->type) > STACK_OBJ_MAX)
        return;
    v->stack = true;
    v->stkoff = b->f->stkobjs;
    b->f->stkobjs += (int)((size_of(o->type) + 7) & ~7);
}

Value *bld_stack_addr(Builder *b, Var *v, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = ssa_sym_stk;
    a->aux = v->stkoff;
    return a;
}

static void assign_var(Builder *b, Node *id, Object *o, Words w) {
    Var *v = bld_var_of(b, o);
    Value *cell;
    if (declares(id, o) && v->stack) {     /* a fresh zero value in its frame slot */
        cell = bld_stack_addr(b, v, id->pos);
        bool zero = !w.n || (w.n == 1 && bld_is_mem(o->type) && is_zero_word(w.v[0]));
        if (zero)
            copy_bytes(b, cell, konst(b, 0, id->pos), size_of(o->type), id->pos);
        else
            bld_store(b, o->type, cell, w, id->pos);
        return;
    }
    if (declares(id, o)) {
        cell = bld_alloc(b, o->type, id->pos);
        bld_write_var(b, v, (Words){{cell}, 1});
        if (w.n && !(w.n == 1 && bld_is_mem(o->type) && is_zero_word(w.v[0])))
            bld_store(b, o->type, cell, w, id->pos);
        return;
    }
    cell = bld_read_var(b, v).v[0];
    bld_store(b, o->type, cell, w, id->pos);
}

bool bld_mem_assign(Builder *b, Node *lhs, Words w) {
    lhs = unparen(lhs);
    if (lhs->kind == N_IDENT) {
        Object *o = lhs->ident.obj;
        if (!o || o->kind != OBJ_VAR)
            return false;
        if (is_local(o)) {
            if (!bld_var_of(b, o)->boxed)
                return false;
            assign_var(b, lhs, o, w);
            return true;
        }
        if (!bld_is_mem(o->type))
            return false;
        bld_store(b, o->type, global_addr(b, o, lhs->pos), w, lhs->pos);
        return true;
    }
    if (lhs->kind == N_STAR || lhs->kind == N_INDEX ||
        (lhs->kind == N_SELECTOR && lhs->selector.selection && lhs->selector.selection->kind == SEL_FIELD)) {
        if (lhs->kind == N_INDEX && bld_under(lhs->index.x->type)->kind == TYPE_MAP)
            return false;
        Value *a = bld_addr(b, lhs);
        if (a)
            bld_store(b, lhs->type, a, w, lhs->pos);
        return true;
    }
    return false;
}

/* ---- addresses ---- */

static Value *field_addr(Builder *b, Node *e);
typedef struct IndexOperands {
    Value *p, *len, *i;
    Type *itype, *elem;
    Pos pos;
} IndexOperands;

static Value *index_addr(Builder *b, Node *e);

/* The address a left-hand side *p, x.f or a[i] stores to (evaluated before
 * any store of a tuple assignment), or NULL for variables. */
Value *bld_lhs_addr(Builder *b, Node *lhs) {
    lhs = unparen(lhs);
    switch (lhs->kind) {
    case N_STAR: return bld_addr(b, lhs);
    case N_SELECTOR:
        return lhs->selector.selection && lhs->selector.selection->kind == SEL_FIELD ? field_addr(b, lhs) : NULL;
    case N_INDEX: return bld_under(lhs->index.x->type)->kind == TYPE_MAP ? NULL : index_addr(b, lhs);
    default: return NULL;
    }
}

static Value *field_addr(Builder *b, Node *e) {
    Selection *sel = e->selector.selection;
    Node *x = e->selector.x;
    Type *cur = x->type;
    Value *p;
    if (bld_under(cur)->kind == TYPE_POINTER) {
        p = bld_expr1(b, x);
        bld_nilcheck(b, p, e->pos);
        cur = bld_under(cur)->elem;
    } else if (bld_is_mem(cur))
        p = bld_expr1(b, x);
    else {
        p = bld_addr(b, x);
        if (!p)
            return NULL;
    }
    for (int i = 0; i < sel->npath; i++) {
        Type *u = bld_under(cur);
        if (u->kind == TYPE_POINTER) {
            p = load_word(b, p, 0, (WordType){8, false, false}, e->pos);
            bld_nilcheck(b, p, e->pos);
            u = bld_under(u->elem);
        }
        types_layout(u);
        Field *f = &u->fields[sel->path[i]];
        p = bld_offset(b, p, f->offset, e->pos);
        cur = f->type;
    }
    return p;
}

/* Index i checked against len (folded when both are constant). */
static void bounds(Builder *b, Value *i, Value *len, Type *it, Pos pos) {
    if (i->op == SSA_CONST && len->op == SSA_CONST && (uint64_t)i->aux < (uint64_t)len->aux)
        return;
    Value *c = ssa_value2(b->f, b->cur, SSA_GE, 1, pos, i, len);
    Value *args[2] = {i, len};
    bld_check(b, c, it && bld_is_unsigned(it) ? "panicIndexU" : "panicIndex", args, 2, pos);
}

static Value *scaled(Builder *b, Value *p, Value *i, int64_t size, Pos pos) {
    if (i->op == SSA_CONST)
        return bld_offset(b, p, i->aux * size, pos);
    Value *off = size == 1 ? i : ssa_value2(b->f, b->cur, SSA_MUL, 8, pos, i, konst(b, size, pos));
    return ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, p, off);
}

/* a[i] on the left of an assignment runs in two steps: index_operands
 * evaluates a and i (the spec's first phase, before the right-hand side),
 * index_operands_addr checks the bounds and gives the element's address. */
static bool index_operands(Builder *b, Node *e, IndexOperands *o) {
    Node *x = e->index.x, *in = e->index.indices.items[0];
    Type *u = bld_under(x->type);
    o->itype = in->type;
    o->pos = e->pos;
    if (u->kind == TYPE_POINTER) {
        o->p = bld_expr1(b, x);
        bld_nilcheck(b, o->p, e->pos);
        u = bld_under(u->elem);
    } else if (u->kind == TYPE_SLICE) {
        Words s = bld_expr(b, x);
        o->p = s.v[0];
        o->len = s.v[1];
    } else if (u->kind == TYPE_ARRAY)
        o->p = bld_expr1(b, x);
    else {
        bld_unsupported(b, e->pos, arena_printf(b->f->arena, "indexing a value of type %s", types_string(x->type)));
        return false;
    }
    if (u->kind == TYPE_ARRAY)
        o->len = konst(b, u->len, e->pos);
    o->i = bld_expr1(b, in);
    o->elem = u->elem;
    return true;
}

static Value *index_operands_addr(Builder *b, IndexOperands *o) {
    bounds(b, o->i, o->len, o->itype, o->pos);
    types_layout(o->elem);
    return scaled(b, o->p, o->i, o->elem->size, o->pos);
}

static Value *index_addr(Builder *b, Node *e) {
    IndexOperands o;
    return index_operands(b, e, &o) ? index_operands_addr(b, &o) : NULL;
}

/* lhs = rhs where lhs is a[f()]: a and f() before rhs, as the spec orders
 * calls; then the bounds check and the store. False: not such an lhs. */
bool bld_assign_index_first(Builder *b, Node *lhs, Node *rhs) {
    lhs = unparen(lhs);
    if (lhs->kind != N_INDEX || bld_under(lhs->index.x->type)->kind == TYPE_MAP || !check_has_call(lhs) ||
        !check_has_call(rhs))
        return false;
    IndexOperands o;
    if (!index_operands(b, lhs, &o))
        return true;
    Words w = bld_convert_words(b, bld_expr(b, rhs), rhs->type, lhs->type, rhs->pos);
    bld_store(b, lhs->type, index_operands_addr(b, &o), w, lhs->pos);
    return true;
}

/* The first phase of an assignment to several operands for a left-hand
 * side with a call in it (`*f(), ok = m[k]`, `a[g()], x = y, z`): its
 * operands are evaluated now, before the right-hand side, as the spec
 * orders calls; NULL when lhs has no call (or is a map element, which
 * ssa_map.c handles) and its address can wait for bld_lhs_late. */
struct LhsEarly {
    IndexOperands o;    /* a[i]: the bounds check waits for phase two */
    Value *addr;        /* *p, x.f */
};

LhsEarly *bld_lhs_early(Builder *b, Node *lhs) {
    lhs = unparen(lhs);
    if (!check_has_call(lhs) || (lhs->kind == N_INDEX && bld_under(lhs->index.x->type)->kind == TYPE_MAP))
        return NULL;
    LhsEarly *e = ARENA_NEW(b->f->arena, LhsEarly);
    if (lhs->kind == N_INDEX) {
        if (!index_operands(b, lhs, &e->o))
            e->o.p = NULL;
    } else
        e->addr = bld_lhs_addr(b, lhs);
    return e;
}

/* The second phase: the address to store to (the bounds checked now). */
Value *bld_lhs_late(Builder *b, LhsEarly *e) {
    if (e->o.p)
        return index_operands_addr(b, &e->o);
    return e->addr;
}

Value *bld_addr(Builder *b, Node *e) {
    e = unparen(e);
    if (e->kind == N_COMPOSITE_LIT && bld_is_mem(e->type)) {   /* &T{...}: on the heap */
        Node *save = addressed_lit;
        addressed_lit = e;
        Value *p = bld_expr1(b, e);
        addressed_lit = save;
        return p;
    }
    if (e->kind != N_IDENT && bld_is_mem(e->type))
        return bld_expr1(b, e);
    switch (e->kind) {
    case N_IDENT: {
        Object *o = e->ident.obj;
        if (o && o->kind == OBJ_VAR && (o->flags & OBJF_GLOBAL))
            return global_addr(b, o, e->pos);
        if (o && is_local(o) && bld_var_of(b, o)->boxed)
            return bld_read_var(b, bld_var_of(b, o)).v[0];
        break;
    }
    case N_STAR: {
        Value *p = bld_expr1(b, e->star.x);
        bld_nilcheck(b, p, e->pos);
        return p;
    }
    case N_SELECTOR:
        if (e->selector.selection && e->selector.selection->kind == SEL_FIELD)
            return field_addr(b, e);
        break;
    case N_INDEX: return index_addr(b, e);
    case N_COMPOSITE_LIT: {     /* &[]T{...}: a new cell holding the header */
        Words w = bld_composite(b, e);
        Value *cell = bld_alloc(b, e->type, e->pos);
        bld_store(b, e->type, cell, w, e->pos);
        return cell;
    }
    default: break;
    }
    bld_unsupported(b, e->pos, "taking the address of this expression");
    return NULL;
}

/* ---- expressions ---- */

bool bld_mem_expr(Builder *b, Node *e, Words *out) {
    Value *a = NULL;
    switch (e->kind) {
    case N_IDENT:
        if (!e->ident.obj || e->ident.obj->kind != OBJ_NIL)
            return false;
        *out = (Words){{konst(b, 0, e->pos), konst(b, 0, e->pos), konst(b, 0, e->pos)}, 3};
        WordType wt[MAXWORDS];
        if (bld_type_words(e->type, wt) > 0)
            out->n = bld_type_words(e->type, wt);   /* untyped nil: as many words as a slice */
        return true;
    case N_SELECTOR:
        if (!e->selector.selection || e->selector.selection->kind != SEL_FIELD)
            return false;
        a = field_addr(b, e);
        break;
    case N_STAR:
        a = bld_expr1(b, e->star.x);
        bld_nilcheck(b, a, e->pos);
        break;
    case N_INDEX: {
        TypeKind k = bld_under(e->index.x->type)->kind;
        if (k != TYPE_ARRAY && k != TYPE_SLICE && k != TYPE_POINTER)
            return false;
        a = index_addr(b, e);
        break;
    }
    case N_UNARY:
        if (e->unary.op != OP_AND)
            return false;
        a = bld_addr(b, e->unary.x);
        *out = (Words){{a ? a : konst(b, 0, e->pos)}, 1};
        return true;
    case N_COMPOSITE_LIT: *out = bld_composite(b, e); return true;
    default: return false;
    }
    *out = a ? bld_load(b, e->type, a, e->pos) : (Words){{konst(b, 0, e->pos)}, 1};
    return true;
}

/* ---- comparison ---- */

static Value *eq_fields(Builder *b, Type *t, Value *x, Value *y, int64_t off, Value *acc, Pos pos);

/* x == y for a long array: a loop over the elements that stops at the first difference. */
static Value *eq_loop(Builder *b, Type *at, Value *x, Value *y, Pos pos) {
    Type *u = bld_under(at);
    Var *i = bld_new_var(b, TYPE(TYPE_INT)), *r = bld_new_var(b, TYPE(TYPE_BOOL));
    bld_write_var(b, i, (Words){{konst(b, 0, pos)}, 1});
    bld_write_var(b, r, (Words){{konst(b, 1, pos)}, 1});
    Block *head = bld_block(b), *body = bld_block(b), *next = bld_block(b), *ne = bld_block(b), *done = bld_block(b);
    bld_jump(b, head);
    bld_start(b, head);
    Value *iv = bld_read_var(b, i).v[0];
    bld_branch(b, ssa_value2(b->f, b->cur, SSA_LT, 1, pos, iv, konst(b, u->len, pos)), body, done);
    bld_seal(b, body);
    bld_start(b, body);
    Value *off = ssa_value2(b->f, b->cur, SSA_MUL, 8, pos, iv, konst(b, u->elem->size, pos));
    Value *xe = ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, x, off);
    Value *ye = ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, y, off);
    Value *eq = eq_fields(b, u->elem, xe, ye, 0, NULL, pos);
    bld_branch(b, eq ? eq : konst(b, 1, pos), next, ne);
    bld_seal(b, next);
    bld_seal(b, ne);
    bld_start(b, next);
    bld_write_var(b, i, (Words){{ssa_value2(b->f, b->cur, SSA_ADD, 8, pos, iv, konst(b, 1, pos))}, 1});
    bld_jump(b, head);
    bld_start(b, ne);
    bld_write_var(b, r, (Words){{konst(b, 0, pos)}, 1});
    bld_jump(b, done);
    bld_seal(b, head);
    bld_seal(b, done);
    bld_start(b, done);
    return bld_read_var(b, r).v[0];
}

/* x == y for every comparable leaf of t at off, and-ed into acc. */
static Value *eq_fields(Builder *b, Type *t, Value *x, Value *y, int64_t off, Value *acc, Pos pos) {
    Type *u = bld_under(t);
    types_layout(t);
    if (u->kind == TYPE_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (strcmp(u->fields[i].name, "_"))
                acc = eq_fields(b, u->fields[i].type, x, y, off + u->fields[i].offset, acc, pos);
        return acc;
    }
    if (u->kind == TYPE_ARRAY) {
        if (u->len > 16) {
            Value *eq = eq_loop(b, t, bld_offset(b, x, off, pos), bld_offset(b, y, off, pos), pos);
            return acc ? ssa_value2(b->f, b->cur, SSA_AND, 1, pos, acc, eq) : eq;
        }
        for (int64_t i = 0; i < u->len; i++)
            acc = eq_fields(b, u->elem, x, y, off + i * u->elem->size, acc, pos);
        return acc;
    }
    if (u->kind == TYPE_INTERFACE && acc)   /* may panic: only if the fields before are equal */
        return bld_iface_eq_after(b, acc, t, bld_offset(b, x, off, pos), bld_offset(b, y, off, pos), pos);
    Words xw = bld_load(b, t, bld_offset(b, x, off, pos), pos);
    Words yw = bld_load(b, t, bld_offset(b, y, off, pos), pos);
    Value *eq = bld_compare(b, OP_EQL, t, xw, yw, pos);
    return acc ? ssa_value2(b->f, b->cur, SSA_AND, 1, pos, acc, eq) : eq;
}

bool bld_mem_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Value **out) {
    Type *u = bld_under(t);
    if (!u || (op != OP_EQL && op != OP_NEQ))
        return false;
    Value *eq;
    if (u->kind == TYPE_SLICE || ((u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER) && (x.n != 1 || y.n != 1)))
        eq = ssa_value2(b->f, b->cur, SSA_EQ, 1, pos, x.v[0], y.v[0]);
    else if (bld_is_mem(t)) {
        eq = eq_fields(b, t, x.v[0], y.v[0], 0, NULL, pos);
        if (!eq)
            eq = konst(b, 1, pos);
    } else
        return false;
    *out = op == OP_EQL ? eq : ssa_value1(b->f, b->cur, SSA_NOT, 1, pos, eq);
    return true;
}

/* ---- builtins ---- */

bool bld_mem_builtin(Builder *b, Node *call, Object *o, Words *out) {
    NodeList args = call->call.args;
    switch (o->builtin) {
    case BUILTIN_NEW:
        *out = (Words){{bld_alloc(b, bld_under(call->type)->elem, call->pos)}, 1};
        return true;
    case BUILTIN_LEN: case BUILTIN_CAP: {
        Type *u = bld_under(args.items[0]->type);
        if (u->kind == TYPE_POINTER)
            u = bld_under(u->elem);
        if (u->kind != TYPE_ARRAY)
            return false;
        bld_expr(b, args.items[0]);
        *out = (Words){{konst(b, u->len, call->pos)}, 1};
        return true;
    }
    default: return false;
    }
}

/* Value words of a tuple's elements -> their register words. */
int bld_abi_flatten(Builder *b, Type *tuple, Words w, Value **out, int max, Pos pos) {
    int n = 0, k = 0;
    for (int i = 0; i < tuple->nfields; i++) {
        WordType wt[MAXWORDS];
        int nv = bld_type_words(tuple->fields[i].type, wt);
        Words part = {{0}, nv < 0 ? 0 : nv};
        for (int j = 0; j < part.n && k < w.n; j++)
            part.v[j] = w.v[k++];
        part = bld_abi_unpack(b, tuple->fields[i].type, part, pos);
        for (int j = 0; j < part.n && n < max; j++)
            out[n++] = part.v[j];
    }
    return n;
}

/* Register words of a tuple's elements (a call's results) -> value words. */
Words bld_abi_collect(Builder *b, Type *tuple, Words leafw, Pos pos) {
    Words r = {{0}, 0};
    int k = 0;
    for (int i = 0; i < tuple->nfields; i++) {
        WordType wt[MAXWORDS];
        int nl = bld_abi_words(tuple->fields[i].type, wt);
        Words part = {{0}, nl < 0 ? 0 : nl};
        for (int j = 0; j < part.n && k < leafw.n; j++)
            part.v[j] = leafw.v[k++];
        part = bld_abi_pack(b, tuple->fields[i].type, part, pos);
        for (int j = 0; j < part.n && r.n < MAXWORDS; j++)
            r.v[r.n++] = part.v[j];
    }
    return r;
}

/* The value of a struct or array copied into a fresh cell (so that a later
 * store to the original does not change it), e.g. for a, b = b, a. */
Words bld_snapshot(Builder *b, Type *t, Words w, Pos pos) {
    if (!bld_is_mem(t) || w.n != 1 || is_zero_word(w.v[0]))
        return w;
    Value *cell = bld_temp(b, t, false, pos);
    bld_store(b, t, cell, w, pos);
    return (Words){{cell}, 1};
}
