/* check_stmt.c - statements: blocks and scopes, if/for/switch/range/select,
 * type switches, labels and branches, returns, go/defer, sends and
 * expression statements. Assignments are in check_assign.c, the
 * "terminating statement" rule in check_terminate.c. */
#include <string.h>

#include "arena.h"
#include "check.h"

/* What encloses the statement being checked (for break/continue/fallthrough). */
typedef struct Ctx {
    struct Ctx *outer;
    Node *stmt;         /* the enclosing for/switch statement */
    const char *label;  /* its label or NULL */
    bool is_loop;
} Ctx;

typedef struct StmtState {
    Ctx *ctx;
    bool fallthrough_ok;
} StmtState;

static void stmt(Checker *c, Node *s, StmtState st);
static void range_stmt(Checker *c, Node *s, StmtState st, const char *label);
static void type_switch_stmt(Checker *c, Node *s, StmtState st, const char *label);
static void select_stmt(Checker *c, Node *s, StmtState st, const char *label);

/* An implicit block (if/for/switch headers, case clauses) is also a goto
 * block: variables its header declares are not in the enclosing block. */
static void push_scope(Checker *c) {
    c->scope = scope_new(c->scope, false);
    if (c->block)
        check_block_enter(c, c->block->start);
}

static void pop_scope(Checker *c) {
    c->scope = c->scope->parent;
    if (c->block)
        check_block_leave(c);
}

static void stmt_list(Checker *c, NodeList list, StmtState st) {
    bool ft = st.fallthrough_ok;
    int last = list.len - 1;
    while (last >= 0 && list.items[last]->kind == N_EMPTY_STMT)
        last--;
    for (int i = 0; i < list.len; i++) {
        st.fallthrough_ok = ft && i == last;
        if (c->block)
            c->block->index = i;
        stmt(c, list.items[i], st);
    }
}

/* A statement list that is a block of its own (braces, case clauses). */
static void block_list(Checker *c, Pos start, NodeList list, StmtState st) {
    check_block_enter(c, start);
    stmt_list(c, list, st);
    check_block_leave(c);
}

/* ---- labels ---- */

static Object *find_label(Checker *c, const char *name) { return strmap_get(&c->label_index, name); }

static void collect_labels(Checker *c, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED_STMT: {
        Node *id = s->labeled.label;
        if (!check_is_blank(id->ident.name)) {
            Object *old = find_label(c, id->ident.name);
            if (old) {
                check_error(id->pos, "label %s already defined at %s:%d:%d", id->ident.name, old->pos.file,
                           old->pos.line, old->pos.col);
            } else {
                Object *o = obj_new(OBJ_LABEL, id->ident.name, id->pos, NULL, c->pkg);
                o->decl = s;
                id->ident.obj = o;
                vec_push(&c->labels, o);
                strmap_put(&c->label_index, o->name, o);
            }
        }
        collect_labels(c, s->labeled.stmt);
        break;
    }
    case N_BLOCK_STMT:
        for (int i = 0; i < s->block.stmts.len; i++)
            collect_labels(c, s->block.stmts.items[i]);
        break;
    case N_IF_STMT: collect_labels(c, s->if_stmt.then); collect_labels(c, s->if_stmt.els); break;
    case N_FOR_STMT: collect_labels(c, s->for_stmt.body); break;
    case N_RANGE_STMT: collect_labels(c, s->range_stmt.body); break;
    case N_SWITCH_STMT: collect_labels(c, s->switch_stmt.body); break;
    case N_TYPE_SWITCH_STMT: collect_labels(c, s->type_switch.body); break;
    case N_SELECT_STMT: collect_labels(c, s->select_stmt.body); break;
    case N_CASE_CLAUSE:
        for (int i = 0; i < s->case_clause.body.len; i++)
            collect_labels(c, s->case_clause.body.items[i]);
        break;
    case N_COMM_CLAUSE:
        for (int i = 0; i < s->comm_clause.body.len; i++)
            collect_labels(c, s->comm_clause.body.items[i]);
        break;
    default: break;
    }
}

