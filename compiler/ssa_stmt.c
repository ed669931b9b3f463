/* ssa_stmt.c - statements to SSA: assignments (plain, tuple, op=, ++/--),
 * declarations, if, the three forms of for, expression and tagless switch
 * with fallthrough, labels with goto/break/continue, return, and the
 * function body with its parameters and named results. */
#include <string.h>

#include "ssa_build.h"

static void stmt(Builder *b, Node *s);

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_blank(Node *e) { return e->kind == N_IDENT && !strcmp(e->ident.name, "_"); }

static void stmts(Builder *b, NodeList l) {
    for (int i = 0; i < l.len; i++)
        stmt(b, l.items[i]);
}

/* ---- assignment ---- */

static bool is_local(Object *o) { return o->kind == OBJ_VAR && !(o->flags & OBJF_GLOBAL); }

static void assign_to(Builder *b, Node *lhs, Words w) {
    lhs = unparen(lhs);
    if (bld_map_assign(b, lhs, w))
        return;
    if (is_blank(lhs) || bld_mem_assign(b, lhs, w))
        return;
    Object *o = bld_named_object(lhs);
    if (o && o->kind == OBJ_VAR) {
        if (is_local(o))
            bld_write_var(b, bld_var_of(b, o), w);
        else
            bld_store_global(b, o, w, lhs->pos);
        return;
    }
    bld_unsupported(b, lhs->pos, "assignment to this kind of expression");
}

/* The second phase of an assignment to several operands (`i, x[i] = ...`,
 * `for i, x[i] = range ...`): the index expressions and pointer
 * indirections of every left-hand side are evaluated first, then the values
 * are stored left to right, as the spec orders it. */
struct LhsPlan {
    Node **lhs;
    int n;
    MapRef **mrefs;     /* m[k] = v: map and key early, mapassign in phase two */
    LhsEarly **early;   /* operands with calls, evaluated before the rhs */
};

/* Phase one: the left-hand sides that contain calls are evaluated now,
 * left to right, before the caller evaluates the right-hand side. */
LhsPlan *bld_lhs_begin(Builder *b, Node **lhs, int n) {
    LhsPlan *p = ARENA_NEW(b->f->arena, LhsPlan);
    p->lhs = lhs;
    p->n = n;
    p->mrefs = ARENA_NEWN(b->f->arena, MapRef *, n + 1);
    p->early = ARENA_NEWN(b->f->arena, LhsEarly *, n + 1);
    for (int i = 0; i < n; i++) {
        if (!lhs[i] || !check_has_call(lhs[i]))
            continue;
        p->mrefs[i] = bld_map_lhs(b, lhs[i]);
        if (!p->mrefs[i])
            p->early[i] = bld_lhs_early(b, lhs[i]);
    }
    return p;
}

/* Phase two: the other left-hand sides' operands, then the stores, left to right. */
void bld_lhs_end(Builder *b, LhsPlan *p, Words *vals, Pos pos) {
    Node **lhs = p->lhs;
    Value **addrs = ARENA_NEWN(b->f->arena, Value *, p->n + 1);
    for (int i = 0; i < p->n; i++) {
        if (!lhs[i] || is_blank(unparen(lhs[i])))
            continue;
        if (p->early[i])
            addrs[i] = bld_lhs_late(b, p->early[i]);
        else if (!p->mrefs[i] && !(p->mrefs[i] = bld_map_lhs(b, lhs[i])))
            addrs[i] = bld_lhs_addr(b, lhs[i]);
    }
    for (int i = 0; i < p->n; i++)
        if (p->mrefs[i])
            bld_map_lhs_store(b, p->mrefs[i], vals[i]);
        else if (addrs[i])
            bld_store(b, lhs[i]->type, addrs[i], vals[i], pos);
        else if (lhs[i])
            assign_to(b, lhs[i], vals[i]);
}

void bld_assign_parallel(Builder *b, Node **lhs, Words *vals, int n, Pos pos) {
    bld_lhs_end(b, bld_lhs_begin(b, lhs, n), vals, pos);
}

