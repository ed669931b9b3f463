/* ssa_chan.c - channels in the back end: make(chan T, n), send, receive
 * (as a value, with comma-ok, as a statement), close, len, cap and for
 * range over a channel. A channel is one word, the runtime's *hchan (nil
 * for a nil channel); every operation is a call of the runtime (chan.c)
 * that moves the element through memory: the value to send, or the place
 * a received value goes.
 *
 * That memory is scratch space at the bottom of the frame (the outgoing
 * argument area, bld_chan_scratch): runtime calls take their arguments in
 * registers, so nothing else touches it between the stores that fill it and
 * the call, or between the call and the loads right after it. A goroutine
 * parked in a receive has the sender write into its frame, which is fine
 * because stacks never move. Struct and array elements are received into
 * fresh heap cells (such a value is the address of its bytes, so it must
 * outlive the next call); large elements always use heap cells. */
#include <string.h>

#include "ssa_build.h"

enum { SCRATCH_MAX = 256 };     /* elements up to this size go in the frame */


static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_blank(Node *e) { return !e || (e->kind == N_IDENT && !strcmp(e->ident.name, "_")); }

int64_t bld_chan_size(Type *t) {
    types_layout(t);
    return t->size;
}

Type *bld_chan_elem(Type *chantype) { return bld_under(chantype)->elem; }

/* The address of off(SP) in the outgoing argument area, which is made at
 * least off+size bytes long. */
Value *bld_chan_scratch(Builder *b, int64_t off, int64_t size, Pos pos) {
    if (off + size > b->f->outargs)
        b->f->outargs = (int)((off + size + 7) & ~7);
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = ssa_sym_sp;
    a->aux = off;
    return a;
}

/* Where a received element of type et goes: nil (dropped or zero-sized), a
 * frame temporary (structs, arrays, large values) or scratch at off(SP). */
Value *bld_chan_recv_place(Builder *b, Type *et, bool drop, int64_t off, Pos pos) {
    int64_t size = bld_chan_size(et);
    if (drop || size == 0)
        return konst(b, 0, pos);
    if (bld_is_mem(et) || size > SCRATCH_MAX)
        return bld_temp(b, et, false, pos);     /* chanrecv writes all of it */
    return bld_chan_scratch(b, off, size, pos);
}

/* The received value at place (see bld_chan_recv_place), read right after
 * the call. */
Words bld_chan_recv_value(Builder *b, Type *et, Value *place, Pos pos) {
    if (place->op == SSA_CONST)
        return bld_zero(b, et, pos);
    return bld_load(b, et, place, pos);
}

/* The address of the value w of type et for a send: nil for a zero-sized
 * type, the value's own bytes for a large struct or array, else a copy at
 * off(SP) (stored here: nothing may call between this and the send). */
Value *bld_chan_send_place(Builder *b, Type *et, Words w, int64_t off, Pos pos) {
    int64_t size = bld_chan_size(et);
    if (size == 0)
        return konst(b, 0, pos);
    if (bld_is_mem(et) && !(w.v[0]->op == SSA_CONST && w.v[0]->aux == 0) && size > SCRATCH_MAX)
        return w.v[0];
    Value *p = size > SCRATCH_MAX ? bld_alloc(b, et, pos) : bld_chan_scratch(b, off, size, pos);
    bld_store(b, et, p, w, pos);
    return p;
}

/* The value of a send or a send case, converted to the element type (an
 * interface element gets the value boxed). */
Words bld_chan_send_value(Builder *b, Node *value, Type *et) {
    return bld_convert_words(b, bld_expr(b, value), value->type, et, value->pos);
}

/* ---- send and receive ---- */

/* c <- v: the channel, then the value, then the communication. */
void bld_send_stmt(Builder *b, Node *s) {
    Type *et = bld_chan_elem(s->send.chan->type);
    Value *c = bld_expr1(b, s->send.chan);
    Words w = bld_chan_send_value(b, s->send.value, et);
    Value *args[2] = {c, bld_chan_send_place(b, et, w, 0, s->pos)};
    bld_call_runtime(b, "chansend1", args, 2, 0, NULL, s->pos);
}

