/* ssa_func.c - methods in the SSA builder: calls x.M(args) with value and
 * pointer receivers (taking x's address or loading through a pointer as
 * the method needs, through embedded fields along the selection's path),
 * and calls of method expressions T.M(x, args) / (*T).M(p, args). The
 * receiver is the first parameter of the method's function (ABIInternal).
 * Method bodies get their receiver from ssa_stmt.c. */
#include "ssa_build.h"

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_ptr(Type *t) { return bld_under(t)->kind == TYPE_POINTER; }

/* x.f1.f2... for the embedded fields on the selection's path, as a field
 * selector node the memory code (ssa_mem.c) evaluates or addresses. */
static Node *embedded(Builder *b, Node *x, Selection *sel) {
    if (sel->npath == 0)
        return x;
    Type *cur = x->type;
    for (int i = 0; i < sel->npath; i++) {
        Type *u = bld_under(cur);
        if (u->kind == TYPE_POINTER)
            u = bld_under(u->elem);
        cur = u->fields[sel->path[i]].type;
    }
    Selection *fs = ARENA_NEW(b->f->arena, Selection);
    *fs = *sel;
    fs->kind = SEL_FIELD;
    fs->obj = NULL;
    Node *n = ARENA_NEW(b->f->arena, Node);
    *n = *x;
    n->kind = N_SELECTOR;
    n->selector.x = x;
    n->selector.sel = NULL;
    n->selector.selection = fs;
    n->type = cur;
    n->mode = x->mode == MODE_VARIABLE || sel->indirect || is_ptr(x->type) ? MODE_VARIABLE : MODE_VALUE;
    return n;
}

/* The receiver value the method wants (recv: T or *T) from expression y. */
static Words receiver(Builder *b, Node *y, Type *recv, Pos pos) {
    bool want_ptr = is_ptr(recv), have_ptr = is_ptr(y->type);
    if (want_ptr == have_ptr)
        return bld_expr(b, y);
    if (want_ptr) {     /* &y: y is addressable (the checker made sure) */
        Value *a = bld_addr(b, y);
        return (Words){{a ? a : ssa_const(b->f, b->cur, 0, pos)}, 1};
    }
    Value *p = bld_expr1(b, y);     /* *y */
    bld_nilcheck(b, p, pos);
    return bld_load(b, recv, p, pos);
}

bool bld_method_call(Builder *b, Node *call, Words *out) {
    Node *fun = unparen(call->call.fun);
    if (fun->kind != N_SELECTOR || !fun->selector.selection)
        return false;
    Selection *sel = fun->selector.selection;
    Object *m = sel->obj;
    if ((sel->kind != SEL_METHOD && sel->kind != SEL_METHOD_EXPR) || !m || m->kind != OBJ_FUNC || !m->type->recv)
        return false;   /* interface methods have no receiver type here */
    Type *recv = m->type->recv;
    if (bld_under(recv)->kind == TYPE_INTERFACE || bld_under(fun->selector.x->type)->kind == TYPE_INTERFACE)
        return false;
    if (sel->kind == SEL_METHOD_EXPR) {
        Type *sig = fun->type;      /* func(recv, params...) */
        if (!sig->params->nfields || is_ptr(sig->params->fields[0].type) != is_ptr(recv) || sel->npath) {
            bld_unsupported(b, call->pos, "a method expression needing a wrapper");
            return false;
        }
        *out = bld_go_call(b, call, m, sig, (Words){{0}, 0});
        return true;
    }
    Words r = receiver(b, embedded(b, fun->selector.x, sel), recv, fun->pos);
    r = bld_abi_unpack(b, recv, r, fun->pos);
    *out = bld_go_call(b, call, m, m->type, r);
    return true;
}
