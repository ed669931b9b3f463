/* parse_util.c - helpers called from the grammar actions of parse.y: growable
 * lists, node constructors that need more than a line, parameter grouping,
 * const-group completion, and the statement-level checks Go's parser makes
 * (if/for/switch headers, select cases, type switch guards). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "parse_impl.h"

PList *plist_new(void) { return ARENA_NEW(perm_arena, PList); }

PList *plist_push(PList *l, Node *n) {
    if (!n)
        return l;
    if (l->cap < 0)     /* a pre-grouped result list: never grows */
        l->cap = l->len;
    if (l->len == l->cap) {
        int cap = l->cap ? 2 * l->cap : 4;
        Node **items = ARENA_NEWN(perm_arena, Node *, cap);
        if (l->len)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
    return l;
}

PList *plist1(Node *n) { return plist_push(plist_new(), n); }

NodeList plist_done(PList *l) {
    NodeList nl = {NULL, 0};
    if (l) {
        nl.items = l->items;
        nl.len = l->len;
    }
    return nl;
}

void parse_error(Parser *p, Pos pos, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p->errors++;
    if (strncmp(msg, "syntax error", 12) == 0) {
        /* Like Go, report only the first syntax error of a line. */
        if (pos.line == p->last_err_line)
            return;
        p->last_err_line = pos.line;
    }
    lex_add_error(&p->lex, pos, msg);
}

void parse_generic_error(Parser *p, Pos pos, int is_type) {
    parse_error(p, pos, "gocc: generic %s are not supported", is_type ? "types" : "functions");
}

Node *parse_ident(Tok t) {
    Node *n = ast_new(N_IDENT, t.pos);
    n->ident.name = t.lit;
    return n;
}

Node *parse_lit(Tok t, LitKind kind) {
    Node *n = ast_new(N_BASIC_LIT, t.pos);
    n->lit.kind = kind;
    n->lit.value = t.lit;
    return n;
}

Node *parse_unary(Tok t, Op op, Node *x) {
    Node *n = ast_new(N_UNARY, t.pos);
    n->unary.op = op;
    n->unary.x = x;
    return n;
}

enum { MAX_NESTING = 20000 };  /* Go's own time/tzdata/zipdata.go chains 7098 string literals */

/* Records how deep n's left-recursive chain is; rejects absurd depths. */
Node *parse_nest(Parser *p, Node *n, Node *child) {
    if (child && child->height + 1 > n->height)
        n->height = child->height + 1;
    if (n->height == MAX_NESTING)
        parse_error(p, n->pos, "gocc: expression nested too deeply (more than %d levels)", MAX_NESTING);
    return n;
}

Node *parse_binary(Parser *p, Tok t, Op op, Node *x, Node *y) {
    Node *n = ast_new(N_BINARY, t.pos);
    parse_nest(p, n, y);
    parse_nest(p, n, x);
    n->binary.op = op;
    n->binary.x = x;
    n->binary.y = y;
    return n;
}

Node *parse_gen_decl(Tok t, Op tok, PList *specs, int grouped) {
    Node *n = ast_new(N_GEN_DECL, t.pos);
    n->gen_decl.tok = tok;
    n->gen_decl.specs = plist_done(specs);
    n->gen_decl.grouped = grouped;
    return n;
}

Node *parse_value_spec(PList *names, Node *type, PList *values) {
    Node *n = ast_new(N_VALUE_SPEC, names->items[0]->pos);
    n->value_spec.names = plist_done(names);
    n->value_spec.type = type;
    n->value_spec.values = plist_done(values);
    return n;
}

/* Numbers the specs of a const group (iota) and gives the specs without
 * values the type and values of the previous spec that had them. */
void parse_const_group(Parser *p, PList *specs) {
    Node *prev = NULL;
    for (int i = 0; i < specs->len; i++) {
        Node *s = specs->items[i];
        s->value_spec.iota = i;
        if (s->value_spec.values.len > 0) {
            prev = s;
            continue;
        }
        if (s->value_spec.type || !prev) {
            parse_error(p, s->pos, "missing init expr for %s", s->value_spec.names.items[0]->ident.name);
        } else {
            s->value_spec.type = ast_copy(prev->value_spec.type);
            s->value_spec.values = ast_copy_list(prev->value_spec.values);
            s->value_spec.implicit = true;
        }
    }
}

Node *parse_field_raw(Node *name, Node *type, int dots, Pos dotpos) {
    Node *f = ast_new(N_FIELD, name ? name->pos : type->pos);
    if (name)
        f->field.names = ast_list(&name, 1);
    if (dots) {
        Node *e = ast_new(N_ELLIPSIS, dotpos);
        e->ellipsis.elem = type;
        type = e;
    }
    f->field.type = type;
    return f;
}

/* Groups raw parameters (one optional name + one type each) as Go reads them:
 * if any parameter is named, every unnamed one must be a bare identifier,
 * which names a parameter sharing the next type: (a, b int, c string). */
