/* ast.c - syntax tree construction helpers, names of kinds and operators,
 * the indented tree dump (-d ast) and the Go-syntax printer used in error
 * messages. */
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "buf.h"

Node *ast_new(NodeKind kind, Pos pos) {
    Node *n = ARENA_NEW(perm_arena, Node);
    n->kind = kind;
    n->pos = pos;
    return n;
}

NodeList ast_list(Node **items, int len) {
    NodeList l = {NULL, len};
    if (len > 0) {
        l.items = ARENA_NEWN(perm_arena, Node *, len);
        memcpy(l.items, items, sizeof(Node *) * (size_t)len);
    }
    return l;
}

static const char *const kind_names[] = {
    [N_BAD_EXPR] = "BAD_EXPR", [N_IDENT] = "IDENT", [N_BASIC_LIT] = "BASIC_LIT",
    [N_COMPOSITE_LIT] = "COMPOSITE_LIT", [N_FUNC_LIT] = "FUNC_LIT", [N_PAREN] = "PAREN",
    [N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX", [N_SLICE_EXPR] = "SLICE_EXPR",
    [N_TYPE_ASSERT] = "TYPE_ASSERT", [N_CALL] = "CALL", [N_STAR] = "STAR", [N_UNARY] = "UNARY",
    [N_BINARY] = "BINARY", [N_KEY_VALUE] = "KEY_VALUE", [N_ARRAY_TYPE] = "ARRAY_TYPE",
    [N_STRUCT_TYPE] = "STRUCT_TYPE", [N_FUNC_TYPE] = "FUNC_TYPE",
    [N_INTERFACE_TYPE] = "INTERFACE_TYPE", [N_MAP_TYPE] = "MAP_TYPE", [N_CHAN_TYPE] = "CHAN_TYPE",
    [N_ELLIPSIS] = "ELLIPSIS", [N_FIELD] = "FIELD", [N_BAD_STMT] = "BAD_STMT",
    [N_DECL_STMT] = "DECL_STMT", [N_EMPTY_STMT] = "EMPTY_STMT", [N_LABELED_STMT] = "LABELED_STMT",
    [N_EXPR_STMT] = "EXPR_STMT", [N_SEND_STMT] = "SEND_STMT", [N_INCDEC_STMT] = "INCDEC_STMT",
    [N_ASSIGN_STMT] = "ASSIGN_STMT", [N_GO_STMT] = "GO_STMT", [N_DEFER_STMT] = "DEFER_STMT",
    [N_RETURN_STMT] = "RETURN_STMT", [N_BRANCH_STMT] = "BRANCH_STMT", [N_BLOCK_STMT] = "BLOCK_STMT",
    [N_IF_STMT] = "IF_STMT", [N_CASE_CLAUSE] = "CASE_CLAUSE", [N_SWITCH_STMT] = "SWITCH_STMT",
    [N_TYPE_SWITCH_STMT] = "TYPE_SWITCH_STMT", [N_COMM_CLAUSE] = "COMM_CLAUSE",
    [N_SELECT_STMT] = "SELECT_STMT", [N_FOR_STMT] = "FOR_STMT", [N_RANGE_STMT] = "RANGE_STMT",
    [N_IMPORT_SPEC] = "IMPORT_SPEC", [N_VALUE_SPEC] = "VALUE_SPEC", [N_TYPE_SPEC] = "TYPE_SPEC",
    [N_GEN_DECL] = "GEN_DECL", [N_FUNC_DECL] = "FUNC_DECL", [N_FILE] = "FILE",
};

const char *ast_kind_name(NodeKind kind) {
    if ((unsigned)kind < sizeof kind_names / sizeof kind_names[0] && kind_names[kind])
        return kind_names[kind];
    return "?";
}

static const char *const op_names[] = {
    [OP_NONE] = "", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_QUO] = "/",
    [OP_REM] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^", [OP_SHL] = "<<",
    [OP_SHR] = ">>", [OP_AND_NOT] = "&^", [OP_LAND] = "&&", [OP_LOR] = "||", [OP_ARROW] = "<-",
    [OP_INC] = "++", [OP_DEC] = "--", [OP_EQL] = "==", [OP_NEQ] = "!=", [OP_LSS] = "<",
    [OP_LEQ] = "<=", [OP_GTR] = ">", [OP_GEQ] = ">=", [OP_NOT] = "!", [OP_ASSIGN] = "=",
    [OP_DEFINE] = ":=", [OP_BREAK] = "break", [OP_CONTINUE] = "continue", [OP_GOTO] = "goto",
    [OP_FALLTHROUGH] = "fallthrough", [OP_IMPORT] = "import", [OP_CONST] = "const",
    [OP_TYPE] = "type", [OP_VAR] = "var",
};

