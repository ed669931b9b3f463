/* ssa_typeswitch.c - switch [v :=] x.(type) { case T1, T2: ... }.
 *
 * x is evaluated once and its dynamic type word computed once (ssa_assert.c).
 * The cases are tested in source order: nil (type word 0), a concrete T
 * (type word == type.T), interface{} (type word != 0), a non-empty I
 * (runtime.assertE2I2(I, type word) != nil, the itab kept for v); default,
 * wherever it is written, is taken only when every test failed. In a clause
 * with exactly one type, v has that type; otherwise v has x's type and
 * value. Each clause's v is its own variable (the checker made one object
 * per clause), so closures capture the clause's own copy. */
#include <string.h>

#include "ssa_build.h"

typedef struct Switch {
    Type *xt;
    Words x;
    Value *tw;      /* dynamic type word */
} Switch;

static bool is_nil_case(Node *e) {
    while (e->kind == N_PAREN)
        e = e->paren.x;
    return e->kind == N_IDENT && e->ident.obj && e->ident.obj->kind == OBJ_NIL;
}

/* Branches to match if the case type e fits; *itab gets the itab of a non-empty interface case. */
static void case_test(Builder *b, Switch *sw, Node *e, Block *match, Block *next, Value **itab) {
    Value *zero = ssa_const(b->f, b->cur, 0, e->pos), *cond;
    if (is_nil_case(e))
        cond = bld_word_eq(b, SSA_EQ, sw->tw, zero, e->pos);
    else if (!types_is_interface(e->type)) {
        Value *d = bld_typedesc(b, e->type, e->pos);
        if (!d)
            bld_unsupported(b, e->pos, arena_printf(b->f->arena, "a type descriptor for %s", types_string(e->type)));
        cond = bld_word_eq(b, SSA_EQ, sw->tw, d ? d : zero, e->pos);
    } else if (bld_is_empty_iface(e->type) || types_identical(e->type, sw->xt))
        cond = bld_word_eq(b, SSA_NE, sw->tw, zero, e->pos);     /* any non-nil x */
    else {
        Value *args[2] = {bld_typedesc(b, e->type, e->pos), sw->tw};
        if (!args[0]) {
            bld_unsupported(b, e->pos, arena_printf(b->f->arena, "a type descriptor for %s", types_string(e->type)));
            args[0] = zero;
        }
        bld_call_runtime(b, "assertE2I2", args, 2, 1, itab, e->pos);
        cond = bld_word_eq(b, SSA_NE, *itab, zero, e->pos);
    }
    bld_branch(b, cond, match, next);
}

/* The value of the clause's variable: of the single case type, or x itself. */
static Words bound_value(Builder *b, Switch *sw, Node *cl, Value *itab) {
    NodeList l = cl->case_clause.list;
    Node *e = l.len == 1 ? l.items[0] : NULL;
    if (!e || is_nil_case(e) || types_identical(e->type, sw->xt))
        return sw->x;
    if (!types_is_interface(e->type))
        return bld_iface_value(b, e->type, sw->x.v[1], cl->pos);
    if (bld_is_empty_iface(e->type))
        return (Words){{sw->tw, sw->x.v[1]}, 2};
    return (Words){{itab, sw->x.v[1]}, 2};
}

static void bind(Builder *b, Node *s, Switch *sw, Node *cl, Value *itab) {
    Object *o = cl->case_clause.implicit;
    if (!o || !(o->flags & OBJF_USED))
        return;     /* no load or copy for a clause that does not use v */
    Node id = *s->type_switch.bind;     /* the declaring identifier, naming this clause's object */
    id.ident.obj = o;
    id.type = o->type;
    bld_assign_to(b, &id, bound_value(b, sw, cl, itab));
}

void bld_type_switch(Builder *b, Node *s, const char *label) {
    if (s->type_switch.init)
        bld_stmt(b, s->type_switch.init);
    Node *xn = s->type_switch.x;
    Switch sw = {xn->type, bld_expr(b, xn), NULL};
    if (sw.x.n != 2) {
        bld_unsupported(b, s->pos, "this type switch");
        return;
    }
    sw.tw = bld_dyn_type(b, sw.xt, sw.x.v[0], s->pos);
    NodeList cl = s->type_switch.body->block.stmts;
    Block **bodies = ARENA_NEWN(b->f->arena, Block *, cl.len + 1);
    Value **itabs = ARENA_NEWN(b->f->arena, Value *, cl.len + 1);
    Block *exit = bld_block(b), *dflt = exit;
    for (int i = 0; i < cl.len; i++) {
        Node *c = cl.items[i];
        bodies[i] = bld_block(b);
        if (c->case_clause.is_default)
            dflt = bodies[i];
        for (int k = 0; k < c->case_clause.list.len; k++) {
            Block *next = bld_block(b);
            case_test(b, &sw, c->case_clause.list.items[k], bodies[i], next, &itabs[i]);
            bld_seal(b, next);
            bld_start(b, next);
        }
    }
    bld_jump(b, dflt);
    Target t;
    bld_push_target(b, &t, label, exit, NULL);
    Block *saved = b->fallthrough;
    b->fallthrough = NULL;
    for (int i = 0; i < cl.len; i++) {
        bld_seal(b, bodies[i]);
        bld_start(b, bodies[i]);
        b->cur->pos = cl.items[i]->pos;
        bind(b, s, &sw, cl.items[i], itabs[i]);
        for (int k = 0; k < cl.items[i]->case_clause.body.len; k++)
            bld_stmt(b, cl.items[i]->case_clause.body.items[k]);
        bld_jump(b, exit);
    }
    b->fallthrough = saved;
    b->targets = t.outer;
    bld_seal(b, exit);
    bld_start(b, exit);
}