/* Splits the words of a multi-value call among the left-hand sides. */
static void assign_tuple(Builder *b, NodeList lhs, LhsPlan *plan, Words all, Type *tuple) {
    int k = 0, n = lhs.len < tuple->nfields ? lhs.len : tuple->nfields;
    Words *vals = ARENA_NEWN(b->f->arena, Words, n + 1);
    for (int i = 0; i < n; i++) {
        WordType wt[MAXWORDS];
        int nw = bld_type_words(tuple->fields[i].type, wt);
        vals[i] = (Words){{0}, nw < 0 ? 0 : nw};
        for (int j = 0; j < vals[i].n; j++)   /* fewer words only after an error */
            vals[i].v[j] = k < all.n ? all.v[k++] : ssa_value0(b->f, b->cur, SSA_UNDEF, 8, lhs.items[i]->pos);
        if (!is_blank(lhs.items[i]))
            vals[i] = bld_iface_convert(b, vals[i], tuple->fields[i].type, lhs.items[i]->type, lhs.items[i]->pos);
    }
    bld_lhs_end(b, plan, vals, n ? lhs.items[0]->pos : (Pos){0});
}

static void op_assign(Builder *b, Node *s) {
    Node *lhs = s->assign.lhs.items[0], *rhs = s->assign.rhs.items[0];
    Value *addr = bld_lhs_addr(b, lhs);     /* a[f()] += x evaluates f() once */
    Words x = addr ? bld_load(b, lhs->type, addr, lhs->pos) : bld_expr(b, lhs), y = bld_expr(b, rhs);
    Words r = bld_binary(b, s->assign.op, lhs->type, x, y, rhs->type, s->pos);
    if (addr)
        bld_store(b, lhs->type, addr, r, s->pos);
    else
        assign_to(b, lhs, r);
}

static void assign_stmt(Builder *b, Node *s) {
    NodeList lhs = s->assign.lhs, rhs = s->assign.rhs;
    if (bld_map_stmt(b, s))
        return;
    if (s->assign.op != OP_ASSIGN && s->assign.op != OP_DEFINE) {
        op_assign(b, s);
        return;
    }
    if (rhs.len == 1 && lhs.len > 1) {
        Node *r = unparen(rhs.items[0]);
        if (bld_is_recv(r)) {
            bld_recv_assign(b, lhs, r);
            return;
        }
        if (bld_commaok_assign(b, lhs, r, s->pos))
            return;
        if (r->kind != N_CALL || !r->type || r->type->kind != TYPE_TUPLE) {
            bld_unsupported(b, s->pos, "this comma-ok assignment");
            return;
        }
        LhsPlan *plan = bld_lhs_begin(b, lhs.items, lhs.len < r->type->nfields ? lhs.len : r->type->nfields);
        assign_tuple(b, lhs, plan, bld_call(b, r), r->type);
        return;
    }
    if (lhs.len == 1 && rhs.len == 1 && s->assign.op == OP_ASSIGN && bld_assign_index_first(b, lhs.items[0], rhs.items[0]))
        return;
    int n = lhs.len < rhs.len ? lhs.len : rhs.len;
    LhsPlan *plan = lhs.len > 1 ? bld_lhs_begin(b, lhs.items, n) : NULL;
    Words *vals = ARENA_NEWN(b->f->arena, Words, rhs.len + 1);
    for (int i = 0; i < rhs.len; i++) {
        vals[i] = bld_expr(b, rhs.items[i]);
        if (!is_blank(lhs.items[i]))
            vals[i] = bld_convert_words(b, vals[i], rhs.items[i]->type, lhs.items[i]->type, s->pos);
    }
    if (lhs.len > 1) {  /* both phases of a tuple assignment: evaluate everything, then store */
        for (int i = 0; i < rhs.len; i++)
            vals[i] = bld_snapshot(b, rhs.items[i]->type, vals[i], s->pos);
        bld_lhs_end(b, plan, vals, s->pos);
        return;
    }
    for (int i = 0; i < lhs.len && i < rhs.len; i++)
        assign_to(b, lhs.items[i], vals[i]);
}