const char *ast_op_string(Op op) {
    if ((unsigned)op < sizeof op_names / sizeof op_names[0] && op_names[op])
        return op_names[op];
    return "?";
}

/* ---- deep copies ---- */

NodeList ast_copy_list(NodeList l) {
    NodeList c = ast_list(l.items, l.len);
    for (int i = 0; i < c.len; i++)
        c.items[i] = ast_copy(c.items[i]);
    return c;
}

Node *ast_copy(Node *n) {
    if (!n)
        return NULL;
    Node *c = ARENA_NEW(perm_arena, Node);
    *c = *n;
    switch (n->kind) {
    case N_COMPOSITE_LIT:
        c->composite.type = ast_copy(n->composite.type);
        c->composite.elts = ast_copy_list(n->composite.elts);
        break;
    case N_FUNC_LIT: c->func_lit.type = ast_copy(n->func_lit.type); break;
    case N_PAREN: c->paren.x = ast_copy(n->paren.x); break;
    case N_SELECTOR:
        c->selector.x = ast_copy(n->selector.x);
        c->selector.sel = ast_copy(n->selector.sel);
        break;
    case N_INDEX:
        c->index.x = ast_copy(n->index.x);
        c->index.indices = ast_copy_list(n->index.indices);
        break;
    case N_SLICE_EXPR:
        c->slice.x = ast_copy(n->slice.x);
        c->slice.lo = ast_copy(n->slice.lo);
        c->slice.hi = ast_copy(n->slice.hi);
        c->slice.max = ast_copy(n->slice.max);
        break;
    case N_TYPE_ASSERT:
        c->assert.x = ast_copy(n->assert.x);
        c->assert.type = ast_copy(n->assert.type);
        break;
    case N_CALL:
        c->call.fun = ast_copy(n->call.fun);
        c->call.args = ast_copy_list(n->call.args);
        break;
    case N_STAR: c->star.x = ast_copy(n->star.x); break;
    case N_UNARY: c->unary.x = ast_copy(n->unary.x); break;
    case N_BINARY:
        c->binary.x = ast_copy(n->binary.x);
        c->binary.y = ast_copy(n->binary.y);
        break;
    case N_KEY_VALUE:
        c->kv.key = ast_copy(n->kv.key);
        c->kv.value = ast_copy(n->kv.value);
        break;
    case N_ARRAY_TYPE:
        c->array_type.len = ast_copy(n->array_type.len);
        c->array_type.elem = ast_copy(n->array_type.elem);
        break;
    case N_STRUCT_TYPE: c->struct_type.fields = ast_copy_list(n->struct_type.fields); break;
    case N_FUNC_TYPE:
        c->func_type.params = ast_copy_list(n->func_type.params);
        c->func_type.results = ast_copy_list(n->func_type.results);
        break;
    case N_INTERFACE_TYPE: c->interface_type.methods = ast_copy_list(n->interface_type.methods); break;
    case N_MAP_TYPE:
        c->map_type.key = ast_copy(n->map_type.key);
        c->map_type.value = ast_copy(n->map_type.value);
        break;
    case N_CHAN_TYPE: c->chan_type.elem = ast_copy(n->chan_type.elem); break;
    case N_ELLIPSIS: c->ellipsis.elem = ast_copy(n->ellipsis.elem); break;
    case N_FIELD:
        c->field.names = ast_copy_list(n->field.names);
        c->field.type = ast_copy(n->field.type);
        c->field.tag = ast_copy(n->field.tag);
        break;
    default: break;     /* leaves: identifiers, literals */
    }
    return c;
}

