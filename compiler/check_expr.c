/* check_expr.c - expressions: the dispatch over expression kinds, identifiers
 * and literals, and the single-value/multi-value entry points. Operators,
 * selectors, calls and untyped conversions live in check_ops.c,
 * check_select.c, check_call.c and check_convert.c. Every checked node gets
 * mode, type (final) and cval. */
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

void check_invalidate(Node *n) {
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
        check_invalidate(n);
        return;
    }
    Object *o = scope_lookup(c->scope, name);
    if (!o) {
        bool silent = false; /* a name perhaps from a package gocc could not import */
        for (Scope *sc = c->scope; sc; sc = sc->parent)
            silent |= sc->missing_dot_import;
        if (!strcmp(name, "comparable"))
            check_unsupported(c, n->pos, "generics (the comparable constraint)");
        else if (!silent)
            check_error(n->pos, "undefined: %s", name);
        check_invalidate(n);
        return;
    }
    n->ident.obj = o;
    if (o->pkg && o->pkg != c->pkg)
        for (int i = 0; i < c->dot_imports.len; i++) { /* a name from a dot import */
            Object *dot = c->dot_imports.items[i];
            if (dot->imported == o->pkg)
                dot->flags |= OBJF_USED;
        }
    check_obj_decl(c, o);
    n->type = o->type;
    if ((o->kind == OBJ_VAR || o->kind == OBJ_CONST || o->kind == OBJ_FUNC) && check_is_invalid(o->type)) {
        o->flags |= OBJF_USED;
        check_invalidate(n);
        return;
    }
    switch (o->kind) {
    case OBJ_PKGNAME:
        o->flags |= OBJF_USED;
        check_error(n->pos, "use of package %s without selector", o->name);
        check_invalidate(n);
        return;
    case OBJ_CONST:
        n->mode = MODE_CONST;
        n->cval = o->cval;
        if (!o->pkg && !strcmp(name, "iota")) {
            if (!c->iota) {
                check_error(n->pos, "cannot use iota outside constant declaration");
                check_invalidate(n);
                return;
            }
            n->cval = c->iota;
        }
        if (!n->cval)
            check_invalidate(n);
        return;
    case OBJ_TYPE:
        n->mode = MODE_TYPE;
        return;
    case OBJ_VAR:
        n->mode = MODE_VARIABLE;
        o->flags |= OBJF_USED;
        if (o->outer_func && c->func && o->outer_func != c->func)
            check_capture(c, o);
        check_record_dep(c, o);
        break;
    case OBJ_FUNC:
        n->mode = MODE_VALUE;
        check_record_dep(c, o);
        break;
    case OBJ_BUILTIN: n->mode = MODE_BUILTIN; return;
    case OBJ_NIL: n->mode = MODE_VALUE; return;
    default: check_invalidate(n); return;
    }
    if (!n->type || n->type->kind == TYPE_INVALID)
        check_invalidate(n);
}

static void basic_lit(Node *n) {
    static const TypeKind kinds[] = {
        [LIT_INT] = TYPE_UNTYPED_INT, [LIT_FLOAT] = TYPE_UNTYPED_FLOAT, [LIT_CHAR] = TYPE_UNTYPED_RUNE,
        [LIT_STRING] = TYPE_UNTYPED_STRING, [LIT_IMAG] = TYPE_UNTYPED_COMPLEX,
    };
    ConstValue *v = const_from_literal(n->lit.kind, n->lit.value);
    if (!v) {
        check_error(n->pos, "malformed constant: %s", n->lit.value);
        check_invalidate(n);
        return;
    }
    n->mode = MODE_CONST;
    n->type = TYPE(kinds[n->lit.kind]);
    n->cval = v;
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


static void raw_expr(Checker *c, Node *n) {
    n->cval = NULL;
    switch (n->kind) {
    case N_IDENT: ident(c, n); break;
    case N_BASIC_LIT: basic_lit(n); break;
    case N_PAREN:
        raw_expr(c, n->paren.x);
        n->mode = n->paren.x->mode;
        n->type = n->paren.x->type;
        n->cval = n->paren.x->cval;
        break;
    case N_UNARY: check_unary(c, n); break;
    case N_BINARY: check_binary(c, n); break;
    case N_SELECTOR: check_selector(c, n); break;
    case N_INDEX: check_index_expr(c, n); break;
    case N_CALL: check_call(c, n); break;
    case N_STAR: {
        Node *x = n->star.x;
        check_expr_or_type(c, x);
        if (x->mode == MODE_INVALID) {
            check_invalidate(n);
            break;
        }
        if (x->mode == MODE_TYPE) {
            n->mode = MODE_TYPE;
            n->type = types_pointer(x->type);
            break;
        }
        Type *u = types_underlying(x->type);
        if (u->kind == TYPE_INVALID) {
            check_invalidate(n);
            break;
        }
        if (u->kind != TYPE_POINTER) {
            check_error(check_start_pos(x), "invalid operation: cannot indirect %s", operand_string(x));
            check_invalidate(n);
            break;
        }
        n->mode = MODE_VARIABLE;
        n->type = u->elem;
        break;
    }
    case N_COMPOSITE_LIT: check_composite_lit(c, n); break;
    case N_FUNC_LIT: check_func_lit(c, n); break;
    case N_SLICE_EXPR: check_slice_expr(c, n); break;
    case N_TYPE_ASSERT: check_type_assert(c, n); break;
    case N_ARRAY_TYPE: case N_STRUCT_TYPE: case N_FUNC_TYPE: case N_INTERFACE_TYPE: case N_MAP_TYPE:
    case N_CHAN_TYPE:
        check_type_expr(c, n);
        break;
    case N_KEY_VALUE:
        check_error(n->pos, "unexpected key:value expression");
        check_invalidate(n);
        break;
    default:
        check_error(n->pos, "gocc: unexpected %s in expression", ast_kind_name(n->kind));
        check_invalidate(n);
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
    (void)c;
    if (n->mode == MODE_TYPE) {
        check_error(check_start_pos(n), "%s is not an expression", operand_string(n));
        check_invalidate(n);
    } else if (n->mode == MODE_BUILTIN) {
        check_error(check_start_pos(n), "%s must be called", operand_string(n));
        check_invalidate(n);
    } else if (n->mode == MODE_NOVALUE) {
        check_error(check_start_pos(n), "%s used as value", operand_string(n));
        check_invalidate(n);
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
        check_invalidate(n);
    }
}
