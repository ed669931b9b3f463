/* escape.c - escape analysis: which local variables that live in memory
 * (structs, arrays, variables whose address is taken or that closures
 * capture: the "boxed" ones of ssa_mem.c) may live in their function's stack
 * frame instead of a heap cell, because no pointer to them (or into them)
 * can outlive the call.
 *
 * The analysis is deliberately simple and conservative. It runs once per
 * package, on the checked trees, before any SSA is built. It tracks two
 * kinds of roots:
 *   - the storage of a candidate local x (a boxed variable);
 *   - the pointee of a pointer parameter p (for the function's summary:
 *     does the function leak what p points to?).
 * An "address expression" is &path (path: x, x.f, x[i] of an array, *q,
 * q.f, q[i] through a pointer q) or the identifier of a pointer parameter.
 * Every address expression leaks its root unless it is used in one of
 * these places, which cannot let the pointer outlive the call:
 *   - dereferenced: *e, e.f, e[i] (array pointer), len/cap(e);
 *   - compared: e == q, e != nil;
 *   - passed as argument k of a direct call of a function of this package
 *     whose k-th parameter is a pointer that does not leak, or as the
 *     receiver of a pointer method (explicitly or by Go's implicit &x for
 *     x.M()) whose receiver does not leak.
 * Anything else leaks: storing the address anywhere (even in another local
 * variable), returning it, converting it (to an interface, unsafe.Pointer,
 * another pointer type), sending it, passing it to a function value, an
 * interface method, another package's function, a builtin, or to a
 * variadic parameter. A candidate also leaks when it is captured by a
 * closure, when an array is sliced (x[lo:hi] makes a slice into it), when a
 * method value x.M of a pointer method is made, and in go and defer
 * statements (their arguments, receivers and closures are saved).
 * A pointer parameter whose own storage is address-taken or captured leaks
 * its pointee (a callee could load it through the address and keep it).
 *
 * Parameter summaries depend on each other (recursion), so the analysis is
 * a fixpoint: it starts with nothing leaking and walks every function of the
 * package again until no new root leaks. Leaks only grow, so it ends, and
 * what is left unmarked cannot escape. Since no pointer to a stack variable
 * is ever stored anywhere, a variable declared in a loop can reuse one frame
 * slot (ssa_mem.c zeroes or fills it at each declaration).
 *
 * Value uses copy: a struct or array value read from x is copied by whoever
 * stores, passes or returns it (ssa_mem.c), so they do not leak x.
 *
 * gocc tool compile -m prints Go's wording for the decisions (`moved to
 * heap: x`, `leaking param: p`, `p does not escape`); -d escape also lists
 * the variables kept in the frame (`x does not escape`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssa_build.h"

typedef uintptr_t Root;     /* Object* of a candidate's storage; | 1: a pointer param's pointee */

static struct {
    StrMap leaked;      /* Root -> non-NULL */
    int nleaked;
    Package *pkg;
    bool ran;
    bool defers;        /* the function being walked has a defer statement */
} esc;

static struct {
    bool on;            /* -m or -d escape */
    bool verbose;       /* -d escape: also the variables kept in the frame */
    Vec objs;           /* Object* of the locals and params met, first-seen order */
    StrMap set;
} seen;

static void see(Object *o) {
    if (!seen.on || !o || o->kind != OBJ_VAR || (o->flags & OBJF_GLOBAL) ||
        strmap_getn(&seen.set, (const char *)&o, sizeof o))
        return;
    strmap_putn(&seen.set, (const char *)&o, sizeof o, (void *)1);
    vec_push(&seen.objs, o);
}

static Root storage(Object *o) { return (Root)o; }
static Root pointee(Object *o) { return (Root)o | 1; }

static bool is_marked(Root r) { return strmap_getn(&esc.leaked, (const char *)&r, sizeof r) != NULL; }

static void leak(Root r) {
    if (!r || is_marked(r))
        return;
    strmap_putn(&esc.leaked, (const char *)&r, sizeof r, (void *)1);
    esc.nleaked++;
}

