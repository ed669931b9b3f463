/* ld_functab.c - the function table the runtime can ask for.
 *
 * When some object refers to `runtime.functab` and nobody defines it, the
 * linker builds it in the read-only segment (output section .gocc.functab):
 *
 *   uint64 n
 *   n entries of { uint64 entry; uint64 end; const char *name; }  sorted by entry
 *   the names, NUL-terminated
 *
 * with one entry per live function symbol (STT_FUNC, Go and C alike; for a
 * DUPOK function only the copy that was kept). `runtime.efunctab` marks its
 * end. This gives the runtime pc -> function name for tracebacks. */
#include <stdlib.h>
#include <string.h>

#include "ld.h"

enum { FT_ENTRY = 24 };

static int ld_is_listed_func(ObjSymbol *s) {
    if (s->type != STT_FUNC || !s->section || !s->name[0])
        return 0;
    LdSec *ls = s->section->user;
    LdSym *g = s->user;
    if (!ls || ls->kind != OUT_TEXT || (g && g->def != s))
        return 0;
    LdAtom *a = ld_atom_at(s->section, s->value);
    return a && a->live;
}

int ld_functab_wanted(Ld *ld) {
    LdSym *ls = strmap_get(&ld->syms, "runtime.functab");
    return ls && ls->linkerdef;
}

uint64_t ld_functab_size(Ld *ld) {
    uint64_t size = 8;
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int k = 0; k < f->nsymbols; k++)
            if (ld_is_listed_func(f->symbols[k])) {
                vec_push(&ld->funcs, f->symbols[k]);
                size += FT_ENTRY + strlen(f->symbols[k]->name) + 1;
            }
    }
    return size;
}

typedef struct FtEntry {
    uint64_t entry, end;
    const char *name;
} FtEntry;

static int cmp_entry(const void *a, const void *b) {
    const FtEntry *x = a, *y = b;
    if (x->entry != y->entry)
        return x->entry < y->entry ? -1 : 1;
    return strcmp(x->name, y->name);
}

static void put64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

void ld_functab_fill(Ld *ld) {
    LdOut *o = &ld->out[OUT_FUNCTAB];
    int n = ld->funcs.len;
    FtEntry *e = ARENA_NEWN(ld->arena, FtEntry, n ? n : 1);
    for (int i = 0; i < n; i++) {
        ObjSymbol *s = VEC_AT(ld->funcs, ObjSymbol *, i);
        ld_symaddr(ld, s, &e[i].entry);
        e[i].end = e[i].entry + s->size;
        e[i].name = s->name;
    }
    qsort(e, (size_t)n, sizeof *e, cmp_entry);
    unsigned char *p = ld->image.data + (o->addr - LD_BASE);
    uint64_t names = o->addr + 8 + FT_ENTRY * (uint64_t)n;
    put64(p, (uint64_t)n);
    for (int i = 0; i < n; i++) {
        unsigned char *ent = p + 8 + FT_ENTRY * i;
        put64(ent, e[i].entry);
        put64(ent + 8, e[i].end);
        put64(ent + 16, names);
        size_t len = strlen(e[i].name) + 1;
        memcpy(ld->image.data + (names - LD_BASE), e[i].name, len);
        names += len;
    }
}
