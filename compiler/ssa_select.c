/* ssa_select.c - the select statement, lowered as Go's walk does it:
 *   select {}                       runtime.block()
 *   one case, no default            the plain send or receive, then the body
 *   one case and a default          runtime.selectnbsend / selectnbrecv
 *   anything else                   runtime.selectgo over an array of scases
 * Every channel and send value is evaluated once, in source order, before
 * anything is chosen. For selectgo the scase array {c, elem} (sends first,
 * then receives), the uint16 order scratch and the elements live in the
 * frame's outgoing argument area (ssa_chan.c): they are stored after the
 * last evaluation, and a received value is loaded first thing in its
 * case's block, so only runtime calls (System V: they leave the caller's
 * frame alone) come in between, never a Go call that could reuse it.
 * break leaves the select; a labeled select is a break target. */
#include <string.h>

#include "ssa_build.h"

typedef struct SelCase {
    Node *clause;
    bool send;
    Type *et;           /* the channel's element type */
    Value *c;           /* the channel */
    Words val;          /* send: the value */
    NodeList lhs;       /* receive: v, ok targets (may be empty) */
    Node *recv;         /* receive: the <-c expression */
    bool drop;          /* receive: the value is not used */
    Value *place;       /* where the element is */
    int index;          /* in the scase array */
} SelCase;


static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_blank(Node *e) { return !e || (e->kind == N_IDENT && !strcmp(e->ident.name, "_")); }

/* Evaluates the channel (and a send's value) of one communication. */
static void eval_case(Builder *b, Node *comm, SelCase *sc) {
    if (comm->kind == N_SEND_STMT) {
        sc->send = true;
        sc->et = bld_chan_elem(comm->send.chan->type);
        sc->c = bld_expr1(b, comm->send.chan);
        sc->val = bld_snapshot(b, sc->et, bld_chan_send_value(b, comm->send.value, sc->et), comm->pos);
        return;
    }
    if (comm->kind == N_EXPR_STMT) {
        sc->recv = unparen(comm->expr_stmt.x);
        sc->lhs = (NodeList){0};
    } else {
        sc->recv = unparen(comm->assign.rhs.items[0]);
        sc->lhs = comm->assign.lhs;
    }
    sc->et = bld_chan_elem(sc->recv->unary.x->type);
    sc->drop = sc->lhs.len == 0 || is_blank(sc->lhs.items[0]);
    sc->c = bld_expr1(b, sc->recv->unary.x);
}

/* The clause's assignment of the received value and ok (read from place
 * before anything else), then its statements; then on to exit. */
static void case_body(Builder *b, SelCase *sc, Value *ok, Block *exit) {
    b->cur->pos = sc->clause->pos;
    if (!sc->send && sc->lhs.len) {
        Words v = sc->drop ? (Words){{0}, 0} : bld_chan_recv_value(b, sc->et, sc->place, sc->recv->pos);
        bld_chan_assign(b, sc->lhs, sc->et, v, ok, sc->recv->pos);
    }
    NodeList body = sc->clause->comm_clause.body;
    for (int i = 0; i < body.len; i++)
        bld_stmt(b, body.items[i]);
    bld_jump(b, exit);
}

/* One case and no default: the plain operation. */
static void single(Builder *b, SelCase *sc, Block *exit) {
    Pos pos = sc->clause->pos;
    Value *ok = NULL;
    if (sc->send) {
        Value *args[2] = {sc->c, bld_chan_send_place(b, sc->et, sc->val, 0, pos)};
        bld_call_runtime(b, "chansend1", args, 2, 0, NULL, pos);
    } else {
        sc->place = bld_chan_recv_place(b, sc->et, sc->drop, 0, pos);
        Value *args[2] = {sc->c, sc->place};
        bool want_ok = sc->lhs.len > 1;
        bld_call_runtime(b, want_ok ? "chanrecv2" : "chanrecv1", args, 2, want_ok ? 1 : 0, &ok, pos);
    }
    case_body(b, sc, ok, exit);
}

/* One case and a default: a non-blocking attempt. */
static void nonblocking(Builder *b, SelCase *sc, Node *dflt, Block *exit) {
    Pos pos = sc->clause->pos;
    Value *selected, *ok = NULL;
    if (sc->send) {
        Value *args[2] = {sc->c, bld_chan_send_place(b, sc->et, sc->val, 0, pos)};
        bld_call_runtime(b, "selectnbsend", args, 2, 1, &selected, pos);
    } else {
        sc->place = bld_chan_recv_place(b, sc->et, sc->drop, 0, pos);
        Value *args[2] = {sc->place, sc->c}, *res[2];
        bld_call_runtime(b, "selectnbrecv", args, 2, 2, res, pos);
        selected = res[0], ok = res[1];
    }
    Block *yes = bld_block(b), *no = bld_block(b);
    bld_branch(b, selected, yes, no);
    bld_seal(b, yes);
    bld_seal(b, no);
    bld_start(b, yes);
    case_body(b, sc, ok, exit);
    bld_start(b, no);
    SelCase d = {.clause = dflt, .send = true};
    case_body(b, &d, NULL, exit);
}