static void branch(Checker *c, Node *s, StmtState st) {
    Node *lab = s->branch.label;
    switch (s->branch.tok) {
    case OP_GOTO: {
        Object *o = find_label(c, lab->ident.name);
        if (!o) {
            check_error(lab->pos, "label %s not defined", lab->ident.name);
            return;
        }
        o->flags |= OBJF_USED;
        lab->ident.obj = o;
        check_block_goto(c, lab);
        return;
    }
    case OP_FALLTHROUGH:
        if (!st.fallthrough_ok)
            check_error(s->pos, st.ctx && st.ctx->stmt->kind == N_TYPE_SWITCH_STMT
                                    ? "cannot fallthrough in type switch"   /* the innermost breakable one */
                                    : "fallthrough statement out of place");
        return;
    case OP_BREAK:
    case OP_CONTINUE: {
        const char *what = s->branch.tok == OP_BREAK ? "break" : "continue";
        if (lab) {
            Object *o = find_label(c, lab->ident.name);
            if (o)
                o->flags |= OBJF_USED;
            Ctx *x = st.ctx;
            while (x && !(x->label && !strcmp(x->label, lab->ident.name)))
                x = x->outer;
            if (!x && o) {
                check_error(lab->pos, "invalid %s label %s", what, lab->ident.name);
                return;
            }
            if (!x) {
                check_error(lab->pos, "%s label not defined: %s", what, lab->ident.name);
                return;
            }
            if (s->branch.tok == OP_CONTINUE && !x->is_loop) {
                check_error(lab->pos, "invalid continue label %s", lab->ident.name);
                return;
            }
            lab->ident.obj = o;
            return;
        }
        Ctx *x = st.ctx;
        if (s->branch.tok == OP_CONTINUE)
            while (x && !x->is_loop)
                x = x->outer;
        if (!x)
            check_error(s->pos, "%s is not in a loop%s", what, s->branch.tok == OP_BREAK ? ", switch, or select" : "");
        return;
    }
    default: return;
    }
}

/* ---- returns ---- */

static void return_stmt(Checker *c, Node *s) {
    Type *res = c->sig->results;
    if (s->ret.results.len == 0) {
        if (res->nfields > 0 && !(res->fields[0].name && *res->fields[0].name))
            check_error(s->pos, "not enough return values\n\thave ()\n\twant %s", types_string(res));
        return;
    }
    check_return_values(c, s, res);
}

/* ---- control flow ---- */

