/* parse_stmt.c - building if, for, range, switch and select statements from
 * their parsed pieces, with the checks Go's parser makes on them: a header's
 * condition must be an expression, no declaration in a for loop's post
 * statement, .(type) only as a type switch guard. */
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "parse_impl.h"
#include "parse.tab.h"

Header *parse_header(Node *init, Node *cond, Node *post, Tok *semi, int nsemi) {
    Header *h = ARENA_NEW(perm_arena, Header);
    h->init = init;
    h->cond = cond;
    h->post = post;
    h->nsemi = nsemi;
    if (semi)
        h->semi = *semi;
    return h;
}

static int is_guard(Node *x) { return x && x->kind == N_TYPE_ASSERT && x->assert.type == NULL; }

static void use_guard(Parser *p, Node *g) {
    for (int i = p->type_guards->len - 1; i >= 0; i--)
        if (p->type_guards->items[i] == g) {
            p->type_guards->items[i] = NULL;
            return;
        }
}

void parse_check_guards(Parser *p) {
    for (int i = 0; i < p->type_guards->len; i++)
        if (p->type_guards->items[i])
            parse_error(p, p->type_guards->items[i]->pos, "invalid AST: use of .(type) outside type switch");
}

/* The condition of a header: an expression statement's expression. */
static Node *header_expr(Parser *p, Node *s) {
    if (!s)
        return NULL;
    if (s->kind == N_EXPR_STMT)
        return s->expr_stmt.x;
    Buf b = {0};
    Pos pos = s->pos;
    if (s->kind == N_ASSIGN_STMT && s->assign.op == OP_ASSIGN) {
        buf_puts(&b, "assignment (");
        ast_print_list(&b, s->assign.lhs);
        buf_puts(&b, ") = (");
        ast_print_list(&b, s->assign.rhs);
        buf_puts(&b, ")");
    } else {
        ast_print(&b, s);
    }
    if (s->kind == N_ASSIGN_STMT)
        pos = s->assign.oppos;
    if (s->kind == N_SEND_STMT)
        pos = s->send.arrow;
    parse_error(p, pos, "syntax error: cannot use %s as value", buf_cstr(&b));
    buf_free(&b);
    return NULL;
}

Node *parse_if(Parser *p, Tok kw, Header *h, Node *body, Node *els) {
    Node *n = ast_new(N_IF_STMT, kw.pos);
    n->if_stmt.init = h->init;
    n->if_stmt.cond = header_expr(p, h->cond);
    if (!h->cond) {
        if (h->nsemi && strcmp(h->semi.lit, "semicolon") != 0)
            parse_error(p, h->semi.pos, "syntax error: unexpected %s, expecting { after if clause", h->semi.lit);
        else
            parse_error(p, h->nsemi ? h->semi.pos : body->pos, "syntax error: missing condition in if statement");
    }
    n->if_stmt.then = body;
    n->if_stmt.els = els;
    return n;
}

/* After a syntax error in a header the parser resumes at its block (as Go's
 * parser does); the statement becomes a block so later stages see one. */
Node *parse_bad_header(Parser *p, Tok kw, Node *body) {
    (void)p;
    (void)kw;
    return body;
}

Node *parse_for(Parser *p, Tok kw, Header *h, Node *body) {
    if (h->range) {
        h->range->pos = kw.pos;
        h->range->range_stmt.body = body;
        return h->range;
    }
    Node *n = ast_new(N_FOR_STMT, kw.pos);
    n->for_stmt.init = h->init;
    n->for_stmt.cond = header_expr(p, h->cond);
    n->for_stmt.post = h->post;
    n->for_stmt.body = body;
    Node *post = h->post;
    if (post && post->kind == N_ASSIGN_STMT && post->assign.op == OP_DEFINE)
        parse_error(p, post->assign.oppos, "syntax error: cannot declare in post statement of for loop");
    return n;
}

Node *parse_range(Parser *p, Tok pos, PList *lhs, Op tok, Node *x) {
    Node *n = ast_new(N_RANGE_STMT, pos.pos);
    n->range_stmt.tok = tok;
    n->range_stmt.x = x;
    if (lhs) {
        n->range_stmt.key = lhs->items[0];
        if (lhs->len > 1)
            n->range_stmt.value = lhs->items[1];
        if (lhs->len > 2)
            parse_error(p, lhs->items[2]->pos, "range clause permits at most two iteration variables");
    }
    return n;
}

Node *parse_case(Parser *p, Tok kw, PList *list, Node *comm) {
    (void)p;
    Node *n = ast_new(N_CASE_CLAUSE, kw.pos);
    if (comm)
        n->case_clause.list = ast_list(&comm, 1);
    else if (list)
        n->case_clause.list = plist_done(list);
    return n;
}

