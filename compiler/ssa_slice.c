/* ssa_slice.c - slices as three words (ptr, len, cap): make (runtime.makeslice),
 * append with Go's growth (runtime.growslice), copy, len/cap, slicing of
 * slices, strings, arrays and pointers to arrays with Go's bounds checks, and
 * for range over slices, arrays, pointers to arrays and strings.
 *
 * makeslice and growslice take an element type descriptor; until the back
 * end writes Go's type descriptors, each element type gets a minimal one
 * (size, ptrdata, gcdata: every word of an element with pointers may hold a
 * pointer) named gocc.etype.SIZE.P, DUPOK. */
#include <stdio.h>
#include <string.h>

#include "ssa_build.h"


static Value *op2(Builder *b, SsaOp op, Value *x, Value *y, Pos pos) {
    return ssa_value2(b->f, b->cur, op, op >= SSA_EQ && op <= SSA_GE ? 1 : 8, pos, x, y);
}


static Value *etype(Builder *b, Type *et, Pos pos) {
    types_layout(et);
    int64_t size = et->size;
    bool ptrs = bld_has_pointers(et) && size >= 8;
    const char *sym = arena_printf(b->f->arena, "gocc.etype.%lld.%d", (long long)size, ptrs);
    if (!strmap_get(&b->u->etypes, sym)) {
        strmap_put(&b->u->etypes, arena_strdup(b->u->arena, sym), (void *)1);
        Buf *o = b->u->out;
        int64_t mask = ptrs ? (size / 8 + 7) / 8 : 0;
        buf_printf(o, "\nDATA %s+0(SB)/8, $%lld\n", sym, (long long)size);
        if (ptrs) {
            buf_printf(o, "DATA %s+8(SB)/8, $%lld\n", sym, (long long)size);
            buf_printf(o, "DATA %s+32(SB)/8, $%s+48(SB)\n", sym, sym);
            for (int64_t i = 0; i < mask; i++)
                buf_printf(o, "DATA %s+%lld(SB)/1, $255\n", sym, (long long)(48 + i));
        }
        buf_printf(o, "GLOBL %s(SB), RODATA|DUPOK, $%lld\n", sym, (long long)(48 + mask));
    }
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = arena_strdup(b->f->arena, sym);
    return a;
}

static Type *elem_of(Type *t) {
    Type *u = bld_under(t);
    return u->kind == TYPE_STRING ? TYPE(TYPE_UINT8) : u->elem;
}

static int64_t esize(Type *t) {
    Type *e = elem_of(t);
    types_layout(e);
    return e->size;
}

static Value *mul(Builder *b, Value *i, int64_t size, Pos pos) {
    if (size == 1)
        return i;
    if (i->op == SSA_CONST)
        return konst(b, i->aux * size, pos);
    return op2(b, SSA_MUL, i, konst(b, size, pos), pos);
}

/* ---- make, len, cap, append, copy ---- */

static Words make_slice(Builder *b, Node *call) {
    NodeList a = call->call.args;
    Value *len = bld_expr1(b, a.items[1]);
    Value *cap = a.len > 2 ? bld_expr1(b, a.items[2]) : len;
    Value *args[3] = {etype(b, bld_under(call->type)->elem, call->pos), len, cap}, *p;
    bld_call_runtime(b, "makeslice", args, 3, 1, &p, call->pos);
    return (Words){{p, len, cap}, 3};
}

static Var *tmp2(Builder *b) { return bld_new_var(b, TYPE(TYPE_STRING)); }

/* Makes room for newlen elements: the (ptr, cap) words after a possible growslice. */
static Words grow(Builder *b, Type *st, Words s, Value *newlen, Pos pos) {
    Var *pc = tmp2(b);
    bld_write_var(b, pc, (Words){{s.v[0], s.v[2]}, 2});
    Block *slow = bld_block(b), *join = bld_block(b);
    slow->cold = true;
    Value *c = op2(b, SSA_GT, newlen, s.v[2], pos);
    bld_branch(b, c, slow, join);
    bld_seal(b, slow);
    bld_start(b, slow);
    Value *args[5] = {etype(b, elem_of(st), pos), s.v[0], s.v[1], s.v[2], newlen}, *res[2];
    bld_call_runtime(b, "growslice", args, 5, 2, res, pos);
    bld_write_var(b, pc, (Words){{res[0], res[1]}, 2});
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, pc);
}

