/* ld_dwarf.c - carries the objects' DWARF (.debug_* from `gcc -g`) into the
 * executable, so gdb and `objdump -dl` show C source lines.
 *
 * Each .debug_X section of every object in the link is one atom; the atoms of
 * one name are concatenated into an output section of that name (not loaded;
 * an atom's "address" is its offset there). Their relocations are applied
 * like the code's, except that a reference to something not in the program
 * (dropped by deadcode, undefined, thread-local) becomes 0 instead of an
 * error. `-w` leaves DWARF out. ld_write.c writes the sections. */
#include <string.h>

#include "diag.h"
#include "ld.h"

static uint64_t align_up(uint64_t v, uint64_t a) { return a > 1 ? (v + a - 1) / a * a : v; }

static LdDebug *ld_debug_out(Ld *ld, StrMap *byname, const char *name) {
    LdDebug *d = strmap_get(byname, name);
    if (!d) {
        d = ARENA_NEW(ld->arena, LdDebug);
        d->name = name;
        strmap_put(byname, name, d);
        vec_push(&ld->debugs, d);
    }
    return d;
}

void ld_dwarf_layout(Ld *ld) {
    StrMap byname = {0};
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int s = 0; s < f->nsections; s++) {
            LdSec *ls = f->sections[s]->user;
            if (ls->kind != OUT_DEBUG)
                continue;
            LdDebug *d = ld_debug_out(ld, &byname, f->sections[s]->name);
            LdAtom *a = &ls->atoms[0];
            d->size = align_up(d->size, a->align);
            a->addr = d->size;
            a->live = 1;
            d->size += a->end - a->start;
            vec_push(&d->atoms, a);
        }
    }
    strmap_free(&byname);
    for (int i = 0; i < ld->debugs.len; i++) {
        LdDebug *d = VEC_AT(ld->debugs, LdDebug *, i);
        buf_zero(&d->data, d->size);
        for (int k = 0; k < d->atoms.len; k++) {
            LdAtom *a = VEC_AT(d->atoms, LdAtom *, k);
            memcpy(d->data.data + a->addr, a->sec->data.data + a->start, a->end - a->start);
        }
    }
}

/* The value of a debug relocation's symbol: 0 for anything not in the program. */
static uint64_t ld_debug_target(Ld *ld, ObjSymbol *ref) {
    LdSym *g = ref ? ref->user : NULL;
    ObjSymbol *def = ref ? ld_target(ref) : NULL;
    uint64_t addr = 0;
    if (g && g->linkerdef)
        return g->addr;
    if (!def || !def->section)
        return def ? def->value : 0;
    LdSec *ls = def->section->user;
    LdAtom *a = ld_atom_at(def->section, def->value);
    if (!a || !a->live || (ls->kind < 0 && ls->kind != OUT_DEBUG))
        return 0;
    ld_symaddr(ld, ref, &addr);
    return addr;
}

static void put(unsigned char *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

void ld_dwarf_relocate(Ld *ld) {
    for (int i = 0; i < ld->debugs.len; i++) {
        LdDebug *d = VEC_AT(ld->debugs, LdDebug *, i);
        for (int k = 0; k < d->atoms.len; k++) {
            LdAtom *a = VEC_AT(d->atoms, LdAtom *, k);
            for (int j = 0; j < a->nrelocs; j++) {
                ObjReloc *r = &a->sec->relocs[a->reloc0 + j];
                uint64_t P = a->addr + r->offset - a->start;
                uint64_t v = ld_debug_target(ld, r->sym) + (uint64_t)r->addend;
                unsigned char *field = d->data.data + P;
                switch (r->type) {
                case R_X86_64_64: put(field, v, 8); break;
                case R_X86_64_32: case R_X86_64_32S: put(field, v, 4); break;
                case R_X86_64_PC32: put(field, v - P, 4); break;
                case R_X86_64_PC64: put(field, v - P, 8); break;
                case R_X86_64_DTPOFF32: put(field, 0, 4); break;
                case R_X86_64_DTPOFF64: put(field, 0, 8); break;
                default: break; /* unknown in debug info: left as the object has it */
                }
            }
        }
    }
}
