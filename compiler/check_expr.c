/* check_expr.c - expressions: identifiers, literals, operators (with exact
 * constant folding), selectors, index expressions, calls and conversions of
 * untyped values to their final types. Sets mode/type/cval on every node. */
#include <string.h>

#include "arena.h"
#include "check.h"

static void raw_expr(Checker *c, Node *n);

Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->paren.x;
    return n;
}

/* A type that earlier errors made unusable (reported already). */
bool check_is_invalid(Type *t) { return !t || types_underlying(t)->kind == TYPE_INVALID; }

static void invalidate(Node *n) {
    n->mode = MODE_INVALID;
    n->type = TYPE(TYPE_INVALID);
    n->cval = NULL;
}

/* The leftmost position of an expression (where Go reports errors). */
Pos check_start_pos(Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_BINARY: n = n->binary.x; break;
        case N_CALL: n = n->call.fun; break;
        case N_SELECTOR: n = n->selector.x; break;
        case N_INDEX: n = n->index.x; break;
        case N_SLICE_EXPR: return n->slice.lbrack.line ? n->slice.lbrack : n->pos; /* as Go's syntax.StartPos */
        case N_TYPE_ASSERT: n = n->assert.x; break;
        case N_KEY_VALUE: return n->kv.colon.line ? n->kv.colon : n->pos;
        case N_COMPOSITE_LIT:
            if (!n->composite.type)
                return n->pos;
            n = n->composite.type;
            break;
        default: return n->pos;
        }
    }
}

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
    case N_COMPOSITE_LIT: write_expr(b, n->composite.type); buf_puts(b, "{…}"); break;
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

/* ---- untyped values ---- */

/* Sets the final type of an untyped expression tree (after conversion). */
void check_set_final_type(Node *n, Type *t) {
    if (!n || !types_is_untyped(n->type))
        return;
    n->type = t;
    switch (n->kind) {
    case N_PAREN: check_set_final_type(n->paren.x, t); break;
    case N_UNARY: check_set_final_type(n->unary.x, t); break;
    case N_BINARY:
        switch (n->binary.op) {
        case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
            break; /* operands keep their own types */
        case OP_SHL: case OP_SHR: check_set_final_type(n->binary.x, t); break;
        default:
            check_set_final_type(n->binary.x, t);
            check_set_final_type(n->binary.y, t);
            break;
        }
        break;
    default: break;
    }
}

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_INT: return 1;
    case TYPE_UNTYPED_RUNE: return 2;
    case TYPE_UNTYPED_FLOAT: return 3;
    case TYPE_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Can an untyped value of kind `from` be converted to (basic) target at all? */
static bool untyped_kind_ok(Type *from, Type *target) {
    Type *u = types_underlying(target);
    if (from->kind == TYPE_UNTYPED_NIL)
        return u->kind == TYPE_POINTER || u->kind == TYPE_UNSAFE_POINTER || u->kind == TYPE_SLICE ||
               u->kind == TYPE_MAP || u->kind == TYPE_CHAN || u->kind == TYPE_FUNC ||
               u->kind == TYPE_INTERFACE;
    if (u->kind == TYPE_INTERFACE)
        return u->nmethods == 0;
    if (from->kind == TYPE_UNTYPED_BOOL)
        return types_is_boolean(u);
    if (from->kind == TYPE_UNTYPED_STRING)
        return types_is_string(u);
    return types_is_numeric(u);
}

/* Converts untyped x to target in an implicit context; returns REPR_*. */
static int implicit_convert(Checker *c, Node *x, Type *target) {
    (void)c;
    if (!types_is_untyped(x->type) || target->kind == TYPE_INVALID)
        return REPR_OK;
    if (types_is_untyped(target)) {
        /* both untyped: the larger numeric kind wins */
        if (untyped_rank(x->type) && untyped_rank(target)) {
            if (untyped_rank(target) > untyped_rank(x->type))
                check_set_final_type(x, target);
            return REPR_OK;
        }
        return x->type->kind == target->kind ? REPR_OK : REPR_MISMATCH;
    }
    if (!untyped_kind_ok(x->type, target))
        return REPR_MISMATCH;
    if (types_is_interface(target)) {
        check_set_final_type(x, types_default(x->type));
        return REPR_OK;
    }
    if (x->mode == MODE_CONST) {
        ConstValue *v;
        int r = const_representable(x->cval, target, &v);
        if (r != REPR_OK)
            return r;
        x->cval = v;
    }
    check_set_final_type(x, target);
    return REPR_OK;
}

/* Converts an untyped operand to target, reporting errors as types2 does
 * for operands of binary operations and similar contexts. */
void check_convert_untyped(Checker *c, Node *x, Type *target) {
    int r = implicit_convert(c, x, target);
    if (r == REPR_OK)
        return;
    Pos p = check_start_pos(x);
    if (r == REPR_OVERFLOW)
        check_error(p, "%s overflows %s", operand_string(x), types_string(target));
    else if (r == REPR_TRUNCATED)
        check_error(p, "%s truncated to %s", operand_string(x), types_string(target));
    else
        check_error(p, "cannot convert %s to type %s", operand_string(x), types_string(target));
    invalidate(x);
}