NodeList parse_params(Parser *p, PList *raw, const char *what) {
    (void)what;
    int named = 0;
    for (int i = 0; i < raw->len; i++)
        named |= raw->items[i]->field.names.len > 0;
    if (!named)
        return plist_done(raw);
    PList *out = plist_new(), *pending = plist_new();
    for (int i = 0; i < raw->len; i++) {
        Node *f = raw->items[i];
        if (f->field.names.len == 0) {
            Node *t = f->field.type;
            if (t->kind != N_IDENT) {
                parse_error(p, t->pos, "syntax error: mixed named and unnamed parameters");
                return plist_done(raw);
            }
            plist_push(pending, t);
            continue;
        }
        plist_push(pending, f->field.names.items[0]);
        Node *g = ast_new(N_FIELD, pending->items[0]->pos);
        g->field.names = plist_done(pending);
        g->field.type = f->field.type;
        plist_push(out, g);
        pending = plist_new();
    }
    if (pending->len > 0) {
        parse_error(p, pending->items[pending->len - 1]->pos,
                    "syntax error: mixed named and unnamed parameters");
        return plist_done(raw);
    }
    return plist_done(out);
}

Node *parse_func_type(Parser *p, Pos pos, PList *params, PList *results) {
    Node *n = ast_new(N_FUNC_TYPE, pos);
    n->func_type.params = parse_params(p, params, "parameter");
    if (results)
        n->func_type.results = results->cap < 0 ? plist_done(results) : parse_params(p, results, "result");
    NodeList ps = n->func_type.params;
    for (int i = 0; i < ps.len; i++) {
        Node *f = ps.items[i];
        if (f->field.type->kind == N_ELLIPSIS && (i != ps.len - 1 || f->field.names.len > 1)) {
            parse_error(p, f->field.type->pos, "can only use ... with final parameter in list");
            break;  /* one report per list, as Go */
        }
    }
    return n;
}

Node *parse_block(Tok lb, PList *stmts, Tok rb) {
    Node *n = ast_new(N_BLOCK_STMT, lb.pos);
    n->block.stmts = plist_done(stmts);
    n->block.rbrace = rb.pos;
    return n;
}

Node *parse_call(Parser *p, Node *fun, Tok lp, PList *args, int dots, Tok rp) {
    Node *n = parse_nest(p, ast_new(N_CALL, fun->pos), fun);
    n->call.fun = fun;
    n->call.args = plist_done(args);
    n->call.has_dots = dots;
    n->call.lparen = lp.pos;
    n->call.rparen = rp.pos;
    return n;
}

Node *parse_index(Parser *p, Node *x, Tok lb, PList *indices, Tok rb) {
    (void)rb;
    Node *n = parse_nest(p, ast_new(N_INDEX, x->pos), x);
    n->index.x = x;
    n->index.indices = plist_done(indices);
    n->index.lbrack = lb.pos;
    if (indices->len > 1)
        parse_generic_error(p, lb.pos, 0);
    return n;
}

Node *parse_complit(Node *type, Tok lb, PList *elts, Tok rb) {
    Node *n = ast_new(N_COMPOSITE_LIT, type ? type->pos : lb.pos);
    n->composite.type = type;
    n->composite.elts = plist_done(elts);
    n->composite.lbrace = lb.pos;
    n->composite.rbrace = rb.pos;
    return n;
}

/* After a construct whose opening brace was an LBODY ends, the next '{' at
 * the same level is again the statement's block (see Lexer.loophack). */
void parse_rearm(Parser *p, Tok lbrace) {
    if (lbrace.body)
        p->lex.loophack = 1;
}

/* The receiver of a method: exactly one parameter. */
static Node *receiver(Parser *p, PList *raw, Tok name) {
    NodeList l = parse_params(p, raw, "receiver");
    int count = 0;
    for (int i = 0; i < l.len; i++)
        count += l.items[i]->field.names.len ? l.items[i]->field.names.len : 1;
    if (count != 1)
        parse_error(p, name.pos, "method has %s", count == 0 ? "no receiver" : "multiple receivers");
    if (l.len > 0)
        return l.items[0];
    Node *f = ast_new(N_FIELD, name.pos);
    f->field.type = ast_new(N_BAD_EXPR, name.pos);
    return f;
}

Node *parse_func_decl(Parser *p, Tok fn, PList *recv, Tok name, Node *type, Node *body) {
    Node *n = ast_new(N_FUNC_DECL, fn.pos);
    n->func_decl.recv = recv ? receiver(p, recv, name) : NULL;
    n->func_decl.name = parse_ident(name);
    n->func_decl.type = type;
    n->func_decl.body = body;
    n->func_decl.pragmas = fn.pragmas;
    if (fn.linkname) {
        /* //go:linkname local remote: kept when local names this function */
        size_t w = strcspn(fn.linkname, " \t");
        if (strlen(name.lit) == w && strncmp(fn.linkname, name.lit, w) == 0) {
            const char *r = fn.linkname + w;
            r += strspn(r, " \t");
            n->func_decl.linkname = *r ? r : NULL;
        }
    }
    return n;
}

Node *parse_assign(Parser *p, PList *lhs, Tok op, Op kind, PList *rhs) {
    for (int i = 0; kind == OP_DEFINE && i < lhs->len; i++) {
        if (lhs->items[i]->kind != N_IDENT) {
            Buf b = {0};
            ast_print(&b, lhs->items[i]);
            parse_error(p, lhs->items[i]->pos, "non-name %s on left side of :=", buf_cstr(&b));
            buf_free(&b);
        }
    }
    Node *n = ast_new(N_ASSIGN_STMT, lhs->items[0]->pos);
    n->assign.lhs = plist_done(lhs);
    n->assign.rhs = plist_done(rhs);
    n->assign.op = kind;
    n->assign.oppos = op.pos;
    return n;
}
