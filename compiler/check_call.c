/* check_call.c - calls: argument lists against signatures (variadic,
 * multi-valued arguments), builtins and conversions dispatch, and function
 * literals (checked, then reported as not supported yet). */
#include <string.h>

#include "arena.h"
#include "check.h"

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
    check_rhs_list(c, args, &l, 0);
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

void check_call(Checker *c, Node *n) {
    Node *f = n->call.fun;
    check_expr_or_type(c, f);
    if (f->mode == MODE_INVALID) {
        for (int i = 0; i < n->call.args.len; i++)
            check_use(c, n->call.args.items[i]);
        check_invalidate(n);
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
        check_invalidate(n);
        return;
    }
    call_args(c, n, sig);
    Type *res = sig->results;
    for (int i = 0; i < res->nfields; i++)
        if (check_is_invalid(res->fields[i].type)) {
            check_invalidate(n);
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

/* The link name of the next closure in the current function: Go 1.19 names
 * them outer.func1, outer.func2 ... and nested ones outer.func1.1. */
static const char *closure_name(Checker *c) {
    int n = ++c->closure->nclosures;
    Object *outer = c->closure->fn;
    if (!outer)
        return arena_printf(perm_arena, "%s.glob..func%d", c->pkg->path, n);
    if (c->closure->outer_ctx) /* the enclosing function is itself a closure */
        return arena_printf(perm_arena, "%s.%d", outer->link_name, n);
    return arena_printf(perm_arena, "%s.func%d", outer->link_name, n);
}

/* Records that the current closure (and those between it and the variable's
 * function) capture the local variable o. */
void check_capture(Checker *c, Object *o) {
    o->flags |= OBJF_CAPTURED;
    for (ClosureCtx *k = c->closure; k && k->outer_ctx && k->fn != o->outer_func; k = k->outer_ctx) {
        bool seen = false;
        for (int i = 0; i < k->captures.len && !seen; i++)
            seen = k->captures.items[i] == o;
        if (!seen)
            vec_push(&k->captures, o);
    }
}

/* func(...) {...}: a synthetic OBJ_FUNC; the body is checked with the
 * closure as the current function, so its locals belong to it. */
void check_func_lit(Checker *c, Node *n) {
    Type *sig = check_signature(c, n->func_lit.type, NULL, NULL, false);
    Object *fn = obj_new(OBJ_FUNC, "func", n->pos, sig, c->pkg);
    fn->decl = n;
    fn->outer_func = c->func;
    fn->link_name = closure_name(c);
    fn->name = fn->link_name;
    vec_push(&c->pkg->closures, fn);
    n->func_lit.func = fn;

    ClosureCtx ctx = {.fn = fn, .outer_ctx = c->closure};
    Type *saved_sig = c->sig;
    Object *saved_func = c->func;
    Vec saved_labels = c->labels;
    c->closure = &ctx;
    c->func = fn;
    c->labels = (Vec){0};
    c->scope = scope_new(c->scope, true);
    c->sig = sig;
    check_declare_params(c, NULL, n->func_lit.type, sig);
    check_block(c, n->func_lit.body);
    if (sig->results->nfields > 0 && !check_is_terminating(n->func_lit.body, NULL))
        check_error(n->func_lit.body->block.rbrace, "missing return");
    c->scope = c->scope->parent;
    c->sig = saved_sig;
    c->func = saved_func;
    vec_free(&c->labels);
    c->labels = saved_labels;
    c->closure = ctx.outer_ctx;

    n->func_lit.ncaptures = ctx.captures.len;
    n->func_lit.captures = ARENA_NEWN(perm_arena, Object *, ctx.captures.len ? ctx.captures.len : 1);
    for (int i = 0; i < ctx.captures.len; i++)
        n->func_lit.captures[i] = ctx.captures.items[i];
    vec_free(&ctx.captures);
    n->mode = MODE_VALUE;
    n->type = sig;
}