static void incdec(Builder *b, Node *s) {
    Node *x = s->incdec.x;
    if (bld_map_incdec(b, s))
        return;
    Value *addr = bld_lhs_addr(b, x);
    Words v = addr ? bld_load(b, x->type, addr, x->pos) : bld_expr(b, x);
    Words one = {{ssa_const(b->f, b->cur, 1, s->pos)}, 1};
    Words r = bld_binary(b, s->incdec.op == OP_INC ? OP_ADD : OP_SUB, x->type, v, one, x->type, s->pos);
    if (addr)
        bld_store(b, x->type, addr, r, s->pos);
    else
        assign_to(b, x, r);
}

static void var_decl(Builder *b, Node *gd) {
    for (int i = 0; i < gd->gen_decl.specs.len; i++) {
        Node *spec = gd->gen_decl.specs.items[i];
        if (gd->gen_decl.tok != OP_VAR)
            continue;   /* const and type declarations need no code */
        NodeList names = spec->value_spec.names, values = spec->value_spec.values;
        if (values.len == 1 && bld_map_commaok(b, names, values.items[0], spec->pos))
            continue;
        if (values.len == 1 && names.len > 1) {
            Node *r = unparen(values.items[0]);
            if (bld_is_recv(r)) {
                bld_recv_assign(b, names, r);
                continue;
            }
            if (bld_commaok_assign(b, names, r, spec->pos))
                continue;
            if (r->kind == N_CALL && r->type && r->type->kind == TYPE_TUPLE)
                assign_tuple(b, names, bld_lhs_begin(b, names.items, names.len < r->type->nfields ? names.len : r->type->nfields),
                             bld_call(b, r), r->type);
            else
                bld_unsupported(b, spec->pos, "this comma-ok declaration");
            continue;
        }
        Words *vals = ARENA_NEWN(b->f->arena, Words, names.len + 1);
        for (int k = 0; k < names.len; k++) {
            Node *id = names.items[k];
            Type *t = id->ident.obj ? id->ident.obj->type : id->type;
            vals[k] = k < values.len ? bld_convert_words(b, bld_expr(b, values.items[k]),
                                                          values.items[k]->type, t, id->pos)
                                     : bld_zero(b, t, id->pos);
        }
        for (int k = 0; k < names.len; k++)
            assign_to(b, names.items[k], vals[k]);
    }
}

/* ---- control flow ---- */

static void switch_stmt(Builder *b, Node *s, const char *label);

static void if_stmt(Builder *b, Node *s) {
    if (s->if_stmt.init)
        stmt(b, s->if_stmt.init);
    Block *then = bld_block(b), *els = s->if_stmt.els ? bld_block(b) : NULL, *join = bld_block(b);
    bld_cond(b, s->if_stmt.cond, then, els ? els : join);
    bld_seal(b, then);
    bld_start(b, then);
    stmt(b, s->if_stmt.then);
    bld_jump(b, join);
    if (s->if_stmt.els) {
        bld_seal(b, els);
        bld_start(b, els);
        stmt(b, s->if_stmt.els);
        bld_jump(b, join);
    }
    bld_seal(b, join);
    bld_start(b, join);
}

static void push_target(Builder *b, Target *t, const char *label, Block *brk, Block *cont) {
    *t = (Target){b->targets, label, brk, cont};
    b->targets = t;
}

static void for_stmt(Builder *b, Node *s, const char *label) {
    if (s->for_stmt.init)
        stmt(b, s->for_stmt.init);
    Block *head = bld_block(b), *body = bld_block(b), *post = bld_block(b), *exit = bld_block(b);
    head->pos = s->pos;
    bld_jump(b, head);
    bld_start(b, head);
    if (s->for_stmt.cond)
        bld_cond(b, s->for_stmt.cond, body, exit);
    else
        bld_jump(b, body);
    bld_seal(b, body);
    bld_start(b, body);
    Target t;
    push_target(b, &t, label, exit, post);
    stmt(b, s->for_stmt.body);
    b->targets = t.outer;
    bld_jump(b, post);
    bld_seal(b, post);
    bld_start(b, post);
    if (s->for_stmt.post)
        stmt(b, s->for_stmt.post);
    bld_jump(b, head);
    bld_seal(b, head);
    bld_seal(b, exit);
    bld_start(b, exit);
}