/* ---- the dump ---- */

static void dump(Buf *out, const char *label, Node *n, int depth);

static void dump_list(Buf *out, const char *label, NodeList l, int depth) {
    for (int i = 0; i < l.len; i++)
        dump(out, label, l.items[i], depth);
}

/* The one-line summary after kind and position. */
static void dump_details(Buf *out, Node *n) {
    switch (n->kind) {
    case N_IDENT: buf_printf(out, " %s", n->ident.name); break;
    case N_BASIC_LIT: {
        static const char *const k[] = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"};
        buf_printf(out, " %s ", k[n->lit.kind]);
        for (const char *s = n->lit.value; *s; s++)     /* raw strings may span lines */
            buf_puts(out, *s == '\n' ? "\\n" : (char[]){*s, 0});
        break;
    }
    case N_UNARY: buf_printf(out, " %s", ast_op_string(n->unary.op)); break;
    case N_BINARY: buf_printf(out, " %s", ast_op_string(n->binary.op)); break;
    case N_CALL: if (n->call.has_dots) buf_puts(out, " ..."); break;
    case N_SLICE_EXPR: if (n->slice.slice3) buf_puts(out, " 3-index"); break;
    case N_CHAN_TYPE: buf_puts(out, n->chan_type.dir == CHAN_SEND ? " chan<-" : n->chan_type.dir == CHAN_RECV ? " <-chan" : " chan"); break;
    case N_FIELD: if (n->field.embedded) buf_puts(out, " embedded"); break;
    case N_INCDEC_STMT: buf_printf(out, " %s", ast_op_string(n->incdec.op)); break;
    case N_ASSIGN_STMT: buf_printf(out, " %s%s", ast_op_string(n->assign.op),
                                   n->assign.op == OP_ASSIGN || n->assign.op == OP_DEFINE ? "" : "="); break;
    case N_BRANCH_STMT: buf_printf(out, " %s", ast_op_string(n->branch.tok)); break;
    case N_CASE_CLAUSE: if (n->case_clause.is_default) buf_puts(out, " default"); break;
    case N_RANGE_STMT: if (n->range_stmt.tok) buf_printf(out, " %s", ast_op_string(n->range_stmt.tok)); break;
    case N_VALUE_SPEC:
        buf_printf(out, " iota=%d", n->value_spec.iota);
        if (n->value_spec.implicit) buf_puts(out, " implicit");
        break;
    case N_TYPE_SPEC: if (n->type_spec.alias) buf_puts(out, " alias"); break;
    case N_FILE:
        for (int i = 0; i < n->file.nlinknames; i++)
            buf_printf(out, " linkname(%s %s)", n->file.linknames[i].local,
                       n->file.linknames[i].remote ? n->file.linknames[i].remote : "-");
        break;
    case N_GEN_DECL:
        buf_printf(out, " %s%s", ast_op_string(n->gen_decl.tok), n->gen_decl.grouped ? " grouped" : "");
        break;
    case N_FUNC_DECL: {
        static const char *const names[] = {"nosplit", "noinline", "noescape", "systemstack"};
        for (int i = 0; i < 4; i++)
            if (n->func_decl.pragmas & (1u << i))
                buf_printf(out, " //go:%s", names[i]);
        if (n->func_decl.linkname) buf_printf(out, " linkname=%s", n->func_decl.linkname);
        if (!n->func_decl.body) buf_puts(out, " no-body");
        break;
    }
    default: break;
    }
}

