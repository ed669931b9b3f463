/* ld_functab.c - the function table the runtime can ask for.
 *
 * When some object refers to `runtime.functab` and nobody defines it, the
 * linker builds it in the read-only segment (output section .gocc.functab);
 * docs/pcln.md §3 gives the layout with field offsets:
 *
 *   uint64 n
 *   n entries of { uint64 entry; uint64 end; const char *name; }   sorted by entry
 *   n entries of { const uint8 *lines; const char *const *files; } same order
 *   the file-name pointer arrays, the line tables, the names (NUL-terminated)
 *
 * with one entry per live function symbol (STT_FUNC, Go and C alike; for a
 * DUPOK function only the copy that was kept). `lines`/`files` come from the
 * objects' .gocc.pcln (ld_pcln.c) or gcc's .debug_line (ld_cline.c) and are
 * NULL for functions without line data. `runtime.efunctab` marks the end.
 * The first two fields keep the original 24-byte entry layout valid. */
#include <stdlib.h>
#include <string.h>

#include "ld.h"

enum { FT_ENTRY = 24, FT_LINES = 16 };

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

/* Offset (from the functab start) of string s in the string area; strings are shared. */
static uint64_t ld_ft_string(Buf *strs, StrMap *seen, const char *s) {
    intptr_t off = (intptr_t)strmap_get(seen, s);
    if (!off) {
        off = (intptr_t)strs->len + 1;
        buf_append(strs, s, strlen(s) + 1);
        strmap_put(seen, s, (void *)off);
    }
    return (uint64_t)off - 1;
}

/* Builds everything after the two fixed arrays into ld->ftail. */
static void ld_ft_tail(Ld *ld, uint64_t base) {
    Buf strs = {0};
    StrMap seen = {0};
    Vec patches = {0}; /* pairs: ftail offset, string offset */
    for (int i = 0; i < ld->filesets.len; i++) {
        LdFileSet *fs = VEC_AT(ld->filesets, LdFileSet *, i);
        if (!fs->used)
            continue;
        fs->off = base + ld->ftail.len;
        for (int k = 0; k < fs->n; k++) {
            vec_push(&patches, (void *)(uintptr_t)ld->ftail.len);
            vec_push(&patches, (void *)(uintptr_t)ld_ft_string(&strs, &seen, fs->names[k]));
            buf_put_u64le(&ld->ftail, 0);
        }
    }
    for (int i = 0; i < ld->funclines.len; i++) {
        LdLines *l = VEC_AT(ld->funclines, LdLines *, i);
        if (l) {
            l->off = base + ld->ftail.len;
            buf_append(&ld->ftail, l->rows, l->len);
        }
    }
    uint64_t strbase = base + ld->ftail.len;
    ld->ftnameoff = ARENA_NEWN(ld->arena, uint64_t, ld->funcs.len + 1);
    for (int i = 0; i < ld->funcs.len; i++)
        ld->ftnameoff[i] = strbase + ld_ft_string(&strs, &seen, VEC_AT(ld->funcs, ObjSymbol *, i)->name);
    for (int i = 0; i < patches.len; i += 2) {
        uint64_t v = strbase + (uintptr_t)patches.items[i + 1];
        memcpy(ld->ftail.data + (uintptr_t)patches.items[i], &v, 8);
        vec_push(&ld->ftailptrs, patches.items[i]);
    }
    buf_append(&ld->ftail, strs.data, strs.len);
    buf_free(&strs);
    strmap_free(&seen);
    vec_free(&patches);
}

uint64_t ld_functab_size(Ld *ld) {
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int k = 0; k < f->nsymbols; k++)
            if (ld_is_listed_func(f->symbols[k]))
                vec_push(&ld->funcs, f->symbols[k]);
    }
    ld_pcln_collect(ld);
    ld_cline_collect(ld);
    uint64_t base = 8 + (uint64_t)(FT_ENTRY + FT_LINES) * (uint64_t)ld->funcs.len;
    ld_ft_tail(ld, base);
    return base + ld->ftail.len;
}

typedef struct FtEntry {
    uint64_t entry, end;
    const char *name;
    uint64_t nameoff, linesoff, filesoff; /* offsets in the functab; 0 = NULL */
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

static uint64_t ld_ft_addr(uint64_t base, uint64_t off) { return off ? base + off : 0; }

void ld_functab_fill(Ld *ld) {
    LdOut *o = &ld->out[OUT_FUNCTAB];
    int n = ld->funcs.len;
    FtEntry *e = ARENA_NEWN(ld->arena, FtEntry, n ? n : 1);
    for (int i = 0; i < n; i++) {
        ObjSymbol *s = VEC_AT(ld->funcs, ObjSymbol *, i);
        LdLines *l = VEC_AT(ld->funclines, LdLines *, i);
        ld_symaddr(ld, s, &e[i].entry);
        e[i].end = e[i].entry + s->size;
        e[i].name = s->name;
        e[i].nameoff = ld->ftnameoff[i];
        e[i].linesoff = l ? l->off : 0;
        e[i].filesoff = l ? VEC_AT(ld->filesets, LdFileSet *, l->fileset)->off : 0;
    }
    qsort(e, (size_t)n, sizeof *e, cmp_entry);
    unsigned char *p = ld->image.data + (o->addr - LD_BASE);
    put64(p, (uint64_t)n);
    for (int i = 0; i < n; i++) {
        unsigned char *ent = p + 8 + FT_ENTRY * i, *ext = p + 8 + FT_ENTRY * n + FT_LINES * i;
        put64(ent, e[i].entry);
        put64(ent + 8, e[i].end);
        put64(ent + 16, o->addr + e[i].nameoff);
        put64(ext, ld_ft_addr(o->addr, e[i].linesoff));
        put64(ext + 8, ld_ft_addr(o->addr, e[i].filesoff));
    }
    unsigned char *tail = p + 8 + (FT_ENTRY + FT_LINES) * (uint64_t)n;
    if (ld->ftail.len)
        memcpy(tail, ld->ftail.data, ld->ftail.len);
    for (int i = 0; i < ld->ftailptrs.len; i++) {
        unsigned char *f = tail + (uintptr_t)ld->ftailptrs.items[i];
        uint64_t v;
        memcpy(&v, f, 8);
        put64(f, o->addr + v);
    }
}