static void memmove_call(Builder *b, Value *dst, Value *src, Value *n, Pos pos) {
    Value *a[3] = {dst, src, n};
    bld_call_runtime(b, "memmove", a, 3, 0, NULL, pos);
}

static Words append_call(Builder *b, Node *call) {
    NodeList a = call->call.args;
    Type *st = call->type, *et = elem_of(st);
    int64_t es = esize(st);
    Words s = bld_convert_words(b, bld_expr(b, a.items[0]), a.items[0]->type, st, call->pos);
    if (call->call.has_dots) {
        Words t = bld_expr(b, a.items[1]);
        Value *newlen = op2(b, SSA_ADD, s.v[1], t.v[1], call->pos);
        Words pc = grow(b, st, s, newlen, call->pos);
        Value *dst = op2(b, SSA_ADD, pc.v[0], mul(b, s.v[1], es, call->pos), call->pos);
        memmove_call(b, dst, t.v[0], mul(b, t.v[1], es, call->pos), call->pos);
        return (Words){{pc.v[0], newlen, pc.v[1]}, 3};
    }
    int n = a.len - 1;
    Words *vals = ARENA_NEWN(b->f->arena, Words, n + 1);
    for (int i = 0; i < n; i++) {
        Node *x = a.items[i + 1];
        vals[i] = bld_convert_words(b, bld_expr(b, x), x->type, et, x->pos);
    }
    if (n == 0)
        return s;
    Value *newlen = op2(b, SSA_ADD, s.v[1], konst(b, n, call->pos), call->pos);
    Words pc = grow(b, st, s, newlen, call->pos);
    for (int i = 0; i < n; i++) {
        Value *idx = op2(b, SSA_ADD, s.v[1], konst(b, i, call->pos), call->pos);
        Value *addr = op2(b, SSA_ADD, pc.v[0], mul(b, idx, es, call->pos), call->pos);
        bld_store(b, et, addr, vals[i], call->pos);
    }
    return (Words){{pc.v[0], newlen, pc.v[1]}, 3};
}

static Value *min_len(Builder *b, Value *x, Value *y, Pos pos) {
    Var *r = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, r, (Words){{x}, 1});
    Block *less = bld_block(b), *join = bld_block(b);
    bld_branch(b, op2(b, SSA_LT, y, x, pos), less, join);
    bld_seal(b, less);
    bld_start(b, less);
    bld_write_var(b, r, (Words){{y}, 1});
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

static Words copy_call(Builder *b, Node *call) {
    NodeList a = call->call.args;
    Words d = bld_expr(b, a.items[0]), s = bld_expr(b, a.items[1]);
    Value *n = min_len(b, d.v[1], s.v[1], call->pos);
    memmove_call(b, d.v[0], s.v[0], mul(b, n, esize(a.items[0]->type), call->pos), call->pos);
    return (Words){{n}, 1};
}

bool bld_slice_builtin(Builder *b, Node *call, Object *o, Words *out) {
    NodeList a = call->call.args;
    Type *u = a.len ? bld_under(a.items[0]->type) : NULL;
    switch (o->builtin) {
    case BUILTIN_LEN: case BUILTIN_CAP:
        if (!u || u->kind != TYPE_SLICE)
            return false;
        *out = (Words){{bld_expr(b, a.items[0]).v[o->builtin == BUILTIN_LEN ? 1 : 2]}, 1};
        return true;
    case BUILTIN_MAKE:
        if (bld_under(call->type)->kind != TYPE_SLICE)
            return false;
        *out = make_slice(b, call);
        return true;
    case BUILTIN_APPEND: *out = append_call(b, call); return true;
    case BUILTIN_COPY: *out = copy_call(b, call); return true;
    default: return false;
    }
}

/* ---- slicing ---- */

/* if !(lo <= hi) (unsigned) panic name(lo, hi); the U variant when lo (of
 * type lot, NULL for an omitted bound) is unsigned. */