static Node *unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_ptr(Type *t) { return t && bld_under(t) && bld_under(t)->kind == TYPE_POINTER; }

static TypeKind kind_of(Type *t) { return t && bld_under(t) ? bld_under(t)->kind : TYPE_INVALID; }

static bool is_array_ptr(Type *t) { return is_ptr(t) && kind_of(bld_under(t)->elem) == TYPE_ARRAY; }

/* A local variable the back end keeps in memory (ssa_build.c's boxed rule). */
static bool is_candidate(Object *o) {
    return o && o->kind == OBJ_VAR && !(o->flags & OBJF_GLOBAL) && o->type &&
           (bld_is_mem(o->type) || (o->flags & (OBJF_ADDR_TAKEN | OBJF_CAPTURED)));
}

static bool is_tracked_param(Object *o) {
    return o && o->kind == OBJ_VAR && (o->flags & OBJF_PARAM) && !(o->flags & OBJF_GLOBAL) && is_ptr(o->type);
}

/* Whether selecting sel from x (a field, or the receiver of a method)
 * loads a pointer on the way: then the address is not inside x's root. */
static bool through_ptr(Node *x, Selection *sel, bool method) {
    Type *cur = is_ptr(x->type) ? bld_under(x->type)->elem : x->type;
    for (int i = 0; i < sel->npath; i++) {
        Type *u = bld_under(cur);
        if (!u)
            return true;
        if (u->kind == TYPE_POINTER)
            return true;
        if (u->kind != TYPE_STRUCT || sel->path[i] < 0 || sel->path[i] >= u->nfields)
            return true;
        cur = u->fields[sel->path[i]].type;
    }
    return method && is_ptr(cur);
}

static Root addr_root(Node *e);

/* The root of the storage an addressable expression lies in, 0 if none tracked. */
static Root path_root(Node *e) {
    e = unparen(e);
    if (!e)
        return 0;
    switch (e->kind) {
    case N_IDENT: return is_candidate(e->ident.obj) ? storage(e->ident.obj) : 0;
    case N_SELECTOR: {
        Selection *s = e->selector.selection;
        if (!s || s->kind != SEL_FIELD || through_ptr(e->selector.x, s, false))
            return 0;
        return is_ptr(e->selector.x->type) ? addr_root(e->selector.x) : path_root(e->selector.x);
    }
    case N_INDEX: {
        Type *t = e->index.x->type;
        if (kind_of(t) == TYPE_ARRAY)
            return path_root(e->index.x);
        return is_array_ptr(t) ? addr_root(e->index.x) : 0;
    }
    case N_STAR: return addr_root(e->star.x);
    default: return 0;
    }
}

/* The root an address-valued expression points into, 0 if none tracked. */
static Root addr_root(Node *e) {
    e = unparen(e);
    if (!e)
        return 0;
    if (e->kind == N_UNARY && e->unary.op == OP_AND)
        return path_root(e->unary.x);
    if (e->kind == N_IDENT && is_tracked_param(e->ident.obj))
        return pointee(e->ident.obj);
    return 0;
}

/* ---- parameter summaries ---- */

/* The k-th parameter object of fn (receiver excluded); NULL if unnamed or blank. */
static Object *param_obj(Node *ftype, int k) {
    NodeList l = ftype->func_type.params;
    for (int i = 0, n = 0; i < l.len; i++) {
        Node *fld = l.items[i];
        int nn = fld->field.names.len ? fld->field.names.len : 1;
        if (k < n + nn) {
            if (!fld->field.names.len)
                return NULL;
            Node *id = fld->field.names.items[k - n];
            return strcmp(id->ident.name, "_") ? id->ident.obj : NULL;
        }
        n += nn;
    }
    return NULL;
}

/* Whether fn is a function of this package whose body we analyse. */
static bool analysed(Object *fn) {
    return fn && fn->kind == OBJ_FUNC && fn->pkg == esc.pkg && fn->decl && fn->decl->kind == N_FUNC_DECL &&
           fn->decl->func_decl.body;
}