/* The test of one case expression against the tag (or the condition itself). */
static void case_test(Builder *b, Node *sw, Var *tag, Node *e, Block *match, Block *next) {
    Node *tagn = sw->switch_stmt.tag;
    if (!tagn) {
        bld_cond(b, e, match, next);
        return;
    }
    Words x = bld_read_var(b, tag);
    if (bld_case_compare(b, tagn->type, x, e, match, next))
        return;
    Words y = bld_convert_words(b, bld_expr(b, e), e->type, tagn->type, e->pos);
    bld_branch_compare(b, OP_EQL, tagn->type, x, y, match, next, e->pos);
}

/* Dispatch tests in source order, then the bodies in source order so that
 * fallthrough jumps to the next body. */
static void switch_stmt(Builder *b, Node *s, const char *label) {
    if (s->switch_stmt.init)
        stmt(b, s->switch_stmt.init);
    Var *tag = NULL;
    if (s->switch_stmt.tag) {
        tag = bld_new_var(b, s->switch_stmt.tag->type);
        bld_write_var(b, tag, bld_expr(b, s->switch_stmt.tag));
    }
    NodeList cl = s->switch_stmt.body->block.stmts;
    Block **bodies = ARENA_NEWN(b->f->arena, Block *, cl.len + 1);
    Block *exit = bld_block(b), *dflt = exit;
    for (int i = 0; i < cl.len; i++)
        bodies[i] = bld_block(b);
    for (int i = 0; i < cl.len; i++) {
        Node *c = cl.items[i];
        if (c->case_clause.is_default)
            dflt = bodies[i];
        for (int k = 0; k < c->case_clause.list.len; k++) {
            Block *next = bld_block(b);
            case_test(b, s, tag, c->case_clause.list.items[k], bodies[i], next);
            bld_seal(b, next);
            bld_start(b, next);
        }
    }
    bld_jump(b, dflt);
    Target t;
    push_target(b, &t, label, exit, NULL);
    Block *saved = b->fallthrough;
    for (int i = 0; i < cl.len; i++) {
        bld_start(b, bodies[i]);
        b->cur->pos = cl.items[i]->pos;
        b->fallthrough = i + 1 < cl.len ? bodies[i + 1] : NULL;
        stmts(b, cl.items[i]->case_clause.body);
        bld_jump(b, exit);
    }
    b->fallthrough = saved;
    b->targets = t.outer;
    for (int i = 0; i < cl.len; i++)
        bld_seal(b, bodies[i]);
    bld_seal(b, exit);
    bld_start(b, exit);
}

/* ---- labels and branches ---- */

static Block *label_block(Builder *b, const char *name) {
    Block *blk = strmap_get(&b->labels, name);
    if (!blk) {
        blk = bld_block(b);
        strmap_put(&b->labels, name, blk);
    }
    return blk;
}

static void labeled(Builder *b, Node *s) {
    const char *name = s->labeled.label->ident.name;
    Block *blk = label_block(b, name);
    blk->pos = s->pos;
    bld_jump(b, blk);
    bld_start(b, blk);
    Node *inner = s->labeled.stmt;
    if (inner && inner->kind == N_FOR_STMT)
        for_stmt(b, inner, name);
    else if (inner && inner->kind == N_SWITCH_STMT)
        switch_stmt(b, inner, name);
    else if (inner && inner->kind == N_TYPE_SWITCH_STMT)
        bld_type_switch(b, inner, name);
    else if (inner && inner->kind == N_RANGE_STMT)
        bld_range(b, inner, name);
    else if (inner && inner->kind == N_SELECT_STMT)
        bld_select(b, inner, name);
    else if (inner)
        stmt(b, inner);
}