static void cond_expr(Checker *c, Node *cond, const char *what) {
    check_expr(c, cond, NULL);
    if (cond->mode == MODE_INVALID)
        return;
    if (!types_is_boolean(cond->type)) {
        check_error(check_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    check_set_final_type(cond, types_default(cond->type));
}

static void simple_stmt(Checker *c, Node *s) {
    if (!s)
        return;
    StmtState st = {0};
    stmt(c, s, st);
}

static void if_stmt(Checker *c, Node *s, StmtState st) {
    push_scope(c);
    simple_stmt(c, s->if_stmt.init);
    cond_expr(c, s->if_stmt.cond, "if");
    st.fallthrough_ok = false;
    stmt(c, s->if_stmt.then, st);
    if (s->if_stmt.els)
        stmt(c, s->if_stmt.els, st);
    pop_scope(c);
}

static void for_stmt(Checker *c, Node *s, StmtState st, const char *label) {
    push_scope(c);
    simple_stmt(c, s->for_stmt.init);
    if (s->for_stmt.cond)
        cond_expr(c, s->for_stmt.cond, "for");
    if (s->for_stmt.post) {
        Node *p = s->for_stmt.post;
        if (p->kind == N_ASSIGN_STMT && p->assign.op == OP_DEFINE)
            check_error(p->pos, "cannot declare in post statement of for loop");
        else
            simple_stmt(c, p);
    }
    Ctx ctx = {st.ctx, s, label, true};
    StmtState inner = {&ctx, false};
    stmt(c, s->for_stmt.body, inner);
    pop_scope(c);
}

/* Constant case values must differ (types2 checks switches with a tag). */
static void duplicate_case(Node *v, StrMap *seen) {
    if (v->mode != MODE_CONST || !v->cval)
        return;
    const char *key = arena_printf(perm_arena, "%s|%s", types_string(v->type), const_text(v->cval));
    Node *prev = strmap_get(seen, key);
    if (prev) {
        Pos p = check_start_pos(prev);
        check_error(check_start_pos(v), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                    operand_string(v), p.file, p.line, p.col);
        return;
    }
    strmap_put(seen, key, v);
}

static void case_values(Checker *c, Node *s, Node *clause, StrMap *seen) {
    Node *tag = s->switch_stmt.tag;
    for (int i = 0; i < clause->case_clause.list.len; i++) {
        Node *v = clause->case_clause.list.items[i];
        check_expr(c, v, NULL);
        if (v->mode == MODE_INVALID)
            continue;
        Type *want = tag ? tag->type : TYPE(TYPE_BOOL);
        if (tag && tag->mode == MODE_INVALID)
            continue;
        if (types_is_untyped(v->type) && v->type->kind != TYPE_UNTYPED_NIL) {
            ConstValue *cv = NULL;
            bool ok = true;
            Type *wu = types_underlying(want);
            if (types_is_untyped(want) || wu->kind == TYPE_INTERFACE)
                ok = true;
            else if (v->type->kind == TYPE_UNTYPED_BOOL ? !types_is_boolean(wu)
                     : v->type->kind == TYPE_UNTYPED_STRING ? !types_is_string(wu)
                                                            : !types_is_numeric(wu))
                ok = false;
            else if (v->mode == MODE_CONST && const_representable(v->cval, want, &cv) != REPR_OK)
                ok = false;
            if (!ok) {
                check_error(check_start_pos(v), "cannot convert %s to %s", operand_string(v), types_string(want));
                continue;
            }
        }
        if (!tag) {
            Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = TYPE(TYPE_BOOL)};
            if (types_is_interface(v->type) && check_assignable(v->type, &tmp))
                continue; /* compared with true, which converts to v's interface type */
            if (!types_is_boolean(v->type)) {
                check_error(check_start_pos(v), "invalid case %s in switch (mismatched types %s and bool)",
                           expr_string(v), types_string(v->type));
                continue;
            }
            check_set_final_type(v, TYPE(TYPE_BOOL));
            continue;
        }
        if (tag->mode == MODE_INVALID)
            continue;
        /* the case value is compared with the tag: v == tag */
        if (types_is_untyped(v->type)) {
            check_convert_untyped(c, v, tag->type);
            if (v->mode == MODE_INVALID)
                continue;
        }
        if (!check_assignable(tag->type, v) && !check_assignable(v->type, tag)) {
            check_error(check_start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)",
                       expr_string(v), expr_string(tag), types_string(v->type), types_string(tag->type));
            continue;
        }
        Node *uv = unparen(v);
        bool is_nil = v->type->kind == TYPE_UNTYPED_NIL ||
                      (uv->kind == N_IDENT && uv->ident.obj && uv->ident.obj->kind == OBJ_NIL);
        if (!types_comparable(v->type) && !is_nil) {
            check_error(check_start_pos(v), "invalid case %s in switch on %s (%s)", expr_string(v),
                        expr_string(tag), check_incomparable_cause(v->type));
            continue;
        }
        if (!types_comparable(tag->type) && !is_nil) {
            check_error(check_start_pos(v), "invalid case %s in switch on %s (%s)", expr_string(v),
                        expr_string(tag), check_incomparable_cause(tag->type));
            continue;
        }
        duplicate_case(v, seen);
    }
}

static void switch_stmt(Checker *c, Node *s, StmtState st, const char *label) {
    push_scope(c);
    simple_stmt(c, s->switch_stmt.init);
    Node *tag = s->switch_stmt.tag;
    if (tag) {
        check_expr(c, tag, NULL);
        if (tag->mode != MODE_INVALID)
            check_assignment(c, tag, NULL, "switch expression");
        Type *tu = tag->mode == MODE_INVALID ? NULL : types_underlying(tag->type);
        if (tu && !types_comparable(tag->type) && tu->kind != TYPE_SLICE && tu->kind != TYPE_MAP &&
            tu->kind != TYPE_FUNC) {
            check_error(check_start_pos(tag), "cannot switch on %s (%s is not comparable)", operand_string(tag),
                        types_string(tag->type));
            check_invalidate(tag);
        }
    }
    Ctx ctx = {st.ctx, s, label, false};
    NodeList clauses = s->switch_stmt.body->block.stmts;
    Node *dflt = NULL;
    StrMap seen = {0};
    for (int i = 0; i < clauses.len; i++) {
        Node *cl = clauses.items[i];
        if (cl->case_clause.is_default) {
            if (dflt)
                check_error(cl->pos, "multiple defaults in switch");
            dflt = cl;
        }
        case_values(c, s, cl, &seen);
        push_scope(c);
        StmtState inner = {&ctx, true}; /* a final-case fallthrough is reported below */
        NodeList body = cl->case_clause.body;
        block_list(c, cl->pos, body, inner);
        if (i + 1 == clauses.len && body.len > 0) {
            Node *last = body.items[body.len - 1];
            if (last->kind == N_BRANCH_STMT && last->branch.tok == OP_FALLTHROUGH)
                check_error(last->pos, "cannot fallthrough final case in switch");
        }
        pop_scope(c);
    }
    strmap_free(&seen);
    pop_scope(c);
}