static bool noescape_asm(Object *fn) {
    return fn && fn->kind == OBJ_FUNC && fn->pkg == esc.pkg && fn->decl && fn->decl->kind == N_FUNC_DECL &&
           !fn->decl->func_decl.body && (fn->decl->func_decl.pragmas & PRAGMA_NOESCAPE);
}

/* Whether an address passed as argument k of fn may leak. */
static bool arg_leaks(Object *fn, int k) {
    Type *sig = fn ? bld_under(fn->type) : NULL;
    if (!sig || sig->kind != TYPE_FUNC || k >= sig->params->nfields)
        return true;
    if (sig->variadic && k >= sig->params->nfields - 1)
        return true;
    if (!is_ptr(sig->params->fields[k].type))
        return true;        /* converted to an interface or unsafe.Pointer */
    if (noescape_asm(fn))
        return false;
    if (!analysed(fn))
        return true;
    Object *p = param_obj(fn->decl->func_decl.type, k);
    return p && is_marked(pointee(p));
}

static bool recv_leaks(Object *m) {
    if (!analysed(m))
        return true;
    Node *recv = m->decl->func_decl.recv;
    if (!recv || !recv->field.names.len)
        return false;
    Node *id = recv->field.names.items[0];
    return strcmp(id->ident.name, "_") && is_marked(pointee(id->ident.obj));
}

/* ---- the walk ---- */

static void expr(Node *e, bool ok);
static void stmt(Node *s);

/* e is addressed, not loaded: visit what it evaluates. */
static void path(Node *e) {
    e = unparen(e);
    if (!e)
        return;
    switch (e->kind) {
    case N_IDENT: see(e->ident.obj); return;
    case N_SELECTOR:
        if (e->selector.selection && e->selector.selection->kind == SEL_FIELD) {
            Node *x = e->selector.x;
            if (is_ptr(x->type))
                expr(x, true);
            else
                path(x);
            return;
        }
        expr(e, false);
        return;
    case N_INDEX: {
        Node *x = e->index.x;
        if (kind_of(x->type) == TYPE_ARRAY)
            path(x);
        else
            expr(x, is_array_ptr(x->type));
        for (int i = 0; i < e->index.indices.len; i++)
            expr(e->index.indices.items[i], false);
        return;
    }
    case N_STAR: expr(e->star.x, true); return;
    default: expr(e, false); return;
    }
}

static void exprs(NodeList l, bool ok) {
    for (int i = 0; i < l.len; i++)
        expr(l.items[i], ok);
}

static bool is_builtin(Node *fun, Builtin *which) {
    fun = unparen(fun);
    Object *o = NULL;
    if (fun->kind == N_IDENT)
        o = fun->ident.obj;
    else if (fun->kind == N_SELECTOR && fun->selector.selection && fun->selector.selection->kind == SEL_QUALIFIED)
        o = fun->selector.selection->obj;
    if (!o || o->kind != OBJ_BUILTIN)
        return false;
    *which = o->builtin;
    return true;
}

/* The receiver x of a call x.M(...) of the concrete method m; forced: the
 * call is saved (go, defer), so its receiver leaks. */
static void receiver(Node *x, Selection *sel, Object *m, bool forced) {
    bool ptrrecv = is_ptr(m->type->recv), thru = through_ptr(x, sel, true);
    if (!ptrrecv)
        expr(x, is_ptr(x->type));       /* a copy of the value */
    else if (is_ptr(x->type))
        expr(x, thru || (!forced && !recv_leaks(m)));
    else {                              /* Go's implicit &x */
        if (!thru && (forced || recv_leaks(m)))
            leak(path_root(x));
        path(x);
    }
}