/* The children of n, labelled by the field they come from. */
static void dump_children(Buf *out, Node *n, int d) {
    switch (n->kind) {
    case N_COMPOSITE_LIT: dump(out, "type", n->composite.type, d); dump_list(out, "elt", n->composite.elts, d); break;
    case N_FUNC_LIT: dump(out, "type", n->func_lit.type, d); dump(out, "body", n->func_lit.body, d); break;
    case N_PAREN: dump(out, "x", n->paren.x, d); break;
    case N_SELECTOR: dump(out, "x", n->selector.x, d); dump(out, "sel", n->selector.sel, d); break;
    case N_INDEX: dump(out, "x", n->index.x, d); dump_list(out, "index", n->index.indices, d); break;
    case N_SLICE_EXPR:
        dump(out, "x", n->slice.x, d); dump(out, "lo", n->slice.lo, d);
        dump(out, "hi", n->slice.hi, d); dump(out, "max", n->slice.max, d);
        break;
    case N_TYPE_ASSERT: dump(out, "x", n->assert.x, d); dump(out, "type", n->assert.type, d); break;
    case N_CALL: dump(out, "fun", n->call.fun, d); dump_list(out, "arg", n->call.args, d); break;
    case N_STAR: dump(out, "x", n->star.x, d); break;
    case N_UNARY: dump(out, "x", n->unary.x, d); break;
    case N_BINARY: dump(out, "x", n->binary.x, d); dump(out, "y", n->binary.y, d); break;
    case N_KEY_VALUE: dump(out, "key", n->kv.key, d); dump(out, "value", n->kv.value, d); break;
    case N_ARRAY_TYPE: dump(out, "len", n->array_type.len, d); dump(out, "elem", n->array_type.elem, d); break;
    case N_STRUCT_TYPE: dump_list(out, "field", n->struct_type.fields, d); break;
    case N_FUNC_TYPE: dump_list(out, "param", n->func_type.params, d); dump_list(out, "result", n->func_type.results, d); break;
    case N_INTERFACE_TYPE: dump_list(out, "method", n->interface_type.methods, d); break;
    case N_MAP_TYPE: dump(out, "key", n->map_type.key, d); dump(out, "value", n->map_type.value, d); break;
    case N_CHAN_TYPE: dump(out, "elem", n->chan_type.elem, d); break;
    case N_ELLIPSIS: dump(out, "elem", n->ellipsis.elem, d); break;
    case N_FIELD:
        dump_list(out, "name", n->field.names, d); dump(out, "type", n->field.type, d);
        dump(out, "tag", n->field.tag, d);
        break;
    case N_DECL_STMT: dump(out, "decl", n->decl_stmt.decl, d); break;
    case N_LABELED_STMT: dump(out, "label", n->labeled.label, d); dump(out, "stmt", n->labeled.stmt, d); break;
    case N_EXPR_STMT: dump(out, "x", n->expr_stmt.x, d); break;
    case N_SEND_STMT: dump(out, "chan", n->send.chan, d); dump(out, "value", n->send.value, d); break;
    case N_INCDEC_STMT: dump(out, "x", n->incdec.x, d); break;
    case N_ASSIGN_STMT: dump_list(out, "lhs", n->assign.lhs, d); dump_list(out, "rhs", n->assign.rhs, d); break;
    case N_GO_STMT: case N_DEFER_STMT: dump(out, "call", n->go_defer.call, d); break;
    case N_RETURN_STMT: dump_list(out, "result", n->ret.results, d); break;
    case N_BRANCH_STMT: dump(out, "label", n->branch.label, d); break;
    case N_BLOCK_STMT: dump_list(out, "stmt", n->block.stmts, d); break;
    case N_IF_STMT:
        dump(out, "init", n->if_stmt.init, d); dump(out, "cond", n->if_stmt.cond, d);
        dump(out, "then", n->if_stmt.then, d); dump(out, "else", n->if_stmt.els, d);
        break;
    case N_CASE_CLAUSE: dump_list(out, "case", n->case_clause.list, d); dump_list(out, "stmt", n->case_clause.body, d); break;
    case N_SWITCH_STMT:
        dump(out, "init", n->switch_stmt.init, d); dump(out, "tag", n->switch_stmt.tag, d);
        dump(out, "body", n->switch_stmt.body, d);
        break;
    case N_TYPE_SWITCH_STMT:
        dump(out, "init", n->type_switch.init, d); dump(out, "bind", n->type_switch.bind, d);
        dump(out, "x", n->type_switch.x, d); dump(out, "body", n->type_switch.body, d);
        break;
    case N_COMM_CLAUSE: dump(out, "comm", n->comm_clause.comm, d); dump_list(out, "stmt", n->comm_clause.body, d); break;
    case N_SELECT_STMT: dump(out, "body", n->select_stmt.body, d); break;
    case N_FOR_STMT:
        dump(out, "init", n->for_stmt.init, d); dump(out, "cond", n->for_stmt.cond, d);
        dump(out, "post", n->for_stmt.post, d); dump(out, "body", n->for_stmt.body, d);
        break;
    case N_RANGE_STMT:
        dump(out, "key", n->range_stmt.key, d); dump(out, "value", n->range_stmt.value, d);
        dump(out, "x", n->range_stmt.x, d); dump(out, "body", n->range_stmt.body, d);
        break;
    case N_IMPORT_SPEC: dump(out, "name", n->import_spec.name, d); dump(out, "path", n->import_spec.path, d); break;
    case N_VALUE_SPEC:
        dump_list(out, "name", n->value_spec.names, d); dump(out, "type", n->value_spec.type, d);
        dump_list(out, "value", n->value_spec.values, d);
        break;
    case N_TYPE_SPEC: dump(out, "name", n->type_spec.name, d); dump(out, "type", n->type_spec.type, d); break;
    case N_GEN_DECL: dump_list(out, "spec", n->gen_decl.specs, d); break;
    case N_FUNC_DECL:
        dump(out, "recv", n->func_decl.recv, d); dump(out, "name", n->func_decl.name, d);
        dump(out, "type", n->func_decl.type, d); dump(out, "body", n->func_decl.body, d);
        break;
    case N_FILE: dump(out, "package", n->file.pkg_name, d); dump_list(out, "decl", n->file.decls, d); break;
    default: break;
    }
}

