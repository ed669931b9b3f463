/* check_print.c - expressions and operands spelled as types2 prints them in
 * error messages: "x + 1", "x (variable of type int)", "300 (untyped int constant)". */
#include <string.h>

#include "arena.h"
#include "check.h"

/* ---- printing expressions and operands as types2 does ---- */

static void write_expr(Buf *b, Node *n);

static void write_list(Buf *b, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            buf_puts(b, ", ");
        write_expr(b, l.items[i]);
    }
}

static void write_fields(Buf *b, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        Node *f = l.items[i];
        if (i)
            buf_puts(b, ", ");
        for (int j = 0; j < f->field.names.len; j++) {
            buf_puts(b, f->field.names.items[j]->ident.name);
            buf_puts(b, j + 1 < f->field.names.len ? ", " : " ");
        }
        write_expr(b, f->field.type);
    }
}

static void write_expr(Buf *b, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->ident.name); break;
    case N_BASIC_LIT: buf_puts(b, n->lit.value); break;
    case N_PAREN: buf_putc(b, '('); write_expr(b, n->paren.x); buf_putc(b, ')'); break;
    case N_SELECTOR:
        write_expr(b, n->selector.x);
        buf_putc(b, '.');
        write_expr(b, n->selector.sel);
        break;
    case N_INDEX:
        write_expr(b, n->index.x);
        buf_putc(b, '[');
        write_list(b, n->index.indices);
        buf_putc(b, ']');
        break;
    case N_SLICE_EXPR:
        write_expr(b, n->slice.x);
        buf_putc(b, '[');
        write_expr(b, n->slice.lo);
        buf_putc(b, ':');
        write_expr(b, n->slice.hi);
        if (n->slice.slice3) {
            buf_putc(b, ':');
            write_expr(b, n->slice.max);
        }
        buf_putc(b, ']');
        break;
    case N_TYPE_ASSERT:
        write_expr(b, n->assert.x);
        buf_puts(b, ".(");
        if (n->assert.type)
            write_expr(b, n->assert.type);
        else
            buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_CALL:
        write_expr(b, n->call.fun);
        buf_putc(b, '(');
        write_list(b, n->call.args);
        if (n->call.has_dots)
            buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR: buf_putc(b, '*'); write_expr(b, n->star.x); break;
    case N_UNARY: buf_puts(b, ast_op_string(n->unary.op)); write_expr(b, n->unary.x); break;
    case N_BINARY:
        write_expr(b, n->binary.x);
        buf_printf(b, " %s ", ast_op_string(n->binary.op));
        write_expr(b, n->binary.y);
        break;
    case N_KEY_VALUE: write_expr(b, n->kv.key); buf_puts(b, ": "); write_expr(b, n->kv.value); break;
    case N_COMPOSITE_LIT:
        write_expr(b, n->composite.type);
        buf_puts(b, n->composite.elts.len ? "{…}" : "{}");
        break;
    case N_FUNC_LIT: buf_puts(b, "func literal"); break;
    case N_ARRAY_TYPE:
        buf_putc(b, '[');
        if (n->array_type.len && n->array_type.len->kind == N_ELLIPSIS)
            buf_puts(b, "...");
        else
            write_expr(b, n->array_type.len);
        buf_putc(b, ']');
        write_expr(b, n->array_type.elem);
        break;
    case N_ELLIPSIS: buf_puts(b, "..."); write_expr(b, n->ellipsis.elem); break;
    case N_STRUCT_TYPE: buf_puts(b, "struct{"); write_fields(b, n->struct_type.fields); buf_putc(b, '}'); break;
    case N_FUNC_TYPE:
        buf_puts(b, "func(");
        write_fields(b, n->func_type.params);
        buf_putc(b, ')');
        if (n->func_type.results.len) {
            buf_puts(b, " (");
            write_fields(b, n->func_type.results);
            buf_putc(b, ')');
        }
        break;
    case N_INTERFACE_TYPE: buf_puts(b, "interface{…}"); break;
    case N_MAP_TYPE:
        buf_puts(b, "map[");
        write_expr(b, n->map_type.key);
        buf_putc(b, ']');
        write_expr(b, n->map_type.value);
        break;
    case N_CHAN_TYPE: buf_puts(b, "chan "); write_expr(b, n->chan_type.elem); break;
    default: buf_puts(b, "?"); break;
    }
}

const char *expr_string(Node *n) {
    Buf b = {0};
    write_expr(&b, n);
    const char *s = arena_strndup(perm_arena, b.data ? (const char *)b.data : "", b.len);
    buf_free(&b);
    return s;
}

static const char *mode_name(ExprMode m) {
    switch (m) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPE: return "type";
    case MODE_CONST: return "constant";
    case MODE_VARIABLE: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_VALUE: return "value";
    case MODE_COMMAOK: return "comma, ok expression";
    }
    return "value";
}

const char *operand_string(Node *n) {
    if (n->mode != MODE_INVALID && n->type && n->type->kind == TYPE_UNTYPED_NIL)
        return "nil";
    Buf b = {0};
    const char *expr = expr_string(n);
    buf_puts(&b, expr);
    buf_puts(&b, " (");
    bool has_type = false;
    if (n->mode != MODE_INVALID && n->mode != MODE_NOVALUE && n->mode != MODE_BUILTIN &&
        n->mode != MODE_TYPE && n->type) {
        if (types_is_untyped(n->type))
            buf_printf(&b, "%s ", types_string(n->type));
        else
            has_type = true;
    }
    buf_puts(&b, mode_name(n->mode));
    if (n->mode == MODE_CONST && n->cval) {
        const char *v = const_text(n->cval);
        if (strcmp(v, expr) != 0)
            buf_printf(&b, " %s", v);
    }
    if (has_type)
        buf_printf(&b, " of type %s", types_string(n->type));
    buf_putc(&b, ')');
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}