static void call(Node *c, bool forced) {
    Node *fun = unparen(c->call.fun);
    Builtin bi;
    if (fun->mode == MODE_TYPE) {       /* a conversion */
        exprs(c->call.args, false);
        return;
    }
    if (is_builtin(fun, &bi)) {
        if (bi == BUILTIN_UNSAFE_SIZEOF || bi == BUILTIN_UNSAFE_ALIGNOF || bi == BUILTIN_UNSAFE_OFFSETOF)
            return;     /* not evaluated */
        exprs(c->call.args, !forced && (bi == BUILTIN_LEN || bi == BUILTIN_CAP));
        return;
    }
    Object *fn = NULL;
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    if (fun->kind == N_IDENT && fun->ident.obj && fun->ident.obj->kind == OBJ_FUNC)
        fn = fun->ident.obj;
    else if (sel && sel->kind == SEL_METHOD && sel->obj && sel->obj->kind == OBJ_FUNC && sel->obj->type->recv &&
             !types_is_interface(fun->selector.x->type) && !types_is_interface(sel->obj->type->recv)) {
        fn = sel->obj;
        receiver(fun->selector.x, sel, fn, forced);
    } else if (!(sel && sel->kind == SEL_QUALIFIED))
        expr(fun, false);
    for (int i = 0; i < c->call.args.len; i++)
        expr(c->call.args.items[i], !forced && fn && !c->call.has_dots && !arg_leaks(fn, i));
}

/* x.M as a value (not called): the funcval keeps the receiver. */
static void method_value(Node *e) {
    Selection *sel = e->selector.selection;
    Node *x = e->selector.x;
    Object *m = sel->obj;
    if (!m || m->kind != OBJ_FUNC || !m->type->recv || types_is_interface(x->type)) {
        expr(x, false);
        return;
    }
    if (!is_ptr(m->type->recv))
        expr(x, is_ptr(x->type));
    else if (!is_ptr(x->type)) {
        if (!through_ptr(x, sel, true))
            leak(path_root(x));
        path(x);
    } else
        expr(x, through_ptr(x, sel, true));
}

static void composite(Node *e) {
    bool is_struct = kind_of(e->type) == TYPE_STRUCT ||
                     (is_ptr(e->type) && kind_of(bld_under(e->type)->elem) == TYPE_STRUCT);
    for (int i = 0; i < e->composite.elts.len; i++) {
        Node *el = e->composite.elts.items[i];
        if (el->kind == N_KEY_VALUE) {
            if (!is_struct)
                expr(el->kv.key, false);
            el = el->kv.value;
        }
        expr(el, false);
    }
}

static void func_lit(Node *e) {
    for (int i = 0; i < e->func_lit.ncaptures; i++) {
        Object *o = e->func_lit.captures[i];
        leak(storage(o));
        if (is_tracked_param(o))
            leak(pointee(o));
    }
}

/* e evaluated as a value; ok: if e is an address, this use does not leak it. */
static void expr(Node *e, bool ok) {
    if (!e)
        return;
    if (!ok)
        leak(addr_root(e));
    switch (e->kind) {
    case N_IDENT: see(e->ident.obj); return;
    case N_PAREN: expr(e->paren.x, ok); return;
    case N_COMPOSITE_LIT: composite(e); return;
    case N_FUNC_LIT: func_lit(e); return;
    case N_SELECTOR: {
        Selection *s = e->selector.selection;
        if (!s || s->kind == SEL_QUALIFIED || s->kind == SEL_METHOD_EXPR)
            return;
        if (s->kind == SEL_METHOD) {
            method_value(e);
            return;
        }
        expr(e->selector.x, is_ptr(e->selector.x->type));
        return;
    }
    case N_INDEX: {
        Node *x = e->index.x;
        expr(x, is_array_ptr(x->type));
        exprs(e->index.indices, false);
        return;
    }
    case N_SLICE_EXPR: {
        Node *x = e->slice.x;
        if (kind_of(x->type) == TYPE_ARRAY) {
            leak(path_root(x));
            path(x);
        } else
            expr(x, false);
        expr(e->slice.lo, false);
        expr(e->slice.hi, false);
        expr(e->slice.max, false);
        return;
    }
    case N_TYPE_ASSERT: expr(e->assert.x, false); return;
    case N_CALL: call(e, false); return;
    case N_STAR: expr(e->star.x, true); return;
    case N_UNARY:
        if (e->unary.op == OP_AND)
            path(e->unary.x);
        else
            expr(e->unary.x, false);
        return;
    case N_BINARY: {
        bool cmp = e->binary.op == OP_EQL || e->binary.op == OP_NEQ;
        expr(e->binary.x, cmp);
        expr(e->binary.y, cmp);
        return;
    }
    case N_KEY_VALUE:
        expr(e->kv.key, false);
        expr(e->kv.value, false);
        return;
    default: return;
    }
}