static void slice_check(Builder *b, Value *lo, Value *hi, const char *name, Node *lon, Pos pos) {
    if (lo->op == SSA_CONST && hi->op == SSA_CONST && (uint64_t)lo->aux <= (uint64_t)hi->aux)
        return;
    if (lon && bld_is_unsigned(lon->type)) {
        const char *u = arena_printf(b->f->arena, "%sU", name);
        if (types_runtime_func(u))
            name = u;
    }
    Value *args[2] = {lo, hi};
    Value *c = op2(b, SSA_GT, lo, hi, pos);
    bld_check(b, c, name, args, 2, pos);
}

Words bld_slice_expr(Builder *b, Node *e) {
    Node *x = e->slice.x;
    Type *u = bld_under(x->type);
    Value *ptr, *len, *cap;
    bool str = u->kind == TYPE_STRING;
    if (u->kind == TYPE_POINTER || u->kind == TYPE_ARRAY) {
        ptr = bld_expr1(b, x);
        if (u->kind == TYPE_POINTER) {
            bld_nilcheck(b, ptr, e->pos);
            u = bld_under(u->elem);
        }
        len = cap = konst(b, u->len, e->pos);
    } else {
        Words w = bld_expr(b, x);
        ptr = w.v[0], len = w.v[1], cap = str ? len : w.v[2];
    }
    int64_t es = str ? 1 : (types_layout(u->elem), u->elem->size);
    Value *lo = e->slice.lo ? bld_expr1(b, e->slice.lo) : konst(b, 0, e->pos);
    Value *hi = e->slice.hi ? bld_expr1(b, e->slice.hi) : len;
    Value *max = cap;
    if (e->slice.slice3) {
        if (!types_runtime_func("panicSlice3Alen")) {
            bld_unsupported(b, e->pos, "a 3-index slice expression");
            return (Words){{ptr, len, cap}, 3};
        }
        max = bld_expr1(b, e->slice.max);
        slice_check(b, max, cap, bld_under(x->type)->kind == TYPE_SLICE ? "panicSlice3Acap" : "panicSlice3Alen",
                    e->slice.max, e->pos);
        slice_check(b, hi, max, "panicSlice3B", e->slice.hi, e->pos);
        slice_check(b, lo, hi, "panicSlice3C", e->slice.lo, e->pos);
    } else {
        if (e->slice.hi)
            slice_check(b, hi, cap, str || bld_under(x->type)->kind != TYPE_SLICE ? "panicSliceAlen" : "panicSliceAcap",
                        e->slice.hi,
                        e->pos);
        slice_check(b, lo, hi, "panicSliceB", e->slice.lo, e->pos);
    }
    Value *nlen = op2(b, SSA_SUB, hi, lo, e->pos);
    Value *np = ptr;
    if (!(lo->op == SSA_CONST && lo->aux == 0)) {
        np = op2(b, SSA_ADD, ptr, mul(b, lo, es, e->pos), e->pos);
        {   /* never point past the end: keep ptr when the new cap (a string's: length) is 0 */
            Value *ncap = str ? nlen : op2(b, SSA_SUB, max, lo, e->pos);
            Var *r = bld_new_var(b, TYPE(TYPE_UINTPTR));
            bld_write_var(b, r, (Words){{ptr}, 1});
            Block *nz = bld_block(b), *join = bld_block(b);
            bld_branch(b, op2(b, SSA_NE, ncap, konst(b, 0, e->pos), e->pos), nz, join);
            bld_seal(b, nz);
            bld_start(b, nz);
            bld_write_var(b, r, (Words){{np}, 1});
            bld_jump(b, join);
            bld_seal(b, join);
            bld_start(b, join);
            np = bld_read_var(b, r).v[0];
            return str ? (Words){{np, nlen}, 2} : (Words){{np, nlen, ncap}, 3};
        }
    }
    if (str)
        return (Words){{np, nlen}, 2};
    return (Words){{np, nlen, op2(b, SSA_SUB, max, lo, e->pos)}, 3};
}

/* ---- for range ---- */

