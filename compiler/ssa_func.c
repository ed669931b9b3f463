/* ssa_func.c - calls of method expressions T.M(x, args) / (*T).M(p, args):
 * the receiver is the first parameter of the method's function
 * (ABIInternal), so the call is a plain call of the method's symbol when the
 * expression's receiver kind matches the method's. Calls x.M(args) are in
 * ssa_method.c; method bodies get their receiver in ssa_stmt.c. */
#include "ssa_build.h"

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_ptr(Type *t) { return bld_under(t)->kind == TYPE_POINTER; }

bool bld_method_expr_call(Builder *b, Node *call, Words *out) {
    Node *fun = unparen(call->call.fun);
    if (fun->kind != N_SELECTOR || !fun->selector.selection)
        return false;
    Selection *sel = fun->selector.selection;
    Object *m = sel->obj;
    if ((sel->kind != SEL_METHOD && sel->kind != SEL_METHOD_EXPR) || !m || m->kind != OBJ_FUNC || !m->type->recv)
        return false;   /* interface methods have no receiver type here */
    Type *recv = m->type->recv, *sig = fun->type;   /* func(recv, params...) */
    if (sel->kind != SEL_METHOD_EXPR || bld_under(recv)->kind == TYPE_INTERFACE)
        return false;
    if (!sig->params->nfields || is_ptr(sig->params->fields[0].type) != is_ptr(recv) || sel->npath) {
        bld_unsupported(b, call->pos, "a method expression needing a wrapper");
        bool tuple = !call->type || call->type->kind == TYPE_TUPLE;
        *out = tuple ? (Words){{0}, 0} : bld_zero(b, call->type, call->pos);
        return true;
    }
    *out = bld_go_call(b, call, m, sig, (Words){{0}, 0});
    return true;
}