static void expr_stmt(Checker *c, Node *s) {
    Node *x = s->expr_stmt.x;
    check_expr_or_type(c, x);
    if (x->mode == MODE_NOVALUE)
        return;
    check_require_value(c, x);
    if (x->mode == MODE_INVALID)
        return;
    Node *u = unparen(x);
    if (u->kind == N_UNARY && u->unary.op == OP_ARROW)
        return; /* a receive */
    if (u->kind == N_CALL) {
        Node *f = unparen(u->call.fun);
        bool is_builtin = f->mode == MODE_BUILTIN;
        bool is_conv = f->mode == MODE_TYPE;
        Builtin b = is_builtin ? (f->kind == N_IDENT ? f->ident.obj : f->selector.selection->obj)->builtin
                               : BUILTIN_APPEND;
        bool stmt_ok = !is_conv && (!is_builtin || b == BUILTIN_PRINT || b == BUILTIN_PRINTLN ||
                                    b == BUILTIN_PANIC || b == BUILTIN_COPY || b == BUILTIN_CLOSE ||
                                    b == BUILTIN_DELETE || b == BUILTIN_RECOVER);
        if (stmt_ok)
            return;
    }
    check_error(check_start_pos(x), "%s is not used", operand_string(x));
}

static void stmt_labeled(Checker *c, Node *s, StmtState st) {
    Node *inner = s->labeled.stmt;
    const char *label = s->labeled.label->ident.name;
    if (s->labeled.label->ident.obj)
        check_block_label(c, s->labeled.label->ident.obj);
    if (inner && inner->kind == N_FOR_STMT) {
        for_stmt(c, inner, st, label);
        return;
    }
    if (inner && inner->kind == N_SWITCH_STMT) {
        switch_stmt(c, inner, st, label);
        return;
    }
    if (inner && inner->kind == N_SELECT_STMT) {
        select_stmt(c, inner, st, label);
        return;
    }
    if (inner && inner->kind == N_TYPE_SWITCH_STMT) {
        type_switch_stmt(c, inner, st, label);
        return;
    }
    if (inner && inner->kind == N_RANGE_STMT) {
        range_stmt(c, inner, st, label);
        return;
    }
    if (inner)
        stmt(c, inner, st);
}


/* The key and value types of ranging over x, or false (reported). */
static bool range_types(Checker *c, Node *s, Type **key, Type **val) {
    (void)c;
    Node *x = s->range_stmt.x;
    Type *u = types_underlying(x->type);
    if (u->kind == TYPE_POINTER && types_underlying(u->elem)->kind == TYPE_ARRAY)
        u = types_underlying(u->elem);
    *key = TYPE(TYPE_INT);
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        *val = types_rune;
        check_set_final_type(x, TYPE(TYPE_STRING));
        return true;
    case TYPE_ARRAY: case TYPE_SLICE:
        *val = u->elem;
        return true;
    case TYPE_MAP:
        *key = u->key;
        *val = u->elem;
        return true;
    case TYPE_CHAN:
        if (u->dir == CHAN_SEND) {
            check_error(check_start_pos(x), "invalid operation: range %s: receive from send-only channel",
                        expr_string(x));
            return false;
        }
        *key = u->elem;
        *val = NULL;
        if (s->range_stmt.value) {
            check_error(check_start_pos(s->range_stmt.value), "range over %s permits only one iteration variable",
                        operand_string(x));
            return false;
        }
        return true;
    default:
        check_error(check_start_pos(x), "cannot range over %s", operand_string(x));
        return false;
    }
}