/* The UTF-8 sequence at p[i] of a string of length n: rune and width, as Go
 * decodes it (invalid sequences give U+FFFD, width 1). */
static Words decode_rune(Builder *b, Value *p, Value *i, Value *n, Pos pos);

static bool is_blank_node(Node *n) { return !n || (n->kind == N_IDENT && !strcmp(n->ident.name, "_")); }

/* The range expression, evaluated once: its elements at ptr, len of them of
 * type et. An array value is copied when its elements are used. */
static bool range_operand(Builder *b, Node *s, Value **pptr, Value **plen, Type **pet) {
    Node *x = s->range_stmt.x, *val = s->range_stmt.value;
    Type *u = bld_under(x->type), *et;
    Value *ptr, *len;
    if (u->kind != TYPE_SLICE && u->kind != TYPE_ARRAY && u->kind != TYPE_POINTER && u->kind != TYPE_STRING) {
        bld_unsupported(b, s->pos, arena_printf(b->f->arena, "for range over %s", types_string(x->type)));
        return false;
    }
    if (u->kind == TYPE_SLICE || u->kind == TYPE_STRING) {
        Words w = bld_expr(b, x);
        ptr = w.v[0], len = w.v[1], et = elem_of(x->type);
    } else {
        ptr = bld_expr1(b, x);
        if (u->kind == TYPE_POINTER)
            u = bld_under(u->elem);
        else if (!is_blank_node(val)) {
            Value *copy = bld_temp(b, x->type, false, s->pos);
            bld_store(b, x->type, copy, (Words){{ptr}, 1}, s->pos);
            ptr = copy;
        }
        len = konst(b, u->len, s->pos), et = u->elem;
    }
    types_layout(et);
    *pptr = ptr, *plen = len, *pet = et;
    return true;
}

void bld_range(Builder *b, Node *s, const char *label) {
    if (bld_chan_range(b, s, label))
        return;
    Node *key = s->range_stmt.key, *val = s->range_stmt.value;
    if (bld_under(s->range_stmt.x->type)->kind == TYPE_MAP)
        return bld_map_range(b, s, label);
    bool str = bld_under(s->range_stmt.x->type)->kind == TYPE_STRING;
    Value *ptr, *len;
    Type *et;
    if (!range_operand(b, s, &ptr, &len, &et))
        return;
    bool blank_val = is_blank_node(val);
    if (s->range_stmt.tok == OP_DEFINE) {  /* Go 1.19: one variable for the whole loop */
        if (key)
            bld_assign_to(b, key, bld_zero(b, key->ident.obj ? key->ident.obj->type : TYPE(TYPE_INT), s->pos));
        if (!blank_val && val->ident.obj)
            bld_assign_to(b, val, bld_zero(b, val->ident.obj->type, s->pos));
    }
    Var *iv = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, iv, (Words){{konst(b, 0, s->pos)}, 1});
    Block *head = bld_block(b), *body = bld_block(b), *post = bld_block(b), *exit = bld_block(b);
    head->pos = s->pos;
    bld_jump(b, head);
    bld_start(b, head);
    Value *i = bld_read_var(b, iv).v[0];
    bld_branch(b, op2(b, SSA_LT, i, len, s->pos), body, exit);
    bld_seal(b, body);
    bld_start(b, body);
    Value *next = NULL;
    Words ew = {{0}, 0};
    if (str) {
        Words r = decode_rune(b, ptr, i, len, s->pos);
        ew = (Words){{r.v[0]}, 1};
        next = op2(b, SSA_ADD, i, r.v[1], s->pos);
        et = TYPE(TYPE_INT32);
    } else if (val)
        ew = bld_load(b, et, op2(b, SSA_ADD, ptr, mul(b, i, (types_layout(et), et->size), s->pos), s->pos),
                      s->pos);
    if (key && !blank_val && s->range_stmt.tok != OP_DEFINE) {  /* for i, x[i] = range ... */
        Node *lhs[2] = {key, val};
        Words w[2] = {{{i}, 1}, ew};
        bld_assign_parallel(b, lhs, w, 2, s->pos);
    } else {
        if (key)
            bld_assign_existing(b, key, (Words){{i}, 1});
        if (!blank_val)
            bld_assign_existing(b, val, ew);
    }
    Target t;
    bld_push_target(b, &t, label, exit, post);
    bld_stmt(b, s->range_stmt.body);
    b->targets = t.outer;
    bld_jump(b, post);
    bld_seal(b, post);
    bld_start(b, post);
    bld_write_var(b, iv, (Words){{next ? next : op2(b, SSA_ADD, i, konst(b, 1, s->pos), s->pos)}, 1});
    bld_jump(b, head);
    bld_seal(b, head);
    bld_seal(b, exit);
    bld_start(b, exit);
}

