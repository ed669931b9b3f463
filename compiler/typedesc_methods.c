/* typedesc_methods.c - method sets in type descriptors: which methods a
 * type T or *T has (declared and promoted through embedded fields, Go's
 * depth and ambiguity rules), the uncommontype with its `method` table
 * {name, mtyp, ifn, tfn} sorted by name, and static itabs `go.itab.T,I`
 * (docs/abi.md §9). ifn is the code an interface call reaches with the data
 * word as receiver: the method itself when the receiver is that word,
 * otherwise a wrapper (ssa_iface_wrap.c). */
#include <stdlib.h>
#include <string.h>

#include "typedesc.h"

/* A type being searched at the current embedding depth. */
typedef struct Cand {
    Type *t;
    int *path;
    int npath;
    bool ind;           /* reached through a pointer */
} Cand;

/* A name found: a method (m) or a field (m NULL). */
typedef struct Found {
    const char *name;
    int depth, count;
    Object *m;
    Type *holder;       /* the named type declaring m, or the embedded interface */
    int *path;
    int npath;
    bool ind;
} Found;

typedef struct MSet {
    Arena *a;
    Vec found;          /* Found*, in discovery order */
    StrMap byname;      /* name -> Found* */
    Vec seen;           /* Type* already searched */
} MSet;

static void record(MSet *s, const char *name, int depth, Object *m, Type *holder, Cand *c, bool ind) {
    if (m && !strcmp(name, "_"))
        return;     /* a blank method is in no method set */
    Found *f = strmap_get(&s->byname, name);
    if (f) {
        if (f->depth == depth)
            f->count++;
        return;
    }
    f = ARENA_NEW(s->a, Found);
    *f = (Found){name, depth, 1, m, holder, c->path, c->npath, ind};
    vec_push(&s->found, f);
    strmap_put(&s->byname, name, f);
}

static Cand *cand(MSet *s, Type *t, Cand *from, int idx, bool ind) {
    Cand *c = ARENA_NEW(s->a, Cand);
    c->t = t;
    c->npath = from ? from->npath + 1 : 0;
    c->path = ARENA_NEWN(s->a, int, c->npath + 1);
    if (from) {
        memcpy(c->path, from->path, sizeof(int) * (size_t)from->npath);
        c->path[from->npath] = idx;
    }
    c->ind = ind;
    return c;
}

static bool seen(MSet *s, Type *t) {
    for (int i = 0; i < s->seen.len; i++)
        if (s->seen.items[i] == t)
            return true;
    vec_push(&s->seen, t);
    return false;
}

static void search(MSet *s, Cand *c, int depth, Vec *next) {
    Type *t = c->t;
    bool ind = c->ind;
    if (t->kind == TYPE_POINTER) {
        t = t->elem;
        ind = true;
    }
    if (seen(s, t))
        return;
    if (t->kind == TYPE_NAMED)
        for (int i = 0; i < t->nmethods; i++)
            record(s, t->methods[i]->name, depth, t->methods[i], t, c, ind);
    Type *u = bld_under(t);
    if (u->kind == TYPE_INTERFACE && depth > 0) {
        for (int i = 0; i < u->nmethods; i++)
            record(s, u->methods[i]->name, depth, u->methods[i], t, c, ind);
        return;
    }
    if (u->kind != TYPE_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        Field *f = &u->fields[i];
        record(s, intern(f->name), depth, NULL, NULL, c, ind);
        if (f->embedded)
            vec_push(next, cand(s, f->type, c, i, ind));
    }
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const TdMethod *)a)->name, ((const TdMethod *)b)->name);
}

static bool ptr_recv(Object *m) { return m->type->recv && bld_under(m->type->recv)->kind == TYPE_POINTER; }