/* Reports whether a value x (already typed) is assignable to type v. */
bool check_assignable(Type *v, Node *x) {
    if (!x)
        return false;
    Type *t = x->type;
    if (types_identical(t, v))
        return true;
    Type *tu = types_underlying(t), *vu = types_underlying(v);
    if (types_identical(tu, vu) && (t->kind != TYPE_NAMED || v->kind != TYPE_NAMED) &&
        tu->kind > TYPE_UNTYPED_NIL)
        return true;
    if (t->kind == TYPE_UNTYPED_NIL)
        return untyped_kind_ok(t, v);
    /* a bidirectional channel is assignable to a directional one */
    if (tu->kind == TYPE_CHAN && vu->kind == TYPE_CHAN && tu->dir == CHAN_BOTH &&
        types_identical(tu->elem, vu->elem) && (t->kind != TYPE_NAMED || v->kind != TYPE_NAMED))
        return true;
    if (vu->kind == TYPE_INTERFACE && vu->nmethods == 0)
        return true;
    return false;
}

void check_assignment(Checker *c, Node *x, Type *t, const char *context) {
    if (x->mode == MODE_INVALID)
        return;
    if (t && check_is_invalid(t)) {
        invalidate(x);
        return;
    }
    if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        check_error(check_start_pos(x), "cannot assign %s to %s in %s", operand_string(x),
                   t ? types_string(t) : "_", context);
        invalidate(x);
        return;
    }
    if (types_is_untyped(x->type)) {
        if (x->type->kind == TYPE_UNTYPED_NIL && !t) {
            check_error(check_start_pos(x), "use of untyped nil in %s", context);
            invalidate(x);
            return;
        }
        Type *target = !t || types_is_interface(t) ? types_default(x->type) : t;
        int r = implicit_convert(c, x, target);
        if (r != REPR_OK) {
            const char *why = r == REPR_OVERFLOW ? " (overflows)" : r == REPR_TRUNCATED ? " (truncated)" : "";
            check_error(check_start_pos(x), "cannot use %s as %s value in %s%s", operand_string(x),
                       types_string(target), context, why);
            invalidate(x);
            return;
        }
    }
    if (!t)
        return;
    if (types_is_interface(t) && !types_is_interface(x->type) && x->type->kind != TYPE_UNTYPED_NIL &&
        x->type->kind != TYPE_INVALID) {
        check_unsupported(c, check_start_pos(x), "conversions to interface types");
        invalidate(x);
        return;
    }
    if (!check_assignable(t, x) && x->type->kind != TYPE_INVALID && t->kind != TYPE_INVALID) {
        check_error(check_start_pos(x), "cannot use %s as type %s in %s", operand_string(x), types_string(t),
                   context);
        invalidate(x);
    }
}

/* ---- identifiers ---- */

void check_record_dep(Checker *c, Object *obj) {
    if (!c->decl || !obj->check || !(obj->kind == OBJ_VAR || obj->kind == OBJ_FUNC))
        return;
    DeclInfo *d = c->decl->check;
    if (d)
        vec_push(&d->deps, obj);
}

static void ident(Checker *c, Node *n) {
    const char *name = n->ident.name;
    if (check_is_blank(name)) {
        check_error(n->pos, "cannot use _ as value");
        invalidate(n);
        return;
    }
    Object *o = scope_lookup(c->scope, name);
    if (!o) {
        if (!strcmp(name, "error") || !strcmp(name, "any"))
            check_unsupported(c, n->pos, "interfaces");
        else
            check_error(n->pos, "undefined: %s", name);
        invalidate(n);
        return;
    }
    n->ident.obj = o;
    check_obj_decl(c, o);
    n->type = o->type;
    if ((o->kind == OBJ_VAR || o->kind == OBJ_CONST || o->kind == OBJ_FUNC) && check_is_invalid(o->type)) {
        o->flags |= OBJF_USED;
        invalidate(n);
        return;
    }
    switch (o->kind) {
    case OBJ_PKGNAME:
        o->flags |= OBJF_USED;
        check_error(n->pos, "use of package %s without selector", o->name);
        invalidate(n);
        return;
    case OBJ_CONST:
        n->mode = MODE_CONST;
        n->cval = o->cval;
        if (!o->pkg && !strcmp(name, "iota")) {
            if (!c->iota) {
                check_error(n->pos, "cannot use iota outside constant declaration");
                invalidate(n);
                return;
            }
            n->cval = c->iota;
        }
        if (!n->cval)
            invalidate(n);
        return;
    case OBJ_TYPE:
        if (!o->pkg && types_is_complex(o->type)) {
            check_unsupported(c, n->pos, "complex numbers");
            invalidate(n);
            return;
        }
        n->mode = MODE_TYPE;
        return;
    case OBJ_VAR:
        n->mode = MODE_VARIABLE;
        o->flags |= OBJF_USED;
        if (o->outer_func && c->func && o->outer_func != c->func)
            o->flags |= OBJF_CAPTURED;
        check_record_dep(c, o);
        break;
    case OBJ_FUNC:
        n->mode = MODE_VALUE;
        check_record_dep(c, o);
        break;
    case OBJ_BUILTIN: n->mode = MODE_BUILTIN; return;
    case OBJ_NIL: n->mode = MODE_VALUE; return;
    default: invalidate(n); return;
    }
    if (!n->type || n->type->kind == TYPE_INVALID)
        invalidate(n);
}

static void basic_lit(Checker *c, Node *n) {
    static const TypeKind kinds[] = {
        [LIT_INT] = TYPE_UNTYPED_INT, [LIT_FLOAT] = TYPE_UNTYPED_FLOAT, [LIT_CHAR] = TYPE_UNTYPED_RUNE,
        [LIT_STRING] = TYPE_UNTYPED_STRING, [LIT_IMAG] = TYPE_UNTYPED_COMPLEX,
    };
    if (n->lit.kind == LIT_IMAG) {
        check_unsupported(c, n->pos, "complex numbers");
        invalidate(n);
        return;
    }
    ConstValue *v = const_from_literal(n->lit.kind, n->lit.value);
    if (!v) {
        check_error(n->pos, "malformed constant: %s", n->lit.value);
        invalidate(n);
        return;
    }
    n->mode = MODE_CONST;
    n->type = TYPE(kinds[n->lit.kind]);
    n->cval = v;
}