/* ---- UTF-8 decoding for range over strings ---- */

typedef struct Dec {
    Builder *b;
    Var *r;         /* rune, width */
    Block *done, *bad;
    Pos pos;
} Dec;

static Value *byte_at(Dec *d, Value *p, Value *i, int k) {
    Builder *b = d->b;
    Value *a = op2(b, SSA_ADD, p, i, d->pos);
    Value *v = ssa_value1(b->f, b->cur, SSA_LOAD, 1, d->pos, a);
    v->aux = k;
    v->mwidth = 1;
    return v;
}

/* Continues in a new block if cond holds, else goes to d->bad. */
static void need(Dec *d, Value *cond) {
    Block *ok = bld_block(d->b);
    bld_branch(d->b, cond, ok, d->bad);
    bld_seal(d->b, ok);
    bld_start(d->b, ok);
}

static Value *in_range(Dec *d, Value *c, int lo, int hi) {
    Builder *b = d->b;
    Value *x = op2(b, SSA_SUB, c, konst(b, lo, d->pos), d->pos);
    return op2(b, SSA_LE, x, konst(b, hi - lo, d->pos), d->pos);     /* unsigned: lo <= c <= hi */
}

static Value *cont_bits(Dec *d, Value *acc, Value *c) {
    Builder *b = d->b;
    Value *sh = op2(b, SSA_SHL, acc, konst(b, 6, d->pos), d->pos);
    return op2(b, SSA_OR, sh, op2(b, SSA_AND, c, konst(b, 0x3f, d->pos), d->pos), d->pos);
}

/* A sequence of n bytes whose first byte is c0 (second byte in [lo2, hi2]). */
static void multi(Dec *d, Value *p, Value *i, Value *n, Value *c0, int nb, int lo2, int hi2) {
    Builder *b = d->b;
    Value *rest = op2(b, SSA_SUB, n, i, d->pos);
    need(d, op2(b, SSA_GE, rest, konst(b, nb, d->pos), d->pos));
    Value *c1 = byte_at(d, p, i, 1);
    need(d, in_range(d, c1, lo2, hi2));
    static const int mask[] = {0, 0, 0x1f, 0x0f, 0x07};
    Value *acc = cont_bits(d, op2(b, SSA_AND, c0, konst(b, mask[nb], d->pos), d->pos), c1);
    for (int k = 2; k < nb; k++) {
        Value *ck = byte_at(d, p, i, k);
        need(d, in_range(d, ck, 0x80, 0xbf));
        acc = cont_bits(d, acc, ck);
    }
    bld_write_var(b, d->r, (Words){{acc, konst(b, nb, d->pos)}, 2});
    bld_jump(b, d->done);
}