/* Receives from the channel of the receive expression e; *ok (if not NULL)
 * gets whether a value arrived. drop: the value is not used. */
static Words recv(Builder *b, Node *e, Value **ok, bool drop) {
    Node *ch = e->unary.x;
    Type *et = bld_chan_elem(ch->type);
    Value *c = bld_expr1(b, ch);
    Value *place = bld_chan_recv_place(b, et, drop, 0, e->pos);
    Value *args[2] = {c, place}, *res;
    bld_call_runtime(b, ok ? "chanrecv2" : "chanrecv1", args, 2, ok ? 1 : 0, &res, e->pos);
    if (ok)
        *ok = res;
    if (drop)
        return (Words){{0}, 0};
    return bld_chan_recv_value(b, et, place, e->pos);
}

/* <-c as a value. */
Words bld_chan_recv(Builder *b, Node *e) { return recv(b, e, NULL, false); }

/* Whether e is a receive expression <-c. */
bool bld_is_recv(Node *e) {
    e = unparen(e);
    return e && e->kind == N_UNARY && e->unary.op == OP_ARROW;
}

/* The type a left-hand side of :=, = or var has. */
static Type *lhs_type(Node *n) {
    if (n->kind == N_IDENT && n->ident.obj)
        return n->ident.obj->type;
    return n->type;
}

/* v, ok = x, ok with v of element type et, as one assignment (`i, a[i] =
 * <-c` stores to the old i's element); plan has the first phase. */
static void chan_assign(Builder *b, NodeList lhs, LhsPlan *plan, Type *et, Words v, Value *ok, Pos pos) {
    Words w[2] = {{{0}, 0}, {{ok}, 1}};
    if (lhs.len > 0 && !is_blank(lhs.items[0]))
        w[0] = bld_convert_words(b, v, et, lhs_type(lhs.items[0]), pos);
    if (lhs.len > 1 && !ok)
        w[1] = (Words){{konst(b, 1, pos)}, 1};
    if (lhs.len > 1 && !is_blank(lhs.items[1]))
        w[1] = bld_convert_words(b, w[1], TYPE(TYPE_BOOL), lhs_type(lhs.items[1]), pos);
    bld_lhs_end(b, plan, w, pos);
}

/* The assignment of a select case's receive (its left side evaluated now). */
void bld_chan_assign(Builder *b, NodeList lhs, Type *et, Words v, Value *ok, Pos pos) {
    int n = lhs.len < 2 ? lhs.len : 2;
    chan_assign(b, lhs, bld_lhs_begin(b, lhs.items, n), et, v, ok, pos);
}

/* v, ok := <-c, v, ok = <-c and var v, ok = <-c (rhs a receive): calls on
 * the left first (`*f(), ok = <-c`), then the receive, then the stores. */
void bld_recv_assign(Builder *b, NodeList lhs, Node *rhs) {
    rhs = unparen(rhs);
    int n = lhs.len < 2 ? lhs.len : 2;
    LhsPlan *plan = bld_lhs_begin(b, lhs.items, n);
    Value *ok;
    bool drop = is_blank(lhs.items[0]);
    Words v = recv(b, rhs, &ok, drop);
    chan_assign(b, lhs, plan, bld_chan_elem(rhs->unary.x->type), v, ok, rhs->pos);
}

/* ---- builtins ---- */

/* len(c) or cap(c): the word at offset 0 or 8 of the hchan, 0 for nil. */
static Value *chan_count(Builder *b, Value *c, int64_t off, Pos pos) {
    Var *r = bld_new_var(b, TYPE(TYPE_INT));
    bld_write_var(b, r, (Words){{konst(b, 0, pos)}, 1});
    Block *load = bld_block(b), *join = bld_block(b);
    Value *nonnil = ssa_value2(b->f, b->cur, SSA_NE, 1, pos, c, konst(b, 0, pos));
    bld_branch(b, nonnil, load, join);
    bld_seal(b, load);
    bld_start(b, load);
    Value *v = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, c);
    v->aux = off;
    v->mwidth = 8;
    bld_write_var(b, r, (Words){{v}, 1});
    bld_jump(b, join);
    bld_seal(b, join);
    bld_start(b, join);
    return bld_read_var(b, r).v[0];
}