/* "pkg.(*T).M" or "pkg.T.M" for a wrapper of method name on t. */
const char *td_wrapper_name(Unit *u, Type *t, const char *name) {
    Type *e = t->kind == TYPE_POINTER ? t->elem : NULL;
    if (e && e->kind == TYPE_NAMED && e->obj && e->obj->pkg) {
        const char *l = td_link(u, e);
        size_t np = strlen(e->obj->pkg->path);
        return arena_printf(u->arena, "%s.(*%s).%s", e->obj->pkg->path, l + np + 1, name);
    }
    return arena_printf(u->arena, "%s.%s", td_link(u, t), name);
}

/* Whether a wrapper can call m (the back end's limit on result words). */
static bool wrappable(Object *m) {
    int n = 0;
    for (int i = 0; i < m->type->results->nfields; i++) {
        WordType wt[MAXWORDS];
        int k = bld_type_words(m->type->results->fields[i].type, wt);
        if (k < 0)
            return false;
        n += k;
    }
    return n <= MAXWORDS;
}

static void fill(Unit *u, Type *t, Found *f, TdMethod *out) {
    Object *m = f->m;
    bool isptr = t->kind == TYPE_POINTER;
    out->name = f->name;
    out->m = m;
    out->mtyp = td_method_type(m->type);
    out->exported = td_exported(f->name);
    if (out->exported) {
        Type *p = m->type->params;
        Field *fs = ARENA_NEWN(u->arena, Field, p->nfields + 1);
        fs[0] = (Field){.name = "", .type = t};
        memcpy(fs + 1, p->fields, sizeof(Field) * (size_t)p->nfields);
        out->ftyp = types_func(types_tuple(fs, p->nfields + 1), m->type->results, m->type->variadic);
    }
    bool iface = bld_under(f->holder)->kind == TYPE_INTERFACE;
    if (f->npath == 0 && !iface && (ptr_recv(m) || (!isptr && td_direct(t)))) {
        out->ifn = out->tfn = m->link_name;  /* the receiver is the data word itself */
        return;
    }
    if (!wrappable(m))
        return;     /* ifn stays 0: td_itab reports a use through an interface */
    Type *wt = isptr || td_direct(t) ? t : types_pointer(t);   /* the data word's type */
    const char *name = td_wrapper_name(u, wt, td_plain(f->name));
    out->ifn = out->tfn = bld_iface_wrapper(u, name, IWRAP_IFN, wt, m, f->holder, f->path, f->npath);
    if (f->npath == 0 && !iface && !isptr)
        out->tfn = m->link_name;
    else if (!isptr && !td_direct(t))   /* a promoted method: tfn takes the T itself */
        out->tfn = bld_iface_wrapper(u, td_wrapper_name(u, t, td_plain(f->name)), IWRAP_EXPR, t, m, f->holder,
                                     f->path, f->npath);
}

int td_methods(Unit *u, Type *t, TdMethod **out) {
    bool isptr = t->kind == TYPE_POINTER;
    Type *base = isptr ? t->elem : t;
    if ((base->kind != TYPE_NAMED && bld_under(base)->kind != TYPE_STRUCT) ||
        bld_under(base)->kind == TYPE_INTERFACE || (isptr && bld_under(base)->kind == TYPE_POINTER))
        return 0;
    MSet s = {u->arena, {0}, {0}, {0}};
    Vec level = {0}, next = {0};
    vec_push(&level, cand(&s, base, NULL, 0, isptr));
    for (int d = 0; level.len && d < 64; d++) {
        for (int i = 0; i < level.len; i++)
            search(&s, level.items[i], d, &next);
        vec_free(&level);
        level = next;
        next = (Vec){0};
    }
    vec_free(&level);
    TdMethod *ms = ARENA_NEWN(u->arena, TdMethod, s.found.len + 1);
    int n = 0;
    for (int i = 0; i < s.found.len; i++) {
        Found *f = s.found.items[i];
        if (f->m && f->count == 1 && (!ptr_recv(f->m) || f->ind || bld_under(f->holder)->kind == TYPE_INTERFACE))
            fill(u, t, f, &ms[n++]);
    }
    vec_free(&s.found);
    strmap_free(&s.byname);
    vec_free(&s.seen);
    qsort(ms, (size_t)n, sizeof *ms, by_name);
    *out = ms;
    return n;
}