static void dump(Buf *out, const char *label, Node *n, int depth) {
    if (!n)
        return;
    for (int i = 0; i < depth; i++)
        buf_puts(out, "  ");
    if (label)
        buf_printf(out, "%s: ", label);
    buf_printf(out, "%s %d:%d", ast_kind_name(n->kind), n->pos.line, n->pos.col);
    dump_details(out, n);
    buf_putc(out, '\n');
    dump_children(out, n, depth + 1);
}

void ast_dump(Buf *out, Node *n) { dump(out, NULL, n, 0); }

/* ---- Go-syntax printing for messages ---- */

void ast_print_list(Buf *out, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            buf_puts(out, ", ");
        ast_print(out, l.items[i]);
    }
}

static void print_fields(Buf *out, NodeList l, const char *sep) {
    for (int i = 0; i < l.len; i++) {
        Node *f = l.items[i];
        if (i)
            buf_puts(out, sep);
        ast_print_list(out, f->field.names);
        if (f->field.names.len)
            buf_putc(out, ' ');
        ast_print(out, f->field.type);
    }
}

static void print_signature(Buf *out, Node *ft) {
    buf_putc(out, '(');
    print_fields(out, ft->func_type.params, ", ");
    buf_putc(out, ')');
    NodeList r = ft->func_type.results;
    if (r.len == 1 && r.items[0]->field.names.len == 0) {
        buf_putc(out, ' ');
        ast_print(out, r.items[0]->field.type);
    } else if (r.len > 0) {
        buf_puts(out, " (");
        print_fields(out, r, ", ");
        buf_putc(out, ')');
    }
}

static void print_type(Buf *out, Node *n) {
    switch (n->kind) {
    case N_ARRAY_TYPE:
        buf_putc(out, '[');
        if (n->array_type.len)
            ast_print(out, n->array_type.len);
        buf_putc(out, ']');
        ast_print(out, n->array_type.elem);
        break;
    case N_STRUCT_TYPE:
        buf_puts(out, "struct{");
        print_fields(out, n->struct_type.fields, "; ");
        buf_putc(out, '}');
        break;
    case N_INTERFACE_TYPE:
        buf_puts(out, n->interface_type.methods.len ? "interface{…}" : "interface{}");
        break;
    case N_FUNC_TYPE:
        buf_puts(out, "func");
        print_signature(out, n);
        break;
    case N_MAP_TYPE:
        buf_puts(out, "map[");
        ast_print(out, n->map_type.key);
        buf_putc(out, ']');
        ast_print(out, n->map_type.value);
        break;
    case N_CHAN_TYPE:
        buf_puts(out, n->chan_type.dir == CHAN_SEND ? "chan<- " : n->chan_type.dir == CHAN_RECV ? "<-chan " : "chan ");
        ast_print(out, n->chan_type.elem);
        break;
    case N_ELLIPSIS:
        buf_puts(out, "...");
        if (n->ellipsis.elem)
            ast_print(out, n->ellipsis.elem);
        break;
    default:
        buf_puts(out, "?");
    }
}