/* ---- operators ---- */

static bool op_allowed(Op op, Type *t) {
    switch (op) {
    case OP_ADD: return types_is_numeric(t) || types_is_string(t);
    case OP_SUB: case OP_MUL: case OP_QUO: return types_is_numeric(t);
    case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_AND_NOT: return types_is_integer(t);
    case OP_LAND: case OP_LOR: case OP_NOT: return types_is_boolean(t);
    default: return false;
    }
}

static const char *overflow_op_name(Node *n) {
    Op op = n->kind == N_BINARY ? n->binary.op : n->kind == N_UNARY ? n->unary.op : OP_NONE;
    switch (op) {
    case OP_ADD: return "addition ";
    case OP_SUB: return "subtraction ";
    case OP_MUL: return "multiplication ";
    case OP_SHL: return "shift ";
    case OP_XOR: return n->kind == N_UNARY ? "bitwise complement " : "bitwise XOR ";
    default: return "";
    }
}

/* A typed constant result must fit its type; untyped ones must stay within
 * Go's precision limits. */
static void check_const_fits(Node *n) {
    if (n->mode != MODE_CONST)
        return;
    if (const_too_big(n->cval)) {
        check_error(n->pos, "constant %soverflow", overflow_op_name(n));
        invalidate(n);
        return;
    }
    if (types_is_untyped(n->type))
        return;
    ConstValue *v;
    int r = const_representable(n->cval, n->type, &v);
    if (r == REPR_OK) {
        n->cval = v;
        return;
    }
    if (r == REPR_OVERFLOW)
        check_error(check_start_pos(n), "%s overflows %s", operand_string(n), types_string(n->type));
    else
        check_error(check_start_pos(n), "cannot use %s as %s value", operand_string(n), types_string(n->type));
    invalidate(n);
}

static void unary(Checker *c, Node *n) {
    Node *x = n->unary.x;
    Op op = n->unary.op;
    if (op == OP_AND) {
        Node *ux = unparen(x);
        if (ux->kind == N_COMPOSITE_LIT) {
            check_expr(c, ux, NULL);
            if (ux->mode == MODE_INVALID) {
                invalidate(n);
                return;
            }
            x->mode = ux->mode;
            x->type = ux->type;
        } else {
            check_expr(c, x, NULL);
            if (x->mode == MODE_INVALID) {
                invalidate(n);
                return;
            }
            if (x->mode != MODE_VARIABLE) {
                check_error(check_start_pos(x), "invalid operation: cannot take address of %s", operand_string(x));
                invalidate(n);
                return;
            }
        }
        /* mark the root variable as address-taken */
        Node *r = ux;
        while (r->kind == N_SELECTOR || r->kind == N_INDEX || r->kind == N_PAREN) {
            if (r->kind == N_SELECTOR && r->selector.selection && r->selector.selection->indirect)
                break;
            if (r->kind == N_INDEX && types_underlying(r->index.x->type)->kind != TYPE_ARRAY)
                break;
            r = r->kind == N_SELECTOR ? r->selector.x : r->kind == N_INDEX ? r->index.x : r->paren.x;
        }
        if (r->kind == N_IDENT && r->ident.obj && r->ident.obj->kind == OBJ_VAR)
            r->ident.obj->flags |= OBJF_ADDR_TAKEN;
        n->mode = MODE_VALUE;
        n->type = types_pointer(x->type);
        return;
    }
    if (op == OP_ARROW) {
        check_unsupported(c, n->pos, "channels");
        check_use(c, x);
        invalidate(n);
        return;
    }
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        invalidate(n);
        return;
    }
    bool ok = op == OP_NOT ? types_is_boolean(x->type)
              : op == OP_XOR ? types_is_integer(x->type)
                             : types_is_numeric(x->type);
    if (!ok) {
        check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_string(op),
                   operand_string(x));
        invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_unary(op, x->cval, x->type);
        if (!n->cval) {
            invalidate(n);
            return;
        }
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}

static bool is_comparison(Op op) { return op >= OP_EQL && op <= OP_GEQ; }

static void mismatch(Node *n, Node *x, Node *y) {
    if (check_is_invalid(x->type) || check_is_invalid(y->type)) {
        invalidate(n);
        return;
    }
    check_error(check_start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
               types_string(x->type), types_string(y->type));
    invalidate(n);
}

/* Brings both operands of a binary operation to a common type. */
static bool match_operands(Checker *c, Node *n, Node *x, Node *y) {
    bool xu = types_is_untyped(x->type), yu = types_is_untyped(y->type);
    if (xu && !yu) {
        if (implicit_convert(c, x, y->type) == REPR_MISMATCH) {
            mismatch(n, x, y);
            return false;
        }
        check_convert_untyped(c, x, y->type);
    } else if (yu && !xu) {
        if (implicit_convert(c, y, x->type) == REPR_MISMATCH) {
            mismatch(n, x, y);
            return false;
        }
        check_convert_untyped(c, y, x->type);
    } else if (xu && yu) {
        if (untyped_rank(x->type) && untyped_rank(y->type)) {
            Type *t = untyped_rank(x->type) > untyped_rank(y->type) ? x->type : y->type;
            check_set_final_type(x, t);
            check_set_final_type(y, t);
        } else if (x->type->kind != y->type->kind) {
            mismatch(n, x, y);
            return false;
        }
    }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalidate(n);
        return false;
    }
    return true;
}

