/* ld_atoms.c - cuts each input section into atoms (see ld.h) and answers
 * "which atom holds this offset" and "what does this reference point to".
 *
 * A section is one atom unless its object promises that every reference
 * between its symbols carries a relocation, by containing an (empty) section
 * named LD_CUT_MARKER - GNU as does not keep that promise: it resolves
 * `jmp g` to a global g in the same section without one, so cutting gcc's
 * .text at function symbols would break tail calls (C code gets per-function
 * granularity from -ffunction-sections instead). A promising object's
 * section is cut at its symbols when nothing refers into it through its
 * section symbol and its symbols are non-overlapping functions and data
 * objects. A section's relocations are sorted by offset so each atom owns a
 * contiguous run of them. */
#include <stdlib.h>
#include <string.h>

#include "ld.h"

static LdOutKind ld_kind(ObjSection *s, int nodwarf) {
    if (!(s->flags & SHF_ALLOC) && s->type == SHT_PROGBITS && !(s->flags & SHF_COMPRESSED) && !nodwarf &&
        strncmp(s->name, ".debug_", 7) == 0)
        return OUT_DEBUG;
    if (!(s->flags & SHF_ALLOC) || s->type == SHT_NOTE || s->type == SHT_GROUP ||
        s->type == SHT_X86_64_UNWIND || strcmp(s->name, ".eh_frame") == 0)
        return OUT_NONE;
    if (s->flags & SHF_TLS)
        return OUT_TLS;
    if (s->type != SHT_PROGBITS && s->type != SHT_NOBITS)
        return OUT_NONE;
    if (s->flags & SHF_EXECINSTR)
        return OUT_TEXT;
    if (!(s->flags & SHF_WRITE))
        return OUT_RODATA;
    if (s->type == SHT_NOBITS)
        return strncmp(s->name, ".noptrbss", 9) == 0 ? OUT_NOPTRBSS : OUT_BSS;
    return strncmp(s->name, ".noptrdata", 10) == 0 ? OUT_NOPTRDATA : OUT_DATA;
}