static void print_stmt(Buf *out, Node *n) {
    switch (n->kind) {
    case N_EXPR_STMT: ast_print(out, n->expr_stmt.x); break;
    case N_SEND_STMT:
        ast_print(out, n->send.chan);
        buf_puts(out, " <- ");
        ast_print(out, n->send.value);
        break;
    case N_INCDEC_STMT:
        ast_print(out, n->incdec.x);
        buf_puts(out, ast_op_string(n->incdec.op));
        break;
    case N_ASSIGN_STMT:
        ast_print_list(out, n->assign.lhs);
        buf_printf(out, " %s%s ", ast_op_string(n->assign.op),
                   n->assign.op == OP_ASSIGN || n->assign.op == OP_DEFINE ? "" : "=");
        ast_print_list(out, n->assign.rhs);
        break;
    default:
        print_type(out, n);
    }
}

void ast_print(Buf *out, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT: buf_puts(out, n->ident.name); break;
    case N_BASIC_LIT: buf_puts(out, n->lit.value); break;
    case N_COMPOSITE_LIT:
        if (n->composite.type)
            ast_print(out, n->composite.type);
        buf_puts(out, n->composite.elts.len ? "{…}" : "{}");
        break;
    case N_FUNC_LIT:
        ast_print(out, n->func_lit.type);
        buf_puts(out, " {…}");
        break;
    case N_PAREN:
        buf_putc(out, '(');
        ast_print(out, n->paren.x);
        buf_putc(out, ')');
        break;
    case N_SELECTOR:
        ast_print(out, n->selector.x);
        buf_putc(out, '.');
        ast_print(out, n->selector.sel);
        break;
    case N_INDEX:
        ast_print(out, n->index.x);
        buf_putc(out, '[');
        ast_print_list(out, n->index.indices);
        buf_putc(out, ']');
        break;
    case N_SLICE_EXPR:
        ast_print(out, n->slice.x);
        buf_putc(out, '[');
        ast_print(out, n->slice.lo);
        buf_putc(out, ':');
        ast_print(out, n->slice.hi);
        if (n->slice.slice3) {
            buf_putc(out, ':');
            ast_print(out, n->slice.max);
        }
        buf_putc(out, ']');
        break;
    case N_TYPE_ASSERT:
        ast_print(out, n->assert.x);
        buf_puts(out, ".(");
        if (n->assert.type)
            ast_print(out, n->assert.type);
        else
            buf_puts(out, "type");
        buf_putc(out, ')');
        break;
    case N_CALL:
        ast_print(out, n->call.fun);
        buf_putc(out, '(');
        ast_print_list(out, n->call.args);
        if (n->call.has_dots)
            buf_puts(out, "...");
        buf_putc(out, ')');
        break;
    case N_STAR:
        buf_putc(out, '*');
        ast_print(out, n->star.x);
        break;
    case N_UNARY:
        buf_puts(out, ast_op_string(n->unary.op));
        ast_print(out, n->unary.x);
        break;
    case N_BINARY:
        ast_print(out, n->binary.x);
        buf_printf(out, " %s ", ast_op_string(n->binary.op));
        ast_print(out, n->binary.y);
        break;
    case N_KEY_VALUE:
        ast_print(out, n->kv.key);
        buf_puts(out, ": ");
        ast_print(out, n->kv.value);
        break;
    default:
        print_stmt(out, n);
    }
}