/* types2's kindString: the kind of a composite type, else the type itself. */
static const char *kind_string(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_ARRAY: return "array";
    case TYPE_SLICE: return "slice";
    case TYPE_STRUCT: return "struct";
    case TYPE_POINTER: return "pointer";
    case TYPE_FUNC: return "func";
    case TYPE_INTERFACE: return "interface";
    case TYPE_MAP: return "map";
    case TYPE_CHAN: return "chan";
    default: return types_string(t);
    }
}

/* Why values of type t cannot be compared with ==, as types2 words it. */
static const char *incomparable_cause(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_FUNC: case TYPE_MAP:
        return arena_printf(perm_arena, "%s can only be compared to nil", kind_string(t));
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!types_comparable(u->fields[i].type))
                return arena_printf(perm_arena, "struct containing %s cannot be compared",
                                    types_string(u->fields[i].type));
        return "";
    case TYPE_ARRAY: return arena_printf(perm_arena, "%s cannot be compared", types_string(t));
    default: return "";
    }
}

static bool has_nil(Type *t) {
    switch (types_underlying(t)->kind) {
    case TYPE_POINTER: case TYPE_UNSAFE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_CHAN:
    case TYPE_FUNC: case TYPE_INTERFACE: case TYPE_UNTYPED_NIL:
        return true;
    default: return false;
    }
}

static void comparison_error(Node *n, Node *x, Node *y, Node *at, const char *cause) {
    if (!*cause)
        cause = arena_printf(perm_arena, "operator %s not defined on %s", ast_op_string(n->binary.op),
                             kind_string(at->type));
    check_error(check_start_pos(at), "invalid operation: %s %s %s (%s)", expr_string(x), ast_op_string(n->binary.op),
                expr_string(y), cause);
    invalidate(n);
}

static void comparison(Checker *c, Node *n, Node *x, Node *y) {
    Op op = n->binary.op;
    bool xnil = x->type->kind == TYPE_UNTYPED_NIL, ynil = y->type->kind == TYPE_UNTYPED_NIL;
    /* an untyped operand takes the other's type where the kinds allow it */
    if (types_is_untyped(x->type) != types_is_untyped(y->type)) {
        Node *u = types_is_untyped(x->type) ? x : y, *t = u == x ? y : x;
        if (implicit_convert(c, u, t->type) != REPR_MISMATCH)
            check_convert_untyped(c, u, t->type);
    } else if (types_is_untyped(x->type) && untyped_rank(x->type) && untyped_rank(y->type)) {
        Type *t = untyped_rank(x->type) > untyped_rank(y->type) ? x->type : y->type;
        check_set_final_type(x, t);
        check_set_final_type(y, t);
    }
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalidate(n);
        return;
    }
    if (check_is_invalid(x->type) || check_is_invalid(y->type)) {
        invalidate(n);
        return;
    }
    if (!check_assignable(x->type, y) && !check_assignable(y->type, x)) {
        comparison_error(n, x, y, y, arena_printf(perm_arena, "mismatched types %s and %s", types_string(x->type),
                                                  types_string(y->type)));
        return;
    }
    if (op == OP_EQL || op == OP_NEQ) {
        if (xnil || ynil) {
            if (!has_nil(xnil ? y->type : x->type) || (xnil && ynil)) {
                comparison_error(n, x, y, y, "");
                return;
            }
        } else if (!types_comparable(x->type)) {
            comparison_error(n, x, y, x, incomparable_cause(x->type));
            return;
        } else if (!types_comparable(y->type)) {
            comparison_error(n, x, y, y, incomparable_cause(y->type));
            return;
        }
    } else if (!types_is_ordered(x->type)) {
        comparison_error(n, x, y, x, "");
        return;
    } else if (!types_is_ordered(y->type)) {
        comparison_error(n, x, y, y, "");
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_make_bool(const_compare(op, x->cval, y->cval));
    } else {
        n->mode = MODE_VALUE;
        /* untyped operands of a non-constant comparison get their default types */
        check_set_final_type(x, types_default(x->type));
        check_set_final_type(y, types_default(y->type));
    }
    n->type = TYPE(TYPE_UNTYPED_BOOL);
}