static Target *find_target(Builder *b, Node *label, bool cont) {
    for (Target *t = b->targets; t; t = t->outer) {
        if (cont && !t->cont)
            continue;
        if (!label || (t->label && !strcmp(t->label, label->ident.name)))
            return t;
    }
    return NULL;
}

static void branch(Builder *b, Node *s) {
    Node *label = s->branch.label;
    switch (s->branch.tok) {
    case OP_GOTO:
        bld_jump(b, label_block(b, label->ident.name));
        return;
    case OP_FALLTHROUGH:
        if (b->fallthrough)
            bld_jump(b, b->fallthrough);
        return;
    default: {
        bool cont = s->branch.tok == OP_CONTINUE;
        Target *t = find_target(b, label, cont);
        if (!t) {
            bld_unsupported(b, s->pos, "this branch statement");
            return;
        }
        bld_jump(b, cont ? t->cont : t->brk);
    }
    }
}

static void return_stmt(Builder *b, Node *s) {
    Value *rets[ABI_MAX_WORDS];
    NodeList l = s->ret.results;
    Type *res = b->sig->results;
    Words *vals = ARENA_NEWN(b->f->arena, Words, res->nfields + 1);
    if (l.len == 0 && b->results) {
        for (int i = 0; i < res->nfields; i++) {
            vals[i] = bld_read_var(b, b->results[i]);
            if (b->results[i]->boxed)
                vals[i] = bld_load(b, res->fields[i].type, vals[i].v[0], s->pos);
        }
    } else if (l.len == 1 && res->nfields > 1) {
        Node *call = unparen(l.items[0]);
        Words all = bld_call(b, call);
        for (int i = 0, k = 0; i < res->nfields && i < call->type->nfields; i++) {
            WordType wt[MAXWORDS];
            int n = bld_type_words(call->type->fields[i].type, wt);
            vals[i].n = n < 0 ? 0 : n;
            for (int j = 0; j < vals[i].n && k < all.n; j++)
                vals[i].v[j] = all.v[k++];
            vals[i] = bld_iface_convert(b, vals[i], call->type->fields[i].type, res->fields[i].type, s->pos);
        }
    } else {
        for (int i = 0; i < l.len && i < res->nfields; i++)
            vals[i] = bld_convert_words(b, bld_expr(b, l.items[i]), l.items[i]->type, res->fields[i].type,
                                        l.items[i]->pos);
    }
    if (b->has_defer && b->results)
        bld_defer_named_return(b, vals, l.len > 0, s->pos);
    int n = bld_abi_ret(b, b->abi, vals, rets, s->pos);
    b->cur->kind = BK_RET;
    b->cur->pos = s->pos;
    ssa_set_rets(b->f, b->cur, rets, n);
    bld_start_dead(b);
}

static void stmt(Builder *b, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case N_EMPTY_STMT: return;
    case N_BLOCK_STMT: stmts(b, s->block.stmts); return;
    case N_EXPR_STMT: bld_expr(b, s->expr_stmt.x); return;
    case N_ASSIGN_STMT: assign_stmt(b, s); return;
    case N_INCDEC_STMT: incdec(b, s); return;
    case N_DECL_STMT: var_decl(b, s->decl_stmt.decl); return;
    case N_IF_STMT: if_stmt(b, s); return;
    case N_FOR_STMT: for_stmt(b, s, NULL); return;
    case N_SWITCH_STMT: switch_stmt(b, s, NULL); return;
    case N_LABELED_STMT: labeled(b, s); return;
    case N_BRANCH_STMT: branch(b, s); return;
    case N_RETURN_STMT: return_stmt(b, s); return;
    case N_GO_STMT: bld_go_stmt(b, s); return;
    case N_DEFER_STMT: bld_defer_stmt(b, s); return;
    case N_RANGE_STMT: bld_range(b, s, NULL); return;
    case N_SELECT_STMT: bld_select(b, s, NULL); return;
    case N_SEND_STMT: bld_send_stmt(b, s); return;
    case N_TYPE_SWITCH_STMT: bld_type_switch(b, s, NULL); return;
    default: bld_unsupported(b, s->pos, "this statement"); return;
    }
}