static Words decode_rune(Builder *b, Value *p, Value *i, Value *n, Pos pos) {
    Dec d = {b, bld_new_var(b, TYPE(TYPE_STRING)), bld_block(b), bld_block(b), pos};
    Value *c0 = byte_at(&d, p, i, 0);
    bld_write_var(b, d.r, (Words){{c0, konst(b, 1, pos)}, 2});
    Block *wide = bld_block(b);
    bld_branch(b, op2(b, SSA_LT, c0, konst(b, 0x80, pos), pos), d.done, wide);
    bld_seal(b, wide);
    bld_start(b, wide);
    wide->cold = false;
    static const struct { int lo, hi, nb, lo2, hi2; } cls[] = {
        {0xc2, 0xdf, 2, 0x80, 0xbf}, {0xe0, 0xe0, 3, 0xa0, 0xbf}, {0xe1, 0xec, 3, 0x80, 0xbf},
        {0xed, 0xed, 3, 0x80, 0x9f}, {0xee, 0xef, 3, 0x80, 0xbf}, {0xf0, 0xf0, 4, 0x90, 0xbf},
        {0xf1, 0xf3, 4, 0x80, 0xbf}, {0xf4, 0xf4, 4, 0x80, 0x8f},
    };
    for (size_t k = 0; k < sizeof cls / sizeof cls[0]; k++) {
        Block *yes = bld_block(b), *no = bld_block(b);
        bld_branch(b, in_range(&d, c0, cls[k].lo, cls[k].hi), yes, no);
        bld_seal(b, yes);
        bld_start(b, yes);
        multi(&d, p, i, n, c0, cls[k].nb, cls[k].lo2, cls[k].hi2);
        bld_seal(b, no);
        bld_start(b, no);
    }
    bld_jump(b, d.bad);
    bld_seal(b, d.bad);
    bld_start(b, d.bad);
    bld_write_var(b, d.r, (Words){{konst(b, 0xfffd, pos), konst(b, 1, pos)}, 2});
    bld_jump(b, d.done);
    bld_seal(b, d.done);
    bld_start(b, d.done);
    return bld_read_var(b, d.r);
}

/* ---- conversions between strings and byte slices, rune to string ---- */

static Words bytes_of_string(Builder *b, Words s, Pos pos) {
    Value *args[5] = {etype(b, TYPE(TYPE_UINT8), pos), konst(b, 0, pos), konst(b, 0, pos), konst(b, 0, pos), s.v[1]};
    Value *res[2];
    bld_call_runtime(b, "growslice", args, 5, 2, res, pos);  /* capacity rounded up as Go's rawbyteslice */
    memmove_call(b, res[0], s.v[0], s.v[1], pos);
    return (Words){{res[0], s.v[1], res[1]}, 3};
}

static Words string_of_bytes(Builder *b, Words s, Pos pos) {
    Value *p;
    bld_call_runtime(b, "newobject", &s.v[1], 1, 1, &p, pos);
    memmove_call(b, p, s.v[0], s.v[1], pos);
    return (Words){{p, s.v[1]}, 2};
}

/* r, or U+FFFD for a surrogate, a negative value or one above U+10FFFF. */
static Value *valid_rune(Builder *b, Value *r, Pos pos) {
    Var *rv = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, rv, (Words){{r}, 1});
    Value *sur = op2(b, SSA_LE, op2(b, SSA_SUB, r, konst(b, 0xd800, pos), pos), konst(b, 0x7ff, pos), pos);
    Value *big = op2(b, SSA_GT, r, konst(b, 0x10ffff, pos), pos);    /* unsigned: negative too */
    Block *fix = bld_block(b), *ok = bld_block(b);
    bld_branch(b, ssa_value2(b->f, b->cur, SSA_OR, 1, pos, sur, big), fix, ok);
    bld_seal(b, fix);
    bld_start(b, fix);
    bld_write_var(b, rv, (Words){{konst(b, 0xfffd, pos)}, 1});
    bld_jump(b, ok);
    bld_seal(b, ok);
    bld_start(b, ok);
    return bld_read_var(b, rv).v[0];
}

/* The nb-byte UTF-8 sequence of r (lead byte marker lead) stored at p. */
static void put_utf8(Builder *b, Value *p, Value *r, int nb, int lead, Pos pos) {
    for (int i = nb - 1; i >= 0; i--) {
        Value *sh = op2(b, SSA_SHR, r, konst(b, 6 * (nb - 1 - i), pos), pos);
        Value *byte = i == 0 ? op2(b, SSA_OR, sh, konst(b, lead, pos), pos)
                             : op2(b, SSA_OR, op2(b, SSA_AND, sh, konst(b, 0x3f, pos), pos), konst(b, 0x80, pos), pos);
        Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, p, byte);
        st->aux = i;
        st->mwidth = 1;
    }
}