static void shift(Checker *c, Node *n, Node *x, Node *y) {
    (void)c;
    /* the count */
    if (y->mode == MODE_CONST) {
        ConstValue *v = const_to_int(y->cval);
        if (!v || !types_is_numeric(y->type)) {
            check_error(check_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
            invalidate(n);
            return;
        }
        if (const_sign(v) < 0) {
            check_error(check_start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
            invalidate(n);
            return;
        }
        if (types_is_untyped(y->type))
            check_set_final_type(y, TYPE(TYPE_UINT));
        y->cval = v;
    } else if (!types_is_integer(y->type)) {
        check_error(check_start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
        invalidate(n);
        return;
    }
    /* the shifted operand */
    if (x->mode == MODE_CONST && types_is_untyped(x->type)) {
        ConstValue *v = const_to_int(x->cval);
        if (!v || !types_is_numeric(x->type)) {
            check_error(check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                       operand_string(x));
            invalidate(n);
            return;
        }
        if (y->mode != MODE_CONST) {
            /* a non-constant shift of an untyped constant: the constant takes
             * the type the context gives the whole shift (spec), so the
             * result stays untyped until then */
            x->cval = v;
            if (x->type->kind == TYPE_UNTYPED_FLOAT)
                x->type = TYPE(TYPE_UNTYPED_INT);
        } else {
            x->cval = v;
            if (x->type->kind == TYPE_UNTYPED_FLOAT)
                x->type = TYPE(TYPE_UNTYPED_INT);
        }
    } else if (!types_is_integer(x->type)) {
        check_error(check_start_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
        invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        if (!const_fits_uint(y->cval, 10000)) {
            check_error(check_start_pos(y), "invalid shift count %s", operand_string(y));
            invalidate(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cval = const_shift(n->binary.op, x->cval, const_uint64(y->cval));
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}

static void binary(Checker *c, Node *n) {
    Node *x = n->binary.x, *y = n->binary.y;
    Op op = n->binary.op;
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalidate(n);
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(c, n, x, y);
        return;
    }
    if (is_comparison(op)) {
        comparison(c, n, x, y);
        return;
    }
    if (!match_operands(c, n, x, y))
        return;
    if (!types_identical(x->type, y->type)) {
        mismatch(n, x, y);
        return;
    }
    if (!op_allowed(op, x->type)) {
        check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_string(op),
                   operand_string(x));
        invalidate(n);
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && y->mode == MODE_CONST && const_is_zero(y->cval) &&
        (x->mode == MODE_CONST || types_is_integer(x->type))) {
        check_error(check_start_pos(y), "invalid operation: division by zero");
        invalidate(n);
        return;
    }
    n->type = x->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_binary(op, x->cval, y->cval, types_is_integer(x->type));
        if (!n->cval) {
            invalidate(n);
            return;
        }
        check_const_fits(n);
        return;
    }
    n->mode = MODE_VALUE;
}

/* ---- selectors ---- */

/* Finds field or method `name` in t (depth-first by embedding level). */
typedef struct Lookup {
    Object *method;
    Field *field;
    int path[16];
    int npath;
    bool indirect;
    bool ptr_recv;  /* method has a pointer receiver */
} Lookup;

static bool lookup_in(Type *t, const char *name, Lookup *lk, int depth) {
    if (depth > 8)
        return false;
    bool ind = false;
    if (t->kind == TYPE_POINTER) {
        t = t->elem;
        ind = true;
    }
    if (t->kind == TYPE_NAMED) {
        for (int i = 0; i < t->nmethods; i++)
            if (t->methods[i]->name == name) {
                lk->method = t->methods[i];
                lk->indirect |= ind;
                Type *rt = lk->method->type ? lk->method->type->recv : NULL;
                lk->ptr_recv = rt && rt->kind == TYPE_POINTER;
                return true;
            }
    }
    Type *u = types_underlying(t);
    if (u->kind != TYPE_STRUCT)
        return false;
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].name == name) {
            lk->field = &u->fields[i];
            lk->path[lk->npath++] = i;
            lk->indirect |= ind;
            return true;
        }
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded)
            continue;
        Lookup sub = *lk;
        sub.path[sub.npath++] = i;
        sub.indirect |= ind;
        if (lookup_in(u->fields[i].type, name, &sub, depth + 1)) {
            *lk = sub;
            return true;
        }
    }
    return false;
}

/* Does a struct embed a type that earlier errors made invalid? */
static bool has_invalid_embedding(Type *t, int depth) {
    if (t->kind == TYPE_POINTER)
        t = t->elem;
    Type *u = types_underlying(t);
    if (u->kind != TYPE_STRUCT || depth > 8)
        return false;
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].embedded &&
            (check_is_invalid(u->fields[i].type) || has_invalid_embedding(u->fields[i].type, depth + 1)))
            return true;
    return false;
}

static void qualified(Checker *c, Node *n, Object *pkgname) {
    (void)c;
    pkgname->flags |= OBJF_USED;
    const char *name = n->selector.sel->ident.name;
    Object *o = scope_lookup_local(pkgname->imported->scope, name);
    if (!o && pkgname->imported->missing) {
        invalidate(n);
        return;
    }
    if (!o) {
        check_error(n->selector.sel->pos, "undefined: %s.%s", pkgname->imported->name, name);
        invalidate(n);
        return;
    }
    Selection *s = ARENA_NEW(perm_arena, Selection);
    s->kind = SEL_QUALIFIED;
    s->obj = o;
    n->selector.selection = s;
    n->selector.sel->ident.obj = o;
    n->type = o->type;
    switch (o->kind) {
    case OBJ_TYPE: n->mode = MODE_TYPE; break;
    case OBJ_BUILTIN: n->mode = MODE_BUILTIN; break;
    case OBJ_CONST: n->mode = MODE_CONST; n->cval = o->cval; break;
    case OBJ_VAR: n->mode = MODE_VARIABLE; break;
    default: n->mode = MODE_VALUE; break;
    }
}

