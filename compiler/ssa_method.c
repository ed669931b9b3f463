/* ssa_method.c - methods: the receiver of a method declaration (the first
 * argument words, per ABIInternal) and calls x.M(args) of methods declared on
 * named types, through embedded fields and with Go's implicit & and *.
 * Method values, method expressions and interface calls are later work. */
#include <string.h>

#include "ssa_build.h"

/* The receiver: argument 0 of the signature, a variable if it is named. */
void bld_method_recv_param(Builder *b, Node *recv, AbiSig *as) {
    Words w = bld_abi_param(b, as, 0, recv->pos);
    if (recv->field.names.len == 1) {
        Node *id = recv->field.names.items[0];
        if (strcmp(id->ident.name, "_"))
            bld_assign_to(b, id, w);
    }
}

/* A pointer to the value holding the method: x, &x, or through the embedded
 * fields of the selection's path; *isptr false when only the value is known. */
/* if p == nil: panic(msg), as Go's generated (*T).M wrappers of value methods do. */
static void wrap_check(Builder *b, Value *p, const char *msg, Pos pos) {
    Value *c = ssa_value2(b->f, b->cur, SSA_EQ, 1, pos, p, ssa_const(b->f, b->cur, 0, pos));
    Value *s = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    s->sym = unit_string_sym(b->u, msg, (int64_t)strlen(msg));
    Value *args[2] = {s, ssa_const(b->f, b->cur, (int64_t)strlen(msg), pos)};
    bld_check(b, c, "panicwrapmsg", args, 2, pos);
}

static Value *recv_base(Builder *b, Node *x, Selection *s, Pos pos, const char *wrap, bool *isptr) {
    Type *cur = x->type;
    Value *p;
    *isptr = true;
    if (bld_under(cur)->kind == TYPE_POINTER) {
        p = bld_expr1(b, x);
        if (wrap)
            wrap_check(b, p, wrap, pos);
        else if (s->npath)
            bld_nilcheck(b, p, pos);
        cur = bld_under(cur)->elem;
    } else if (bld_is_mem(cur))
        p = bld_expr1(b, x);    /* the address of the bytes */
    else if (s->npath == 0 && bld_under(s->obj->type->recv)->kind != TYPE_POINTER) {
        *isptr = false;         /* a scalar receiver by value: no address needed */
        return NULL;
    } else
        p = bld_addr(b, x);
    for (int i = 0; i < s->npath && p; i++) {
        Type *u = bld_under(cur);
        if (u->kind == TYPE_POINTER) {
            Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, p);
            l->mwidth = 8;
            p = l;
            bld_nilcheck(b, p, pos);
            u = bld_under(u->elem);
        }
        types_layout(u);
        Field *f = &u->fields[s->path[i]];
        p = bld_offset(b, p, f->offset, pos);
        cur = f->type;
    }
    if (p && bld_under(cur)->kind == TYPE_POINTER) {     /* embedded *T, or x of type **T is not allowed */
        if (s->npath) {
            Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, pos, p);
            l->mwidth = 8;
            p = l;
        }
    }
    return p;
}

/* The receiver's value words for calling the method selected by sel. */
static Words recv_of(Builder *b, Node *x, Selection *s, Pos pos, const char *wrap) {
    Type *rt = s->obj->type->recv;
    bool isptr;
    Value *p = recv_base(b, x, s, pos, wrap, &isptr);
    if (!isptr)
        return bld_expr(b, x);
    if (!p)
        return (Words){{ssa_const(b->f, b->cur, 0, pos)}, 1};
    if (bld_under(rt)->kind == TYPE_POINTER)
        return (Words){{p}, 1};
    bld_nilcheck(b, p, pos);
    Words w = bld_load(b, rt, p, pos);
    return bld_snapshot(b, rt, w, pos);   /* the method gets a copy */
}

Words bld_method_recv(Builder *b, Node *sel) {
    return recv_of(b, sel->selector.x, sel->selector.selection, sel->pos, NULL);
}

/* T.M(x, args) and (*T).M(p, args): the first argument is the receiver. */
Words bld_method_expr_call(Builder *b, Node *call) {
    Node *fun = call->call.fun;
    while (fun->kind == N_PAREN)
        fun = fun->paren.x;
    Selection *s = fun->selector.selection;
    Node rest = *call;
    const char *wrap = NULL;
    Type *pt = bld_under(s->recv);
    if (pt->kind == TYPE_POINTER && bld_under(s->obj->type->recv)->kind != TYPE_POINTER && pt->elem->kind == TYPE_NAMED) {
        Object *tn = pt->elem->obj;     /* the message of Go's runtime.panicwrap */
        wrap = arena_printf(b->f->arena, "value method %s.%s.%s called using nil *%s pointer",
                            tn->pkg ? tn->pkg->path : "main", tn->name, s->obj->name, tn->name);
    }
    Words r = recv_of(b, call->call.args.items[0], s, call->pos, wrap);
    rest.call.args.items++;
    rest.call.args.len--;
    return bld_abi_call(b, &rest, s->obj, &r);
}