/* Named types, predeclared ones included (Go gives them an uncommontype too). */
bool td_has_uncommon(Type *t) {
    return t->kind == TYPE_NAMED || (t->kind >= TYPE_BOOL && t->kind <= TYPE_UNSAFE_POINTER);
}

const char *td_pkgpath(Type *t) {
    if (t->kind == TYPE_POINTER)
        t = t->elem;
    return t->kind == TYPE_NAMED && t->obj && t->obj->pkg ? t->obj->pkg->path : NULL;
}

void td_uncommon(TdOut *d, Type *t, int64_t off, int64_t moff, TdMethod *ms, int n) {
    const char *pp = td_pkgpath(t);
    if (pp)
        td_name(d, off, pp, false);
    int x = 0;
    for (int i = 0; i < n; i++)
        x += ms[i].exported;
    td_int(d, off + 8, 2, n);
    td_int(d, off + 10, 2, x);
    td_int(d, off + 12, 4, moff);
    for (int i = 0; i < n; i++) {
        int64_t at = off + moff + (int64_t)TD_METHOD_SIZE * i;
        td_name(d, at, ms[i].name, ms[i].exported);
        td_addr(d, at + 8, td_symbol(d->u, ms[i].mtyp));
        td_addr(d, at + 16, ms[i].ifn);
        td_addr(d, at + 24, ms[i].tfn);
    }
}

/* gocc's additions (tflag TD_TFLAG_EXTRA), which reflect reads: the *T
 * descriptor in the 8 bytes before the methods (nil for pointer types;
 * types without uncommontype have it right after their kind part), and
 * after the methods one func type per method, receiver first (nil for
 * unexported methods), for Method(i).Func. */
void td_uncommon_extra(TdOut *d, Type *t, int64_t methods, TdMethod *ms, int n) {
    if (t->kind != TYPE_POINTER)
        td_addr(d, methods - 8, td_symbol(d->u, types_pointer(t)));
    for (int i = 0; i < n; i++)
        if (ms[i].ftyp)
            td_addr(d, methods + (int64_t)TD_METHOD_SIZE * n + 8 * i, td_symbol(d->u, ms[i].ftyp));
}

/* ---- static itabs ---- */

const char *td_itab(Unit *u, Type *t, Type *iface) {
    const char *sym = arena_printf(u->arena, "go.itab.%s,%s", td_link(u, t), td_link(u, iface));
    if (strmap_get(&u->etypes, sym))
        return sym;
    strmap_put(&u->etypes, sym, (void *)1);
    Type *iu = bld_under(iface);
    TdMethod *ms;
    int n = td_methods(u, t, &ms);
    TdOut d = {u, sym, {0}, {0}, 0};
    td_addr(&d, 0, td_symbol(u, iface));
    td_addr(&d, 8, td_symbol(u, t));
    td_int(&d, 16, 4, td_hash(u, t));
    for (int i = 0, j = 0; i < iu->nmethods; i++) {
        while (j < n && ms[j].name != iu->methods[i]->name)
            j++;
        if (j == n) {
            diag_error(iu->methods[i]->pos, "gocc: internal error: %s has no method %s", td_string(u, t),
                       iu->methods[i]->name);
            break;
        }
        if (!ms[j].ifn)
            diag_error(iu->methods[i]->pos, "gocc: calling %s through an interface is not supported yet "
                       "(too many result words)", iu->methods[i]->name);
        td_addr(&d, 24 + 8 * i, ms[j].ifn);
    }
    buf_putc(u->out, '\n');
    buf_append(u->out, d.data.data, d.data.len);
    buf_puts(u->out, "GLOBL ");
    ssa_put_symbol(u->out, sym);
    buf_printf(u->out, "(SB), RODATA|DUPOK, $%d\n", 24 + 8 * iu->nmethods);
    buf_free(&d.data);
    return sym;
}