/* for k, v := range x: new variables of the key and value types. */
static void range_define(Checker *c, Node *s, Type *key, Type *val, bool ok) {
    Node *ids[2] = {s->range_stmt.key, s->range_stmt.value};
    Type *types[2] = {key, val};
    for (int i = 0; i < 2; i++) {
        Node *id = ids[i];
        if (!id)
            continue;
        if (id->kind != N_IDENT) {
            check_error(check_start_pos(id), "non-name %s on left side of :=", expr_string(id));
            continue;
        }
        Object *o = obj_new(OBJ_VAR, id->ident.name, id->pos, ok ? types[i] : TYPE(TYPE_INVALID), c->pkg);
        o->decl = id;
        o->outer_func = c->func;
        if (!ok)
            o->flags |= OBJF_USED;
        id->ident.obj = o;
        id->mode = MODE_VARIABLE;
        id->type = o->type;
        if (check_is_blank(o->name))
            continue;
        scope_insert(c->scope, o);
        vec_push(&c->locals, o);
    }
}

/* for k, v = range x: assignments of the key and value types. */
static void range_assign(Checker *c, Node *s, Type *key, Type *val, bool ok) {
    Node *lhs[2] = {s->range_stmt.key, s->range_stmt.value};
    Type *types[2] = {key, val};
    for (int i = 0; i < 2; i++) {
        if (!lhs[i])
            continue;
        bool lok = true;
        Type *t = check_lhs_expr(c, lhs[i], &lok);
        if (!ok || !lok || !t)
            continue;
        Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = types[i]};
        if (!check_assignable(t, &tmp))
            check_error(check_start_pos(lhs[i]), "cannot use %s (value of type %s) as type %s in assignment",
                        expr_string(lhs[i]), types_string(types[i]), types_string(t));
    }
}

static void range_stmt(Checker *c, Node *s, StmtState st, const char *label) {
    Node *x = s->range_stmt.x;
    check_expr(c, x, NULL);
    Type *key = NULL, *val = NULL;
    bool ok = x->mode != MODE_INVALID && range_types(c, s, &key, &val);
    push_scope(c);
    if (s->range_stmt.tok == OP_DEFINE)
        range_define(c, s, key, val, ok);
    else if (s->range_stmt.tok == OP_ASSIGN)
        range_assign(c, s, key, val, ok);
    Ctx ctx = {st.ctx, s, label, true};
    StmtState inner = {&ctx, false};
    stmt(c, s->range_stmt.body, inner);
    pop_scope(c);
}

static void type_switch_body(Checker *c, NodeList body, void *arg) {
    Pos start = body.len ? body.items[0]->pos : (Pos){0};
    block_list(c, start, body, *(StmtState *)arg);
}

static void type_switch_stmt(Checker *c, Node *s, StmtState st, const char *label) {
    push_scope(c);
    simple_stmt(c, s->type_switch.init);
    Ctx ctx = {st.ctx, s, label, false};
    StmtState inner = {&ctx, false};
    check_type_switch(c, s, type_switch_body, &inner);
    pop_scope(c);
}

/* ch <- v */
static void send_stmt(Checker *c, Node *s) {
    Node *ch = s->send.chan, *v = s->send.value;
    check_expr(c, ch, NULL);
    check_expr(c, v, NULL);
    if (ch->mode == MODE_INVALID || v->mode == MODE_INVALID)
        return;
    Type *u = types_underlying(ch->type);
    if (u->kind != TYPE_CHAN || u->dir == CHAN_RECV) {
        check_error(check_start_pos(ch), "invalid operation: cannot send to %s %s",
                    u->kind != TYPE_CHAN ? "non-channel" : "receive-only channel", operand_string(ch));
        return;
    }
    check_assignment(c, v, u->elem, "send");
}

/* select { case ...: } : each communication is a send or a receive. */
static void select_stmt(Checker *c, Node *s, StmtState st, const char *label) {
    Ctx ctx = {st.ctx, s, label, false};
    NodeList clauses = s->select_stmt.body->block.stmts;
    Node *dflt = NULL;
    for (int i = 0; i < clauses.len; i++) {
        Node *cl = clauses.items[i];
        Node *comm = cl->comm_clause.comm;
        if (!comm) {
            if (dflt)
                check_error(cl->pos, "multiple defaults in select");
            dflt = cl;
        }
        push_scope(c);
        if (comm) {
            Node *recv = comm->kind == N_EXPR_STMT ? comm->expr_stmt.x
                         : comm->kind == N_ASSIGN_STMT && comm->assign.rhs.len == 1 ? comm->assign.rhs.items[0]
                                                                                   : NULL;
            bool ok = comm->kind == N_SEND_STMT ||
                      (recv && unparen(recv)->kind == N_UNARY && unparen(recv)->unary.op == OP_ARROW);
            if (!ok)
                check_error(comm->pos, "select case must be send or receive (possibly with assignment)");
            else
                simple_stmt(c, comm);
        }
        StmtState inner = {&ctx, false};
        block_list(c, cl->pos, cl->comm_clause.body, inner);
        pop_scope(c);
    }
}