/* Stores the UTF-8 encoding of rune r (U+FFFD when invalid) at p; its length. */
static Value *encode_rune(Builder *b, Value *p, Value *r, Pos pos) {
    static const struct { int64_t max; int lead; } cls[] = {{0x7f, 0}, {0x7ff, 0xc0}, {0xffff, 0xe0}, {0x10ffff, 0xf0}};
    r = valid_rune(b, r, pos);
    Var *n = bld_new_var(b, TYPE(TYPE_INT));
    Block *done = bld_block(b);
    for (int k = 0; k < 4; k++) {
        Block *yes = bld_block(b), *no = k < 3 ? bld_block(b) : NULL;
        if (no)
            bld_branch(b, op2(b, SSA_LE, r, konst(b, cls[k].max, pos), pos), yes, no);
        else
            bld_jump(b, yes);
        bld_seal(b, yes);
        bld_start(b, yes);
        put_utf8(b, p, r, k + 1, cls[k].lead, pos);
        bld_write_var(b, n, (Words){{konst(b, k + 1, pos)}, 1});
        bld_jump(b, done);
        if (no) {
            bld_seal(b, no);
            bld_start(b, no);
        }
    }
    bld_seal(b, done);
    bld_start(b, done);
    return bld_read_var(b, n).v[0];
}

static Words string_of_rune(Builder *b, Value *r, Pos pos) {
    Value *four = konst(b, 4, pos), *p;
    bld_call_runtime(b, "newobject", &four, 1, 1, &p, pos);
    return (Words){{p, encode_rune(b, p, r, pos)}, 2};
}

/* ---- []rune conversions: two passes over the input ---- */

typedef struct Loop {
    Var *i;
    Block *head, *body, *exit;
} Loop;

static Value *loop_begin(Builder *b, Loop *l, Value *n, Pos pos) {
    l->i = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, l->i, (Words){{konst(b, 0, pos)}, 1});
    l->head = bld_block(b), l->body = bld_block(b), l->exit = bld_block(b);
    bld_jump(b, l->head);
    bld_start(b, l->head);
    Value *i = bld_read_var(b, l->i).v[0];
    bld_branch(b, op2(b, SSA_LT, i, n, pos), l->body, l->exit);
    bld_seal(b, l->body);
    bld_start(b, l->body);
    return i;
}

static void loop_end(Builder *b, Loop *l, Value *next) {
    bld_write_var(b, l->i, (Words){{next}, 1});
    bld_jump(b, l->head);
    bld_seal(b, l->head);
    bld_seal(b, l->exit);
    bld_start(b, l->exit);
}

static Value *load_rune(Builder *b, Value *p, Value *i, Pos pos) {
    Value *v = ssa_value1(b->f, b->cur, SSA_LOAD, 4, pos, op2(b, SSA_ADD, p, op2(b, SSA_SHL, i, konst(b, 2, pos), pos), pos));
    v->mwidth = 4;
    v->sign = true;
    return v;
}

static Words runes_of_string(Builder *b, Words s, Pos pos) {
    Var *cnt = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, cnt, (Words){{konst(b, 0, pos)}, 1});
    Loop l;
    Value *i = loop_begin(b, &l, s.v[1], pos);
    Words r = decode_rune(b, s.v[0], i, s.v[1], pos);
    bld_write_var(b, cnt, (Words){{op2(b, SSA_ADD, bld_read_var(b, cnt).v[0], konst(b, 1, pos), pos)}, 1});
    loop_end(b, &l, op2(b, SSA_ADD, i, r.v[1], pos));
    Value *n = bld_read_var(b, cnt).v[0];
    Value *args[5] = {etype(b, TYPE(TYPE_INT32), pos), konst(b, 0, pos), konst(b, 0, pos), konst(b, 0, pos), n};
    Value *res[2];
    bld_call_runtime(b, "growslice", args, 5, 2, res, pos);
    Var *k = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, k, (Words){{konst(b, 0, pos)}, 1});
    i = loop_begin(b, &l, s.v[1], pos);
    r = decode_rune(b, s.v[0], i, s.v[1], pos);
    Value *kv = bld_read_var(b, k).v[0];
    Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos,
                           op2(b, SSA_ADD, res[0], op2(b, SSA_SHL, kv, konst(b, 2, pos), pos), pos), r.v[0]);
    st->mwidth = 4;
    bld_write_var(b, k, (Words){{op2(b, SSA_ADD, kv, konst(b, 1, pos), pos)}, 1});
    loop_end(b, &l, op2(b, SSA_ADD, i, r.v[1], pos));
    return (Words){{res[0], n, res[1]}, 3};
}