static Value *make_chan(Builder *b, Node *call) {
    NodeList a = call->call.args;
    Type *et = bld_chan_elem(call->type);
    Value *size = a.len > 1 ? bld_convert_words(b, bld_expr(b, a.items[1]), a.items[1]->type, TYPE(TYPE_INT),
                                                a.items[1]->pos).v[0]
                            : konst(b, 0, call->pos);
    Value *args[2] = {konst(b, bld_chan_size(et), call->pos), size}, *c;
    bld_call_runtime(b, "makechan", args, 2, 1, &c, call->pos);
    return c;
}

/* make(chan T[, n]), len, cap and close of channels; false for other types. */
bool bld_chan_builtin(Builder *b, Node *call, Object *o, Words *out) {
    NodeList a = call->call.args;
    Type *u = a.len ? bld_under(a.items[0]->type) : NULL;
    *out = (Words){{0}, 0};
    switch (o->builtin) {
    case BUILTIN_MAKE:
        if (bld_under(call->type)->kind != TYPE_CHAN)
            return false;
        *out = (Words){{make_chan(b, call)}, 1};
        return true;
    case BUILTIN_LEN: case BUILTIN_CAP:
        if (!u || u->kind != TYPE_CHAN)
            return false;
        *out = (Words){{chan_count(b, bld_expr1(b, a.items[0]), o->builtin == BUILTIN_LEN ? 0 : 8, call->pos)}, 1};
        return true;
    case BUILTIN_CLOSE: {
        Value *c = bld_expr1(b, a.items[0]);
        bld_call_runtime(b, "closechan", &c, 1, 0, NULL, call->pos);
        return true;
    }
    default: return false;
    }
}

/* ---- for range over a channel ---- */

/* for v := range c { body }: receive until the channel is closed and empty.
 * False if s does not range over a channel. */
bool bld_chan_range(Builder *b, Node *s, const char *label) {
    Node *x = s->range_stmt.x, *key = s->range_stmt.key;
    if (bld_under(x->type)->kind != TYPE_CHAN)
        return false;
    Type *et = bld_chan_elem(x->type);
    bool drop = is_blank(key);
    Value *c = bld_expr1(b, x);
    Var *cv = bld_new_var(b, x->type);
    bld_write_var(b, cv, (Words){{c}, 1});
    if (s->range_stmt.tok == OP_DEFINE && !drop)   /* Go 1.19: one variable for the whole loop */
        bld_assign_to(b, key, bld_zero(b, lhs_type(key), s->pos));
    Block *head = bld_block(b), *body = bld_block(b), *exit = bld_block(b);
    head->pos = s->pos;
    bld_jump(b, head);
    bld_start(b, head);
    Value *place = bld_chan_recv_place(b, et, drop, 0, s->pos), *ok;
    Value *args[2] = {bld_read_var(b, cv).v[0], place};
    bld_call_runtime(b, "chanrecv2", args, 2, 1, &ok, s->pos);
    Words v = drop ? (Words){{0}, 0} : bld_chan_recv_value(b, et, place, s->pos);
    bld_branch(b, ok, body, exit);
    bld_seal(b, body);
    bld_start(b, body);
    if (!drop)
        bld_assign_existing(b, key, bld_convert_words(b, v, et, lhs_type(key), s->pos));
    Target t;
    bld_push_target(b, &t, label, exit, head);
    bld_stmt(b, s->range_stmt.body);
    b->targets = t.outer;
    bld_jump(b, head);
    bld_seal(b, head);
    bld_seal(b, exit);
    bld_start(b, exit);
    return true;
}