/* ---- the function ---- */

/* Incoming argument words become SSA_ARGs; named parameters become variables. */
static void params(Builder *b, Node *ftype, Type *tuple, int nrecv) {
    NodeList l = ftype->func_type.params;
    int k = 0;
    for (int i = 0; i < l.len; i++) {
        Node *fld = l.items[i];
        int nnames = fld->field.names.len ? fld->field.names.len : 1;
        for (int j = 0; j < nnames && k < tuple->nfields; j++, k++) {
            Words w = bld_abi_param(b, b->abi, nrecv + k, fld->pos);
            if (fld->field.names.len)
                assign_to(b, fld->field.names.items[j], w);
        }
    }
}

/* Result word count; named results become zeroed variables. */
static int results(Builder *b, Node *ftype, Type *tuple) {
    NodeList l = ftype->func_type.results;
    int words = 0, k = 0;
    if (!l.len || !l.items[0]->field.names.len)
        return words;
    b->results = ARENA_NEWN(b->f->arena, Var *, tuple->nfields + 1);
    for (int i = 0; i < l.len; i++) {
        Node *fld = l.items[i];
        for (int j = 0; j < fld->field.names.len && k < tuple->nfields; j++, k++) {
            Node *id = fld->field.names.items[j];
            Object *o = id->ident.obj;
            if (b->has_defer) {
                b->results[k] = bld_defer_result_var(b, o, tuple->fields[k].type, k, id->pos);
                continue;
            }
            b->results[k] = o ? bld_var_of(b, o) : bld_new_var(b, tuple->fields[k].type);
            if (o && b->results[k]->boxed)
                bld_mem_assign(b, id, bld_zero(b, tuple->fields[k].type, id->pos));
            else
                bld_write_var(b, b->results[k], bld_zero(b, tuple->fields[k].type, id->pos));
        }
    }
    return words;
}

void bld_func_body(Builder *b, Object *fn) {
    Node *fd = fn->decl;
    bool lit = fd->kind == N_FUNC_LIT;
    Node *ftype = lit ? fd->func_lit.type : fd->func_decl.type;
    Node *body = lit ? fd->func_lit.body : fd->func_decl.body;
    Node *recv = lit ? NULL : fd->func_decl.recv;
    b->sig = fn->type;
    Block *entry = bld_block(b);
    entry->sealed = true;
    entry->pos = fd->pos;
    bld_start(b, entry);
    b->abi = bld_abi_sig(b, fn->type, fd->pos);
    b->f->nargs = bld_abi_entry(b, b->abi, fd->pos);
    if (lit)
        bld_closure_context(b, fd);
    if (recv)
        bld_method_recv_param(b, recv, b->abi);
    params(b, ftype, fn->type->params, recv ? 1 : 0);
    b->has_defer = bld_body_defers(body);
    results(b, ftype, fn->type->results);
    b->f->nresults = bld_abi_nregres(b->abi);
    stmt(b, body);
    Node ret = {0};
    ret.kind = N_RETURN_STMT;
    ret.pos = body->block.rbrace.line ? body->block.rbrace : fd->pos;
    if (!b->sig->results->nfields || b->results)
        return_stmt(b, &ret);
    else {
        b->cur->kind = BK_RET;      /* unreachable: the checker ensured a terminating statement */
        ssa_set_rets(b->f, b->cur, NULL, 0);
    }
    bld_defer_finish(b);
    bld_start(b, NULL);
    for (int i = 0; i < b->f->nblocks; i++)
        bld_seal(b, b->f->blocks[i]);
}

/* Entry points for the other statement builders (ssa_slice.c). */
void bld_stmt(Builder *b, Node *s) { stmt(b, s); }
void bld_assign_to(Builder *b, Node *lhs, Words w) { assign_to(b, lhs, w); }
void bld_push_target(Builder *b, Target *t, const char *label, Block *brk, Block *cont) {
    push_target(b, t, label, brk, cont);
}