static void selector(Checker *c, Node *n) {
    Node *x = n->selector.x;
    if (x->kind == N_IDENT) {
        Object *o = scope_lookup(c->scope, x->ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            x->ident.obj = o;
            qualified(c, n, o);
            return;
        }
    }
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        invalidate(n);
        return;
    }
    if (x->mode == MODE_TYPE) {
        check_unsupported(c, n->pos, "method expressions");
        invalidate(n);
        return;
    }
    const char *name = intern(n->selector.sel->ident.name);
    Lookup lk = {0};
    Type *t = x->type;
    if (check_is_invalid(t) || (t->kind == TYPE_POINTER && check_is_invalid(t->elem))) {
        invalidate(n);
        return;
    }
    bool found = (t->kind != TYPE_POINTER || types_underlying(t->elem)->kind != TYPE_POINTER) &&
                 lookup_in(t, name, &lk, 0);
    if (!found && has_invalid_embedding(t, 0)) {
        invalidate(n);
        return;
    }
    if (!found) {
        check_error(n->selector.sel->pos, "%s undefined (type %s has no field or method %s)", expr_string(n),
                   types_string(t), name);
        invalidate(n);
        return;
    }
    Selection *s = ARENA_NEW(perm_arena, Selection);
    s->recv = t;
    s->indirect = lk.indirect;
    s->npath = lk.npath;
    s->path = ARENA_NEWN(perm_arena, int, lk.npath ? lk.npath : 1);
    memcpy(s->path, lk.path, sizeof(int) * (size_t)lk.npath);
    n->selector.selection = s;
    if (lk.field) {
        s->kind = SEL_FIELD;
        n->type = lk.field->type;
        n->mode = x->mode == MODE_VARIABLE || lk.indirect ? MODE_VARIABLE : MODE_VALUE;
        return;
    }
    s->kind = SEL_METHOD;
    s->obj = lk.method;
    n->selector.sel->ident.obj = lk.method;
    if (lk.ptr_recv && !lk.indirect && t->kind != TYPE_POINTER) {
        if (x->mode != MODE_VARIABLE) {
            check_error(check_start_pos(n), "cannot call pointer method %s on %s", name, types_string(t));
            invalidate(n);
            return;
        }
        Node *r = unparen(x);
        while (r->kind == N_SELECTOR && r->selector.selection && !r->selector.selection->indirect)
            r = unparen(r->selector.x);
        if (r->kind == N_IDENT && r->ident.obj && r->ident.obj->kind == OBJ_VAR)
            r->ident.obj->flags |= OBJF_ADDR_TAKEN;
    }
    Type *mt = lk.method->type;
    n->type = types_func(mt->params, mt->results, mt->variadic);
    n->mode = MODE_VALUE;
}

/* ---- index expressions ---- */

static bool check_index(Checker *c, Node *i, int64_t length) {
    check_expr(c, i, NULL);
    if (i->mode == MODE_INVALID)
        return false;
    if (i->mode == MODE_CONST && types_is_untyped(i->type)) {
        check_convert_untyped(c, i, TYPE(TYPE_INT));
        if (i->mode == MODE_INVALID)
            return false;
    }
    if (!types_is_integer(i->type)) {
        check_error(check_start_pos(i), "invalid argument: index %s must be integer", operand_string(i));
        return false;
    }
    if (i->mode == MODE_CONST) {
        if (const_sign(i->cval) < 0) {
            check_error(check_start_pos(i), "invalid argument: index %s must not be negative", operand_string(i));
            return false;
        }
        if (length >= 0 && !const_fits_uint(i->cval, (uint64_t)length - 1)) {
            check_error(check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", const_text(i->cval),
                       (long long)length);
            return false;
        }
    }
    return true;
}

static void index_expr(Checker *c, Node *n) {
    Node *x = n->index.x;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID || n->index.indices.len != 1) {
        for (int i = 0; i < n->index.indices.len; i++)
            check_use(c, n->index.indices.items[i]);
        if (n->index.indices.len != 1)
            check_unsupported(c, n->pos, "generics");
        invalidate(n);
        return;
    }
    Node *i = n->index.indices.items[0];
    Type *u = types_underlying(x->type);
    int64_t length = -1;
    if (u->kind == TYPE_POINTER && types_underlying(u->elem)->kind == TYPE_ARRAY)
        u = types_underlying(u->elem), n->mode = MODE_VARIABLE;
    else
        n->mode = MODE_VALUE;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (types_is_untyped(x->type))
            check_set_final_type(x, TYPE(TYPE_STRING));
        n->type = types_byte;
        n->mode = MODE_VALUE;
        break;
    case TYPE_ARRAY:
        length = u->len;
        n->type = u->elem;
        if (x->mode == MODE_VARIABLE)
            n->mode = MODE_VARIABLE;
        break;
    case TYPE_SLICE:
        n->type = u->elem;
        n->mode = MODE_VARIABLE;
        break;
    case TYPE_MAP:
        check_unsupported(c, n->pos, "maps");
        check_use(c, i);
        invalidate(n);
        return;
    default:
        check_use(c, i);
        check_error(check_start_pos(x), "invalid operation: cannot index %s", operand_string(x));
        invalidate(n);
        return;
    }
    if (x->mode == MODE_CONST && types_is_string(x->type)) {
        int64_t len;
        const_string(x->cval, &len);
        length = len;
    }
    if (!check_index(c, i, length))
        invalidate(n);
}

/* ---- calls ---- */

static const char *want_summary(Type *params, bool variadic) {
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < params->nfields; i++) {
        if (i)
            buf_puts(&b, ", ");
        if (variadic && i == params->nfields - 1) {
            buf_puts(&b, "...");
            buf_puts(&b, types_string(params->fields[i].type->elem));
        } else {
            buf_puts(&b, types_string(params->fields[i].type));
        }
    }
    buf_putc(&b, ')');
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}

static const char *value_types_summary(RhsList *l) {
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < l->n; i++) {
        Type *t = l->types[i];
        if (i)
            buf_puts(&b, ", ");
        buf_puts(&b, !t || t->kind == TYPE_INVALID ? "<T>"
                     : types_is_untyped(t)          ? (types_is_numeric(t) ? "number" : types_string(t) + 8)
                                                    : types_string(t));
    }
    buf_putc(&b, ')');
    const char *s = arena_strndup(perm_arena, (const char *)b.data, b.len);
    buf_free(&b);
    return s;
}