static int cmp_reloc(const void *a, const void *b) {
    const ObjReloc *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int cmp_value(const void *a, const void *b) {
    const ObjSymbol *x = *(ObjSymbol *const *)a, *y = *(ObjSymbol *const *)b;
    return x->value < y->value ? -1 : x->value > y->value;
}

/* Cut points of a section from its sorted symbols; 0 if it must stay whole:
 * symbols overlap, or one is not a function or data object (a plain label may
 * sit inside a function, with branches to it that carry no relocation). */
static int ld_cuts(Vec *syms, uint64_t size, uint64_t *cuts) {
    int n = 0;
    uint64_t maxend = 0;
    cuts[n++] = 0;
    for (int i = 0; i < syms->len; i++) {
        ObjSymbol *s = VEC_AT(*syms, ObjSymbol *, i);
        uint64_t v = s->value;
        if (v > size || (s->type != STT_FUNC && s->type != STT_OBJECT))
            return 0;
        if (v != cuts[n - 1] && v < size) {
            if (v < maxend)
                return 0;
            cuts[n++] = v;
        }
        if (v + s->size > maxend)
            maxend = v + s->size;
    }
    return n;
}

static uint64_t ld_atom_align(ObjSection *sec, uint64_t start) {
    uint64_t a = sec->align ? sec->align : 1;
    uint64_t low = start & (~start + 1);
    return start && low < a ? low : a;
}

static void ld_make_atoms(Ld *ld, ObjFile *f, ObjSection *sec, Vec *syms) {
    LdSec *ls = sec->user;
    if (sec->nrelocs)
        qsort(sec->relocs, (size_t)sec->nrelocs, sizeof(ObjReloc), cmp_reloc);
    uint64_t *cuts = ARENA_NEWN(ld->arena, uint64_t, syms->len + 1);
    int n = 1;
    cuts[0] = 0;
    if (ls->splittable && syms->len) {
        qsort(syms->items, (size_t)syms->len, sizeof(void *), cmp_value);
        n = ld_cuts(syms, sec->size, cuts);
        if (!n) {
            n = 1;
            ls->splittable = 0;
        }
    }
    ls->atoms = ARENA_NEWN(ld->arena, LdAtom, n);
    ls->natoms = n;
    int r = 0;
    for (int i = 0; i < n; i++) {
        LdAtom *a = &ls->atoms[i];
        a->file = f;
        a->sec = sec;
        a->start = cuts[i];
        a->end = i + 1 < n ? cuts[i + 1] : sec->size;
        a->align = ld_atom_align(sec, a->start);
        a->reloc0 = r;
        while (r < sec->nrelocs && (i + 1 == n || sec->relocs[r].offset < a->end))
            r++;
        a->nrelocs = r - a->reloc0;
    }
    if (ls->kind >= 0)
        ld->natoms += n; /* loadable atoms, for -v */
}

static int ld_cut_promised(ObjFile *f) {
    for (int i = 0; i < f->nsections; i++)
        if (strcmp(f->sections[i]->name, LD_CUT_MARKER) == 0)
            return 1;
    return 0;
}

/* Builds the LdSec and atoms of every section of f. */
void ld_file_atoms(Ld *ld, ObjFile *f) {
    int cut = ld_cut_promised(f);
    for (int i = 0; i < f->nsections; i++) {
        LdSec *ls = ARENA_NEW(ld->arena, LdSec);
        ls->kind = ld_kind(f->sections[i], ld->nodwarf);
        ls->splittable = cut && ls->kind >= 0;
        f->sections[i]->user = ls;
    }
    for (int i = 0; i < f->nsections; i++) {
        ObjSection *sec = f->sections[i];
        if (((LdSec *)sec->user)->kind < 0)
            continue;
        for (int k = 0; k < sec->nrelocs; k++) {
            ObjSymbol *s = sec->relocs[k].sym;
            if (s && s->type == STT_SECTION && s->section)
                ((LdSec *)s->section->user)->splittable = 0;
        }
    }
    for (int i = 0; i < f->nsymbols; i++) {
        ObjSymbol *s = f->symbols[i];
        if (s->section && s->type != STT_SECTION && s->type != STT_FILE)
            vec_push(&((LdSec *)s->section->user)->syms, s);
    }
    for (int i = 0; i < f->nsections; i++) {
        ObjSection *sec = f->sections[i];
        LdSec *ls = sec->user;
        if (ls->kind >= 0 || ls->kind == OUT_DEBUG)
            ld_make_atoms(ld, f, sec, &ls->syms);
        vec_free(&ls->syms);
    }
}

LdAtom *ld_atom_at(ObjSection *sec, uint64_t off) {
    LdSec *ls = sec->user;
    if (!ls || !ls->natoms)
        return NULL;
    int lo = 0, hi = ls->natoms - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (ls->atoms[mid].start <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return &ls->atoms[lo];
}

ObjSymbol *ld_target(ObjSymbol *ref) {
    LdSym *ls = ref->user;
    return ls ? ls->def : ref;
}

int ld_symaddr(Ld *ld, ObjSymbol *ref, uint64_t *addr) {
    (void)ld;
    LdSym *ls = ref->user;
    if (ls && ls->linkerdef) {
        *addr = ls->addr;
        return 0;
    }
    ObjSymbol *def = ld_target(ref);
    if (!def) {
        *addr = 0;
        return ref->bind == STB_WEAK ? 0 : -1;
    }
    if (!def->section) {
        *addr = def->value; /* SHN_ABS */
        return 0;
    }
    LdAtom *a = ld_atom_at(def->section, def->value);
    if (!a)
        return -1;
    *addr = a->addr + def->value - a->start;
    return 0;
}

const char *ld_where(ObjFile *f, ObjSection *sec, uint64_t off) {
    ObjSymbol *best = NULL;
    for (int i = 0; i < f->nsymbols; i++) {
        ObjSymbol *s = f->symbols[i];
        if (s->section != sec || s->type == STT_SECTION || s->type == STT_FILE || s->value > off)
            continue;
        if (!best || s->value > best->value)
            best = s;
    }
    if (best)
        return best->name;
    return arena_printf(f->arena, "%s+%#lx", sec->name, (unsigned long)off);
}
