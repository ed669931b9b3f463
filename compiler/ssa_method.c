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
static Value *recv_base(Builder *b, Node *sel, bool *isptr) {
    Node *x = sel->selector.x;
    Selection *s = sel->selector.selection;
    Type *cur = x->type;
    Value *p;
    *isptr = true;
    if (bld_under(cur)->kind == TYPE_POINTER) {
        p = bld_expr1(b, x);
        if (s->npath)
            bld_nilcheck(b, p, sel->pos);
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
            Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, sel->pos, p);
            l->mwidth = 8;
            p = l;
            bld_nilcheck(b, p, sel->pos);
            u = bld_under(u->elem);
        }
        types_layout(u);
        Field *f = &u->fields[s->path[i]];
        p = bld_offset(b, p, f->offset, sel->pos);
        cur = f->type;
    }
    if (p && bld_under(cur)->kind == TYPE_POINTER) {     /* embedded *T, or x of type **T is not allowed */
        if (s->npath) {
            Value *l = ssa_value1(b->f, b->cur, SSA_LOAD, 8, sel->pos, p);
            l->mwidth = 8;
            p = l;
        }
    }
    return p;
}

/* The receiver's value words for calling the method selected by sel. */
Words bld_method_recv(Builder *b, Node *sel) {
    Selection *s = sel->selector.selection;
    Type *rt = s->obj->type->recv;
    bool isptr;
    Value *p = recv_base(b, sel, &isptr);
    if (!isptr)
        return bld_expr(b, sel->selector.x);
    if (!p)
        return (Words){{ssa_const(b->f, b->cur, 0, sel->pos)}, 1};
    if (bld_under(rt)->kind == TYPE_POINTER)
        return (Words){{p}, 1};
    bld_nilcheck(b, p, sel->pos);
    Words w = bld_load(b, rt, p, sel->pos);
    return bld_snapshot(b, rt, w, sel->pos);   /* the method gets a copy */
}
