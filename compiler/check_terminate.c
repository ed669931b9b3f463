/* check_terminate.c - the Go spec's "terminating statements", used for
 * "missing return": return, goto, panic, infinite loops without breaks,
 * if/else and switches whose every branch terminates. */
#include <string.h>

#include "check.h"

static bool has_break(Node *s, Node *target, const char *label, bool implicit);

static bool list_has_break(NodeList l, Node *target, const char *label, bool implicit) {
    for (int i = 0; i < l.len; i++)
        if (has_break(l.items[i], target, label, implicit))
            return true;
    return false;
}

/* Does s contain a break that leaves target (implicit: unlabeled breaks count)? */
static bool has_break(Node *s, Node *target, const char *label, bool implicit) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH_STMT:
        if (s->branch.tok != OP_BREAK)
            return false;
        if (!s->branch.label)
            return implicit;
        return label && !strcmp(s->branch.label->ident.name, label);
    case N_LABELED_STMT: return has_break(s->labeled.stmt, target, label, implicit);
    case N_BLOCK_STMT: return list_has_break(s->block.stmts, target, label, implicit);
    case N_IF_STMT:
        return has_break(s->if_stmt.then, target, label, implicit) ||
               has_break(s->if_stmt.els, target, label, implicit);
    case N_CASE_CLAUSE: return list_has_break(s->case_clause.body, target, label, implicit);
    case N_COMM_CLAUSE: return list_has_break(s->comm_clause.body, target, label, implicit);
    /* nested breakable statements capture unlabeled breaks */
    case N_FOR_STMT: return label && has_break(s->for_stmt.body, target, label, false);
    case N_RANGE_STMT: return label && has_break(s->range_stmt.body, target, label, false);
    case N_SWITCH_STMT: return label && has_break(s->switch_stmt.body, target, label, false);
    case N_TYPE_SWITCH_STMT: return label && has_break(s->type_switch.body, target, label, false);
    case N_SELECT_STMT: return label && has_break(s->select_stmt.body, target, label, false);
    default: return false;
    }
}

static bool list_terminating(NodeList l) {
    int i = l.len - 1;
    while (i >= 0 && l.items[i]->kind == N_EMPTY_STMT)
        i--;
    return i >= 0 && check_is_terminating(l.items[i], NULL);
}

bool check_is_terminating(Node *s, const char *label) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_RETURN_STMT: return true;
    case N_BRANCH_STMT: return s->branch.tok == OP_GOTO || s->branch.tok == OP_FALLTHROUGH;
    case N_EXPR_STMT: {
        Node *x = unparen(s->expr_stmt.x);
        if (x->kind != N_CALL)
            return false;
        Node *f = unparen(x->call.fun);
        return f->kind == N_IDENT && f->ident.obj && f->ident.obj->kind == OBJ_BUILTIN &&
               f->ident.obj->builtin == BUILTIN_PANIC;
    }
    case N_BLOCK_STMT: return list_terminating(s->block.stmts);
    case N_IF_STMT:
        return s->if_stmt.els && check_is_terminating(s->if_stmt.then, NULL) &&
               check_is_terminating(s->if_stmt.els, NULL);
    case N_LABELED_STMT: return check_is_terminating(s->labeled.stmt, s->labeled.label->ident.name);
    case N_FOR_STMT:
        return !s->for_stmt.cond && !has_break(s->for_stmt.body, s, label, true);
    case N_SWITCH_STMT:
    case N_TYPE_SWITCH_STMT:
    case N_SELECT_STMT: {
        Node *body = s->kind == N_SWITCH_STMT ? s->switch_stmt.body
                     : s->kind == N_TYPE_SWITCH_STMT ? s->type_switch.body : s->select_stmt.body;
        bool has_default = s->kind == N_SELECT_STMT;
        for (int i = 0; i < body->block.stmts.len; i++) {
            Node *cl = body->block.stmts.items[i];
            NodeList b = cl->kind == N_CASE_CLAUSE ? cl->case_clause.body : cl->comm_clause.body;
            if (cl->kind == N_CASE_CLAUSE && cl->case_clause.is_default)
                has_default = true;
            if (!list_terminating(b) || list_has_break(b, s, label, true))
                return false;
        }
        return has_default;
    }
    default: return false;
    }
}