static Words string_of_runes(Builder *b, Words s, Pos pos) {
    Var *size = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, size, (Words){{konst(b, 0, pos)}, 1});
    Value *four = konst(b, 4, pos), *tmp;
    bld_call_runtime(b, "newobject", &four, 1, 1, &tmp, pos);
    Loop l;
    Value *i = loop_begin(b, &l, s.v[1], pos);
    Value *w = encode_rune(b, tmp, load_rune(b, s.v[0], i, pos), pos);
    bld_write_var(b, size, (Words){{op2(b, SSA_ADD, bld_read_var(b, size).v[0], w, pos)}, 1});
    loop_end(b, &l, op2(b, SSA_ADD, i, konst(b, 1, pos), pos));
    Value *n = bld_read_var(b, size).v[0], *p;
    bld_call_runtime(b, "newobject", &n, 1, 1, &p, pos);
    Var *off = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, off, (Words){{konst(b, 0, pos)}, 1});
    i = loop_begin(b, &l, s.v[1], pos);
    Value *o = bld_read_var(b, off).v[0];
    w = encode_rune(b, op2(b, SSA_ADD, p, o, pos), load_rune(b, s.v[0], i, pos), pos);
    bld_write_var(b, off, (Words){{op2(b, SSA_ADD, o, w, pos)}, 1});
    loop_end(b, &l, op2(b, SSA_ADD, i, konst(b, 1, pos), pos));
    return (Words){{p, n}, 2};
}

bool bld_slice_convert(Builder *b, Words w, Type *from, Type *to, Pos pos, Words *out) {
    Type *fu = bld_under(from), *tu = bld_under(to);
    if (!fu || !tu)
        return false;
    bool fstr = fu->kind == TYPE_STRING || fu->kind == TYPE_UNTYPED_STRING;
    bool fbytes = fu->kind == TYPE_SLICE && bld_under(fu->elem)->kind == TYPE_UINT8;
    bool tbytes = tu->kind == TYPE_SLICE && bld_under(tu->elem)->kind == TYPE_UINT8;
    bool fruns = fu->kind == TYPE_SLICE && bld_under(fu->elem)->kind == TYPE_INT32;
    bool truns = tu->kind == TYPE_SLICE && bld_under(tu->elem)->kind == TYPE_INT32;
    if (fstr && truns)
        *out = runes_of_string(b, w, pos);
    else if (fruns && tu->kind == TYPE_STRING)
        *out = string_of_runes(b, w, pos);
    else if (fstr && tbytes)
        *out = bytes_of_string(b, w, pos);
    else if (fbytes && tu->kind == TYPE_STRING)
        *out = string_of_bytes(b, w, pos);
    else if (types_is_integer(fu) && tu->kind == TYPE_STRING) {
        Value *r = w.v[0];
        *out = string_of_rune(b, r, pos);
    } else if (fu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER && bld_under(tu->elem)->kind == TYPE_ARRAY) {
        Value *n = konst(b, bld_under(tu->elem)->len, pos);     /* (*[N]T)(s): len(s) >= N */
        if (!(w.v[1]->op == SSA_CONST && w.v[1]->aux >= n->aux)) {
            Value *args[2] = {n, w.v[1]};
            bld_check(b, op2(b, SSA_LT, w.v[1], n, pos), "panicSliceConvert", args, 2, pos);
        }
        *out = (Words){{w.v[0]}, 1};
    } else if ((fu->kind == TYPE_SLICE || tu->kind == TYPE_SLICE) && !types_identical_ignore_tags(fu, tu)) {
        bld_unsupported(b, pos, arena_printf(b->f->arena, "conversion from %s to %s", types_string(from), types_string(to)));
        *out = w;
    } else
        return false;
    return true;
}