static void stmts(NodeList l) {
    for (int i = 0; i < l.len; i++)
        stmt(l.items[i]);
}

static void decl(Node *d) {
    if (!d || d->kind != N_GEN_DECL || d->gen_decl.tok != OP_VAR)
        return;
    for (int i = 0; i < d->gen_decl.specs.len; i++) {
        Node *spec = d->gen_decl.specs.items[i];
        for (int j = 0; j < spec->value_spec.names.len; j++)
            see(spec->value_spec.names.items[j]->ident.obj);
        exprs(spec->value_spec.values, false);
    }
}

static void saved_call(Node *c) {
    c = unparen(c);
    if (c && c->kind == N_CALL)
        call(c, true);
    else
        expr(c, false);
}

static void stmt(Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case N_DECL_STMT: decl(s->decl_stmt.decl); return;
    case N_LABELED_STMT: stmt(s->labeled.stmt); return;
    case N_EXPR_STMT: expr(s->expr_stmt.x, false); return;
    case N_SEND_STMT:
        expr(s->send.chan, false);
        expr(s->send.value, false);
        return;
    case N_INCDEC_STMT: path(s->incdec.x); return;
    case N_ASSIGN_STMT:
        for (int i = 0; i < s->assign.lhs.len; i++)
            path(s->assign.lhs.items[i]);
        exprs(s->assign.rhs, false);
        return;
    case N_GO_STMT:
    case N_DEFER_STMT:
        esc.defers = true;
        saved_call(s->go_defer.call);
        return;
    case N_RETURN_STMT: exprs(s->ret.results, false); return;
    case N_BLOCK_STMT: stmts(s->block.stmts); return;
    case N_IF_STMT:
        stmt(s->if_stmt.init);
        expr(s->if_stmt.cond, false);
        stmt(s->if_stmt.then);
        stmt(s->if_stmt.els);
        return;
    case N_CASE_CLAUSE:
        exprs(s->case_clause.list, false);
        stmts(s->case_clause.body);
        return;
    case N_SWITCH_STMT:
        stmt(s->switch_stmt.init);
        expr(s->switch_stmt.tag, false);
        stmt(s->switch_stmt.body);
        return;
    case N_TYPE_SWITCH_STMT:
        stmt(s->type_switch.init);
        expr(s->type_switch.x, false);
        stmt(s->type_switch.body);
        return;
    case N_COMM_CLAUSE:
        stmt(s->comm_clause.comm);
        stmts(s->comm_clause.body);
        return;
    case N_SELECT_STMT: stmt(s->select_stmt.body); return;
    case N_FOR_STMT:
        stmt(s->for_stmt.init);
        expr(s->for_stmt.cond, false);
        stmt(s->for_stmt.post);
        stmt(s->for_stmt.body);
        return;
    case N_RANGE_STMT:
        path(s->range_stmt.key);
        path(s->range_stmt.value);
        expr(s->range_stmt.x, is_array_ptr(s->range_stmt.x->type));  /* reads through it */
        stmt(s->range_stmt.body);
        return;
    default: return;
    }
}

/* ---- the package ---- */

static Node *body_of(Object *fn) {
    Node *d = fn ? fn->decl : NULL;
    if (d && d->kind == N_FUNC_DECL)
        return d->func_decl.body;
    if (d && d->kind == N_FUNC_LIT)
        return d->func_lit.body;
    return NULL;
}

static Node *ftype_of(Object *fn) {
    Node *d = fn->decl;
    return d->kind == N_FUNC_DECL ? d->func_decl.type : d->func_lit.type;
}