/* A clause's last statement must be followed by ';' unless the block ends:
 * `case 1: x case 2:` is an error, as in Go. Called when the clause has been
 * reduced, with the following token as lookahead. */
void parse_case_end(Parser *p) {
    int k = p->last_kind;
    if ((k == CASE || k == DEFAULT) && p->prev_kind != ';' && p->prev_kind != ':')
        parse_error(p, p->last_tok.pos, "syntax error: unexpected %s at end of statement",
                    k == CASE ? "case" : "default");
}

static int is_stmt(Node *n) { return n->kind == N_ASSIGN_STMT || n->kind == N_SEND_STMT; }

/* A receive <-c, possibly parenthesised (Go accepts `case x := (<-c):`). */
static int is_recv(Node *x) {
    while (x->kind == N_PAREN)
        x = x->paren.x;
    return x->kind == N_UNARY && x->unary.op == OP_ARROW;
}

/* A select case: send, receive, or receive assigned with = or :=. */
static int is_comm(Node *s) {
    switch (s->kind) {
    case N_SEND_STMT: return 1;
    case N_EXPR_STMT: return is_recv(s->expr_stmt.x);
    case N_ASSIGN_STMT:
        return (s->assign.op == OP_ASSIGN || s->assign.op == OP_DEFINE) && s->assign.rhs.len == 1 &&
               s->assign.lhs.len <= 2 && is_recv(s->assign.rhs.items[0]);
    default: return 0;
    }
}

static Node *clause_block(Tok lb, PList *clauses, Tok rb) {
    Node *b = ast_new(N_BLOCK_STMT, lb.pos);
    b->block.stmts = plist_done(clauses);
    b->block.rbrace = rb.pos;
    return b;
}

Node *parse_switch(Parser *p, Tok kw, Header *h, Tok lb, PList *clauses, Tok rb) {
    for (int i = 0; i < clauses->len; i++) {
        NodeList l = clauses->items[i]->case_clause.list;
        if (l.len == 1 && is_stmt(l.items[0])) {
            Node *s = l.items[0];
            Pos at = s->kind == N_SEND_STMT ? s->send.arrow : s->assign.oppos;
            parse_error(p, at, "syntax error: unexpected %s, expecting :",
                        s->kind == N_SEND_STMT ? "<-" : ast_op_string(s->assign.op));
        }
    }
    Node *c = h->cond, *guard = NULL, *bind = NULL;
    if (c && c->kind == N_EXPR_STMT && is_guard(c->expr_stmt.x)) {
        guard = c->expr_stmt.x;
    } else if (c && c->kind == N_ASSIGN_STMT && c->assign.op == OP_DEFINE && c->assign.rhs.len == 1 &&
               is_guard(c->assign.rhs.items[0])) {
        guard = c->assign.rhs.items[0];
        bind = c->assign.lhs.items[0];
        if (c->assign.lhs.len != 1 || bind->kind != N_IDENT) {
            Buf b = {0};
            ast_print(&b, c);
            parse_error(p, c->assign.oppos, "syntax error: cannot use %s as value", buf_cstr(&b));
            buf_free(&b);
        }
    }
    if (guard) {
        use_guard(p, guard);
        Node *n = ast_new(N_TYPE_SWITCH_STMT, kw.pos);
        n->type_switch.init = h->init;
        n->type_switch.bind = bind;
        n->type_switch.x = guard->assert.x;
        n->type_switch.body = clause_block(lb, clauses, rb);
        return n;
    }
    Node *n = ast_new(N_SWITCH_STMT, kw.pos);
    n->switch_stmt.init = h->init;
    n->switch_stmt.tag = header_expr(p, c);
    n->switch_stmt.body = clause_block(lb, clauses, rb);
    return n;
}

Node *parse_select(Parser *p, Tok kw, Tok lb, PList *clauses, Tok rb) {
    for (int i = 0; i < clauses->len; i++) {
        Node *c = clauses->items[i];
        Node *cc = ast_new(N_COMM_CLAUSE, c->pos);
        NodeList l = c->case_clause.list;
        cc->comm_clause.body = c->case_clause.body;
        if (l.len == 1 && is_stmt(l.items[0])) {
            cc->comm_clause.comm = l.items[0];
        } else if (l.len >= 1) {
            Node *s = ast_new(N_EXPR_STMT, l.items[0]->pos);
            s->expr_stmt.x = l.items[0];
            cc->comm_clause.comm = s;
        }
        if (l.len > 1 || (cc->comm_clause.comm && !is_comm(cc->comm_clause.comm)))
            parse_error(p, l.items[0]->pos, "select case must be send or receive (possibly with assignment)");
        clauses->items[i] = cc;
    }
    Node *n = ast_new(N_SELECT_STMT, kw.pos);
    n->select_stmt.body = clause_block(lb, clauses, rb);
    return n;
}