/* Arguments of a call of a function with signature sig (types2's arguments). */
static void call_args(Checker *c, Node *call, Type *sig) {
    NodeList args = call->call.args;
    Type *params = sig->params;
    int npars = params->nfields;
    bool ddd = call->call.has_dots;
    RhsList l;
    check_rhs_list(c, args, &l);
    if (sig->variadic && ddd && args.len == 1 && l.n > 1) {
        check_error(check_start_pos(call), "cannot use ... with %d-valued %s", l.n, expr_string(args.items[0]));
        return;
    }
    if (!sig->variadic && ddd) {
        check_error(check_start_pos(call), "cannot use ... in call to non-variadic %s", expr_string(call->call.fun));
        return;
    }
    bool spread = sig->variadic && !ddd; /* extra arguments fill the ... parameter */
    bool count_ok = spread ? l.n >= npars - 1 : l.n == npars;
    if (!count_ok) {
        if (l.any_invalid)
            return;
        bool few = l.n < (spread ? npars - 1 : npars);
        Pos at = check_start_pos(call);
        if (!few)
            at = check_start_pos(l.tuple ? args.items[0] : args.items[spread ? npars - 1 : npars]);
        else if (l.n > 0)
            at = check_start_pos(l.tuple ? args.items[0] : args.items[l.n - 1]);
        check_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
                    expr_string(call->call.fun), value_types_summary(&l), want_summary(params, sig->variadic));
        return;
    }
    const char *ctx = arena_printf(perm_arena, "argument to %s", expr_string(call->call.fun));
    for (int i = 0; i < l.n; i++) {
        Type *pt = spread && i >= npars - 1 ? params->fields[npars - 1].type->elem : params->fields[i].type;
        check_assign_value(c, &l, i, pt, ctx);
    }
}

static void call(Checker *c, Node *n) {
    Node *f = n->call.fun;
    check_expr_or_type(c, f);
    if (f->mode == MODE_INVALID) {
        for (int i = 0; i < n->call.args.len; i++)
            check_use(c, n->call.args.items[i]);
        invalidate(n);
        return;
    }
    if (f->mode == MODE_TYPE) {
        check_conversion(c, n, f->type);
        return;
    }
    if (f->mode == MODE_BUILTIN) {
        Node *uf = unparen(f);
        Object *b = uf->kind == N_IDENT ? uf->ident.obj : uf->selector.selection->obj;
        check_builtin_call(c, n, b);
        return;
    }
    Type *sig = types_underlying(f->type);
    if (sig->kind != TYPE_FUNC) {
        check_error(check_start_pos(n), "invalid operation: cannot call non-function %s", operand_string(f));
        for (int i = 0; i < n->call.args.len; i++)
            check_use(c, n->call.args.items[i]);
        invalidate(n);
        return;
    }
    Node *uf = unparen(f);
    bool direct = (uf->kind == N_IDENT && uf->ident.obj && uf->ident.obj->kind == OBJ_FUNC) ||
                  (uf->kind == N_SELECTOR && uf->selector.selection &&
                   (uf->selector.selection->kind == SEL_METHOD ||
                    (uf->selector.selection->kind == SEL_QUALIFIED && uf->selector.selection->obj->kind == OBJ_FUNC)));
    if (!direct) {
        check_unsupported(c, check_start_pos(n), "calls of function values");
        invalidate(n);
        return;
    }
    call_args(c, n, sig);
    Type *res = sig->results;
    for (int i = 0; i < res->nfields; i++)
        if (check_is_invalid(res->fields[i].type)) {
            invalidate(n);
            return;
        }
    if (res->nfields == 0) {
        n->mode = MODE_NOVALUE;
        n->type = res;
    } else if (res->nfields == 1) {
        n->mode = MODE_VALUE;
        n->type = res->fields[0].type;
    } else {
        n->mode = MODE_VALUE;
        n->type = res;
    }
}

/* ---- dispatch ---- */

/* Checks sub-expressions after an error so their variables count as used. */
void check_use(Checker *c, Node *n) {
    if (!n)
        return;
    Node *u = unparen(n);
    if (u->kind == N_IDENT) {
        Object *o = scope_lookup(c->scope, u->ident.name);
        if (o && o->kind == OBJ_VAR)
            o->flags |= OBJF_USED;
        return;
    }
    if (n->mode == MODE_INVALID && n->type == NULL)
        check_expr_or_type(c, n);
}

/* Function literals are not compiled yet; their bodies are still checked so
 * the errors (and uses of outer variables) are right. */
static void func_lit(Checker *c, Node *n) {
    check_unsupported(c, n->pos, "function literals");
    Type *sig = check_signature(c, n->func_lit.type, NULL, NULL, false);
    Type *saved_sig = c->sig;
    Vec saved_labels = c->labels;
    c->labels = (Vec){0};
    c->scope = scope_new(c->scope, true);
    c->sig = sig;
    check_declare_params(c, NULL, n->func_lit.type, sig);
    check_block(c, n->func_lit.body);
    c->scope = c->scope->parent;
    c->sig = saved_sig;
    vec_free(&c->labels);
    c->labels = saved_labels;
    invalidate(n);
}