/* The general case: runtime.selectgo, then a jump to the chosen clause. */
static void general(Builder *b, SelCase *cs, int n, Node *dflt, Block *exit, Pos pos) {
    int nsends = 0, nrecvs = 0;
    for (int i = 0; i < n; i++)
        cs[i].index = cs[i].send ? nsends++ : -1;
    for (int i = 0; i < n; i++)
        if (!cs[i].send)
            cs[i].index = nsends + nrecvs++;
    int64_t off = 16 * (int64_t)n + ((4 * (int64_t)n + 7) & ~7);   /* scases, then order0 */
    for (int i = 0; i < n; i++) {   /* only runtime (C) calls from here on: the frame area stays */
        SelCase *sc = &cs[i];
        if (sc->send)
            sc->place = bld_chan_send_place(b, sc->et, sc->val, off, pos);
        else
            sc->place = bld_chan_recv_place(b, sc->et, sc->drop, off, pos);
        off += (bld_chan_size(sc->et) + 7) & ~7;
    }
    Value *cas0 = bld_chan_scratch(b, 0, 16 * (int64_t)n, pos);
    for (int i = 0; i < n; i++) {
        Value *st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, cas0, cs[i].c);
        st->aux = 16 * cs[i].index;
        st->mwidth = 8;
        st = ssa_value2(b->f, b->cur, SSA_STORE, 0, pos, cas0, cs[i].place);
        st->aux = 16 * cs[i].index + 8;
        st->mwidth = 8;
    }
    Value *args[5] = {cas0, bld_chan_scratch(b, 16 * (int64_t)n, 4 * (int64_t)n, pos), konst(b, nsends, pos),
                      konst(b, nrecvs, pos), konst(b, dflt ? 0 : 1, pos)};
    Value *res[2];
    bld_call_runtime(b, "selectgo", args, 5, 2, res, pos);
    Block **bodies = ARENA_NEWN(b->f->arena, Block *, n + 1);
    for (int i = 0; i < n; i++) {
        bodies[i] = bld_block(b);
        bool last = i == n - 1 && !dflt;
        if (last) {
            bld_jump(b, bodies[i]);
            break;
        }
        Block *next = bld_block(b);
        Value *is = ssa_value2(b->f, b->cur, SSA_EQ, 1, pos, res[0], konst(b, cs[i].index, pos));
        bld_branch(b, is, bodies[i], next);
        bld_seal(b, next);
        bld_start(b, next);
    }
    if (dflt) {
        SelCase d = {.clause = dflt, .send = true};
        case_body(b, &d, NULL, exit);
    }
    for (int i = 0; i < n; i++) {
        bld_seal(b, bodies[i]);
        bld_start(b, bodies[i]);
        case_body(b, &cs[i], res[1], exit);
    }
}

void bld_select(Builder *b, Node *s, const char *label) {
    NodeList cl = s->select_stmt.body->block.stmts;
    SelCase *cs = ARENA_NEWN(b->f->arena, SelCase, cl.len + 1);
    Node *dflt = NULL;
    int n = 0;
    for (int i = 0; i < cl.len; i++) {     /* source order: every channel and value once */
        Node *c = cl.items[i];
        if (!c->comm_clause.comm) {
            dflt = c;
            continue;
        }
        cs[n].clause = c;
        eval_case(b, c->comm_clause.comm, &cs[n]);
        n++;
    }
    if (n == 0 && !dflt) {
        bld_call_runtime(b, "block", NULL, 0, 0, NULL, s->pos);
        b->cur->kind = BK_EXIT;
        bld_start_dead(b);
        return;
    }
    Block *exit = bld_block(b);
    Target t;
    bld_push_target(b, &t, label, exit, NULL);
    if (n == 0) {
        SelCase d = {.clause = dflt, .send = true};
        case_body(b, &d, NULL, exit);
    } else if (n == 1 && !dflt)
        single(b, &cs[0], exit);
    else if (n == 1)
        nonblocking(b, &cs[0], dflt, exit);
    else
        general(b, cs, n, dflt, exit, s->pos);
    b->targets = t.outer;
    bld_seal(b, exit);
    bld_start(b, exit);
}