/* Calls f on every named parameter (receiver first) and result object of fn. */
static void each_param(Object *fn, void (*f)(Object *o, bool result)) {
    Node *d = fn->decl;
    if (d->kind == N_FUNC_DECL && d->func_decl.recv)
        for (int j = 0; j < d->func_decl.recv->field.names.len; j++)
            f(d->func_decl.recv->field.names.items[j]->ident.obj, false);
    NodeList lists[2] = {ftype_of(fn)->func_type.params, ftype_of(fn)->func_type.results};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k].len; i++)
            for (int j = 0; j < lists[k].items[i]->field.names.len; j++)
                f(lists[k].items[i]->field.names.items[j]->ident.obj, k == 1);
}

static void premark(Object *o, bool result) {
    (void)result;
    see(o);
    if (o && is_tracked_param(o) && (o->flags & (OBJF_ADDR_TAKEN | OBJF_CAPTURED)))
        leak(pointee(o));
}

/* In a function that defers, named results live in heap cells whose
 * addresses the recovery path reads back (ssa_defer.c). */
static void result_cell(Object *o, bool result) {
    if (o && result)
        leak(storage(o));
}

static void walk_func(Object *fn) {
    Node *body = body_of(fn);
    if (!body)
        return;
    each_param(fn, premark);
    esc.defers = false;
    stmt(body);
    if (esc.defers)
        each_param(fn, result_cell);
}

static void walk_all(Package *pkg) {
    Vec *lists[] = {&pkg->funcs, &pkg->init_funcs, &pkg->closures};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->len; i++)
            walk_func(lists[l]->items[i]);
}

/* ---- -m / -d escape ---- */

typedef struct Note {
    Pos pos;
    const char *msg;
} Note;

static int by_pos(const void *a, const void *b) {
    const Note *x = *(Note *const *)a, *y = *(Note *const *)b;
    int c = pos_compare(x->pos, y->pos);
    return c ? c : strcmp(x->msg, y->msg);
}

/* What -m says about o, or NULL. */
static const char *verdict(Object *o) {
    if (!strcmp(o->name, "_"))
        return NULL;
    if ((o->flags & OBJF_PARAM) && is_tracked_param(o))
        return is_marked(pointee(o)) ? "leaking param: %s" : "%s does not escape";
    if (!is_candidate(o))
        return NULL;
    if (is_marked(storage(o)))
        return "moved to heap: %s";
    return seen.verbose ? "%s does not escape" : NULL;
}

static void print_notes(void) {
    Vec notes = {0};
    for (int i = 0; i < seen.objs.len; i++) {
        Object *o = seen.objs.items[i];
        const char *fmt = verdict(o);
        if (!fmt)
            continue;
        Note *n = ARENA_NEW(perm_arena, Note);
        n->pos = o->pos;
        n->msg = arena_printf(perm_arena, fmt, o->name);
        vec_push(&notes, n);
    }
    qsort(notes.items, (size_t)notes.len, sizeof(void *), by_pos);
    for (int i = 0; i < notes.len; i++) {
        Note *n = notes.items[i];
        printf("%s:%d:%d: %s\n", n->pos.file ? n->pos.file : "?", n->pos.line, n->pos.col, n->msg);
    }
    vec_free(&notes);
}

static bool debug_flag(const CompileOptions *o, const char *what) {
    size_t n = strlen(what);
    if (!o || !o->debug)
        return false;
    for (const char *p = o->debug; (p = strstr(p, what)); p += n)
        if ((p == o->debug || p[-1] == ',') && (p[n] == 0 || p[n] == ','))
            return true;
    return false;
}

void esc_analyze(Package *pkg, const CompileOptions *opts) {
    esc.pkg = pkg;
    esc.ran = true;
    seen.verbose = debug_flag(opts, "escape");
    seen.on = seen.verbose || debug_flag(opts, "m");
    if (debug_flag(opts, "noescape")) {     /* everything on the heap, as before this pass */
        esc.ran = false;
        return;
    }
    int before;
    do {
        before = esc.nleaked;
        walk_all(pkg);
    } while (esc.nleaked != before);
    if (seen.on)
        print_notes();
}

bool esc_enabled(void) { return esc.ran; }

bool esc_on_stack(Object *o) { return esc.ran && is_candidate(o) && !is_marked(storage(o)); }