static void raw_expr(Checker *c, Node *n) {
    n->cval = NULL;
    switch (n->kind) {
    case N_IDENT: ident(c, n); break;
    case N_BASIC_LIT: basic_lit(c, n); break;
    case N_PAREN:
        raw_expr(c, n->paren.x);
        n->mode = n->paren.x->mode;
        n->type = n->paren.x->type;
        n->cval = n->paren.x->cval;
        break;
    case N_UNARY: unary(c, n); break;
    case N_BINARY:
        if (n->binary.op == OP_LAND || n->binary.op == OP_LOR) {
            Node *x = n->binary.x, *y = n->binary.y;
            check_expr(c, x, NULL);
            check_expr(c, y, NULL);
            if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
                invalidate(n);
                break;
            }
            if (!match_operands(c, n, x, y))
                break;
            if (!types_identical(x->type, y->type)) {
                mismatch(n, x, y);
                break;
            }
            if (!types_is_boolean(x->type)) {
                check_error(check_start_pos(x), "invalid operation: operator %s not defined on %s",
                           ast_op_string(n->binary.op), operand_string(x));
                invalidate(n);
                break;
            }
            n->type = x->type;
            if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
                n->mode = MODE_CONST;
                n->cval = const_binary(n->binary.op, x->cval, y->cval, false);
            } else {
                n->mode = MODE_VALUE;
            }
            break;
        }
        binary(c, n);
        break;
    case N_SELECTOR: selector(c, n); break;
    case N_INDEX: index_expr(c, n); break;
    case N_CALL: call(c, n); break;
    case N_STAR: {
        Node *x = n->star.x;
        check_expr_or_type(c, x);
        if (x->mode == MODE_INVALID) {
            invalidate(n);
            break;
        }
        if (x->mode == MODE_TYPE) {
            n->mode = MODE_TYPE;
            n->type = types_pointer(x->type);
            break;
        }
        Type *u = types_underlying(x->type);
        if (u->kind != TYPE_POINTER) {
            check_error(check_start_pos(x), "invalid operation: cannot indirect %s", operand_string(x));
            invalidate(n);
            break;
        }
        n->mode = MODE_VARIABLE;
        n->type = u->elem;
        break;
    }
    case N_COMPOSITE_LIT: check_composite_lit(c, n); break;
    case N_FUNC_LIT: func_lit(c, n); break;
    case N_SLICE_EXPR: check_slice_expr(c, n); break;
    case N_TYPE_ASSERT:
        check_unsupported(c, check_start_pos(n), "type assertions");
        check_use(c, n->assert.x);
        invalidate(n);
        break;
    case N_ARRAY_TYPE: case N_STRUCT_TYPE: case N_FUNC_TYPE: case N_INTERFACE_TYPE: case N_MAP_TYPE:
    case N_CHAN_TYPE:
        check_type_expr(c, n);
        break;
    case N_KEY_VALUE:
        check_error(n->pos, "unexpected key:value expression");
        invalidate(n);
        break;
    default:
        check_error(n->pos, "gocc: unexpected %s in expression", ast_kind_name(n->kind));
        invalidate(n);
        break;
    }
}

void check_expr_or_type(Checker *c, Node *n) {
    raw_expr(c, n);
    if (!n->type && n->mode != MODE_INVALID)
        n->type = TYPE(TYPE_INVALID);
}

/* An expression that may be a multi-valued call. */
void check_multi_expr(Checker *c, Node *n) {
    check_expr_or_type(c, n);
    check_require_value(c, n);
}

/* Reports a checked expression that is not a value (type, builtin, no value). */
void check_require_value(Checker *c, Node *n) {
    if (n->mode == MODE_TYPE) {
        check_error(check_start_pos(n), "%s is not an expression", operand_string(n));
        invalidate(n);
    } else if (n->mode == MODE_BUILTIN) {
        check_error(check_start_pos(n), "%s must be called", operand_string(n));
        invalidate(n);
    } else if (n->mode == MODE_NOVALUE) {
        check_error(check_start_pos(n), "%s used as value", operand_string(n));
        invalidate(n);
    } else if (n->mode != MODE_INVALID) {
        Node *u = unparen(n);
        if (u->kind == N_SELECTOR && u->selector.selection && u->selector.selection->kind == SEL_METHOD) {
            check_unsupported(c, check_start_pos(n), "method values");
            invalidate(n);
        } else if ((u->kind == N_IDENT && u->ident.obj && u->ident.obj->kind == OBJ_FUNC) ||
                   (u->kind == N_SELECTOR && u->selector.selection && u->selector.selection->obj &&
                    u->selector.selection->obj->kind == OBJ_FUNC)) {
            check_unsupported(c, check_start_pos(n), "function values");
            invalidate(n);
        }
    }
}

/* "assignment mismatch" as types2 reports it: at the first right-hand value. */
void check_assign_error(NodeList rhs, int nvars, int nvals) {
    Node *r0 = rhs.items[0], *call = unparen(r0);
    if (rhs.len == 1 && call->kind == N_CALL)
        check_error(check_start_pos(r0), "assignment mismatch: %d variable%s but %s returns %d value%s", nvars,
                   nvars == 1 ? "" : "s", expr_string(call->call.fun), nvals, nvals == 1 ? "" : "s");
    else
        check_error(check_start_pos(r0), "assignment mismatch: %d variable%s but %d value%s", nvars,
                   nvars == 1 ? "" : "s", nvals, nvals == 1 ? "" : "s");
}

void check_expr(Checker *c, Node *n, Type *hint) {
    (void)hint;
    check_multi_expr(c, n);
    if (n->mode != MODE_INVALID && n->type && n->type->kind == TYPE_TUPLE) {
        check_error(check_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(n), types_string(n->type));
        invalidate(n);
    }
}