/* go f(x) / defer f(x): a call whose results are discarded (types2's suspendedCall). */
static void suspended_call(Checker *c, Node *s) {
    const char *kw = s->kind == N_GO_STMT ? "go" : "defer";
    Node *x = s->go_defer.call;
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID)
        return;
    Node *u = unparen(x);
    if (u->kind != N_CALL) {
        check_error(check_start_pos(x), "expression in %s must be function call", kw);
        return;
    }
    Node *f = unparen(u->call.fun);
    if (f->mode == MODE_TYPE) {
        check_error(check_start_pos(x), "%s requires function call, not conversion %s", kw, operand_string(x));
        return;
    }
    if (f->mode == MODE_BUILTIN) {
        Object *b = f->kind == N_IDENT ? f->ident.obj : f->selector.selection->obj;
        bool stmt_ok = b->builtin == BUILTIN_PRINT || b->builtin == BUILTIN_PRINTLN || b->builtin == BUILTIN_PANIC ||
                       b->builtin == BUILTIN_COPY || b->builtin == BUILTIN_CLOSE || b->builtin == BUILTIN_DELETE ||
                       b->builtin == BUILTIN_RECOVER;
        if (!stmt_ok)
            check_error(check_start_pos(x), "%s discards result of %s", kw, operand_string(x));
    }
}

static void stmt(Checker *c, Node *s, StmtState st) {
    switch (s->kind) {
    case N_EMPTY_STMT: break;
    case N_DECL_STMT: check_local_decl(c, s->decl_stmt.decl); break;
    case N_LABELED_STMT: stmt_labeled(c, s, st); break;
    case N_EXPR_STMT: expr_stmt(c, s); break;
    case N_INCDEC_STMT: check_incdec(c, s); break;
    case N_ASSIGN_STMT: check_assign_stmt(c, s); break;
    case N_RETURN_STMT: return_stmt(c, s); break;
    case N_BRANCH_STMT: branch(c, s, st); break;
    case N_BLOCK_STMT:
        push_scope(c);
        st.fallthrough_ok = false;
        block_list(c, s->pos, s->block.stmts, st);
        pop_scope(c);
        break;
    case N_IF_STMT: if_stmt(c, s, st); break;
    case N_FOR_STMT: for_stmt(c, s, st, NULL); break;
    case N_SWITCH_STMT: switch_stmt(c, s, st, NULL); break;
    /* not supported yet: report, and count the operands' variables as used */
    case N_GO_STMT:
    case N_DEFER_STMT: suspended_call(c, s); break;
    case N_SEND_STMT: send_stmt(c, s); break;
    case N_SELECT_STMT: select_stmt(c, s, st, NULL); break;
    case N_TYPE_SWITCH_STMT: type_switch_stmt(c, s, st, NULL); break;
    case N_RANGE_STMT: range_stmt(c, s, st, NULL); break;
    default: check_error(s->pos, "gocc: unexpected %s statement", ast_kind_name(s->kind)); break;
    }
}

/* The body of a function: in the function's own scope (shared with the
 * parameters). Labels are per function. */
void check_block(Checker *c, Node *body) {
    BlockInfo *saved_block = c->block;
    Vec saved_gotos = c->gotos;
    StrMap saved_index = c->label_index;
    c->block = NULL;
    c->gotos = (Vec){0};
    c->label_index = (StrMap){0};
    collect_labels(c, body);
    StmtState st = {0};
    block_list(c, body->pos, body->block.stmts, st);
    check_goto_resolve(c);
    strmap_free(&c->label_index);
    c->block = saved_block;
    c->gotos = saved_gotos;
    c->label_index = saved_index;
    for (int i = 0; i < c->labels.len; i++) {
        Object *o = VEC_AT(c->labels, Object *, i);
        if (!(o->flags & OBJF_USED))
            check_error(o->pos, "label %s defined and not used", o->name);
    }
}
