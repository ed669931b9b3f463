/* check_init.c - package initialisation order (Go spec "Package
 * initialization"): a variable is initialised once every variable its
 * initialiser refers to (directly or through the functions it calls) is;
 * among ready variables the earliest declared goes first. Fills Package.inits. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"

typedef struct Node_ {
    Object *var;        /* representative var of an InitEntry */
    InitEntry *entry;
    int order;          /* declaration order */
    int ndeps;          /* unresolved dependencies */
    Vec users;          /* InitNodes depending on this one */
} InitNode;

/* Collects the variables obj depends on, following functions transitively. */
static void var_deps(Object *obj, StrMap *seen, Vec *out, bool top) {
    DeclInfo *d = obj->check;
    if (!d)
        return;
    for (int i = 0; i < d->deps.len; i++) {
        Object *dep = d->deps.items[i];
        char key[32];
        int n = snprintf(key, sizeof key, "%p", (void *)dep);
        if (strmap_getn(seen, key, (size_t)n))
            continue;
        strmap_putn(seen, key, (size_t)n, dep);
        if (dep->kind == OBJ_VAR)
            vec_push(out, dep);
        else if (dep->kind == OBJ_FUNC)
            var_deps(dep, seen, out, false);
    }
    (void)top;
}

/* Min-heap of InitNodes by declaration order. */
static void heap_push(Vec *h, InitNode *n) {
    vec_push(h, n);
    for (int i = h->len - 1; i > 0;) {
        int p = (i - 1) / 2;
        if (((InitNode *)h->items[p])->order <= n->order)
            break;
        h->items[i] = h->items[p];
        h->items[p] = n;
        i = p;
    }
}

static InitNode *heap_pop(Vec *h) {
    InitNode *top = h->items[0];
    InitNode *last = vec_pop(h);
    if (h->len == 0)
        return top;
    h->items[0] = last;
    for (int i = 0;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->len && ((InitNode *)h->items[l])->order < ((InitNode *)h->items[m])->order) m = l;
        if (r < h->len && ((InitNode *)h->items[r])->order < ((InitNode *)h->items[m])->order) m = r;
        if (m == i)
            break;
        void *t = h->items[i];
        h->items[i] = h->items[m];
        h->items[m] = t;
        i = m;
    }
    return top;
}

/* One InitNode per var spec entry: vars sharing a tuple initialiser share one. */
static InitNode *node_for(StrMap *nodes, Object *v) {
    char key[32];
    int n = snprintf(key, sizeof key, "%p", (void *)v);
    return strmap_getn(nodes, key, (size_t)n);
}

static void add_entry(Vec *all, StrMap *nodes, Node *spec, int idx, int order) {
    InitNode *in = ARENA_NEW(perm_arena, InitNode);
    InitEntry *e = ARENA_NEW(perm_arena, InitEntry);
    NodeList names = spec->value_spec.names;
    bool tuple = spec->value_spec.values.len == 1 && names.len > 1;
    int from = tuple ? 0 : idx, to = tuple ? names.len : idx + 1;
    e->nlhs = to - from;
    e->lhs = ARENA_NEWN(perm_arena, Object *, e->nlhs);
    for (int i = from; i < to; i++) {
        Object *o = names.items[i]->ident.obj;
        e->lhs[i - from] = o;
        char key[32];
        int n = snprintf(key, sizeof key, "%p", (void *)o);
        strmap_putn(nodes, key, (size_t)n, in);
    }
    e->rhs = spec->value_spec.values.items[tuple ? 0 : idx];
    in->var = e->lhs[0];
    in->entry = e;
    in->order = order;
    vec_push(all, in);
}

/* One InitNode per initialised variable spec entry, in declaration order. */
static void collect_entries(Checker *c, Vec *all, StrMap *nodes) {
    for (int i = 0; i < c->source_order.len; i++) {
        Object *v = c->source_order.items[i];
        if (v->kind != OBJ_VAR)
            continue;
        DeclInfo *d = v->check;
        Node *spec = d->spec;
        if (spec->value_spec.values.len == 0 || node_for(nodes, v))
            continue;
        add_entry(all, nodes, spec, d->index, all->len);
    }
}

/* Edges dependency -> user, through the functions initialisers call. */
static void add_edges(Vec *all, StrMap *nodes) {
    for (int i = 0; i < all->len; i++) {
        InitNode *in = all->items[i];
        StrMap seen = {0};
        Vec deps = {0};
        for (int k = 0; k < in->entry->nlhs; k++)
            var_deps(in->entry->lhs[k], &seen, &deps, true);
        for (int k = 0; k < deps.len; k++) {
            InitNode *dn = node_for(nodes, deps.items[k]);
            if (!dn)
                continue;
            if (dn == in) {
                check_error(in->var->pos, "initialization loop for %s", in->var->name);
                continue;
            }
            vec_push(&dn->users, in);
            in->ndeps++;
        }
        vec_free(&deps);
        strmap_free(&seen);
    }
}

void check_init_order(Checker *c) {
    Vec all = {0}, heap = {0};
    StrMap nodes = {0};
    collect_entries(c, &all, &nodes);
    add_edges(&all, &nodes);
    /* repeatedly the earliest declared variable that is ready */
    for (int i = 0; i < all.len; i++)
        if (((InitNode *)all.items[i])->ndeps == 0)
            heap_push(&heap, all.items[i]);
    int emitted = 0;
    while (heap.len) {
        InitNode *n = heap_pop(&heap);
        vec_push(&c->pkg->inits, n->entry);
        emitted++;
        for (int k = 0; k < n->users.len; k++) {
            InitNode *u = n->users.items[k];
            if (--u->ndeps == 0)
                heap_push(&heap, u);
        }
    }
    for (int i = 0; emitted < all.len && i < all.len; i++) {
        InitNode *n = all.items[i];
        if (n->ndeps > 0) {
            check_error(n->var->pos, "initialization loop for %s", n->var->name);
            break;
        }
    }
    vec_free(&heap);
    vec_free(&all);
    strmap_free(&nodes);
}
