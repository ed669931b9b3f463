/* ld_deadcode.c - link step 3: keep only what the entry point can reach.
 *
 * Every object is cut into atoms (ld_atoms.c); starting from the entry
 * symbol's atom, each live atom's relocations mark the atoms they point to.
 * While walking, the step checks every relocation that will really be applied:
 * undefined symbols ("undefined reference to X (referenced from F)"),
 * thread-local storage, unsupported relocation types; and it decides which
 * GOT-relative references need a GOT slot. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "ld.h"

typedef struct Walk {
    Ld *ld;
    Vec stack;            /* LdAtom* marked but not yet scanned */
    StrMap reported;      /* "file\nsym" of undefined references already reported */
} Walk;

static void ld_mark(Walk *w, LdAtom *a) {
    if (a && !a->live) {
        a->live = 1;
        w->ld->nlive++;
        vec_push(&w->stack, a);
    }
}

/* Reports each (kind, file, symbol) problem once; returns 0 if already reported. */
static int ld_first_report(Walk *w, const char *kind, LdAtom *a, ObjReloc *r) {
    const char *key = arena_printf(w->ld->arena, "%s\n%s\n%s", kind, a->file->name, r->sym ? r->sym->name : "");
    if (strmap_get(&w->reported, key))
        return 0;
    strmap_put(&w->reported, key, (void *)key);
    return 1;
}

static void ld_undefined(Walk *w, LdAtom *a, ObjReloc *r) {
    if (ld_first_report(w, "undef", a, r))
        diag_error((Pos){a->file->name, 0, 0}, "undefined reference to %s (referenced from %s)",
               r->sym->name, ld_where(a->file, a->sec, r->offset));
}

static void ld_tls_error(Walk *w, LdAtom *a, ObjReloc *r) {
    if (ld_first_report(w, "tls", a, r))
        diag_error((Pos){a->file->name, 0, 0},
               "thread-local storage in C is not supported (%s against %s in %s)",
               ld_reloc_name(r->type), r->sym ? r->sym->name : "0", ld_where(a->file, a->sec, r->offset));
}

/* Gives the target of a GOT-relative reference a slot in the synthetic .got. */
static void ld_got_slot(Ld *ld, ObjSymbol *ref) {
    void *key = ref->user ? ref->user : (void *)ref;
    if (strmap_getn(&ld->gotslots, (const char *)&key, sizeof key))
        return;
    vec_push(&ld->got, ref);
    strmap_putn(&ld->gotslots, (const char *)&key, sizeof key, (void *)(intptr_t)ld->got.len);
}

static int ld_reloc_supported(uint32_t t) {
    switch (t) {
    case R_X86_64_64: case R_X86_64_PC32: case R_X86_64_PLT32: case R_X86_64_32:
    case R_X86_64_32S: case R_X86_64_PC64: case R_X86_64_GOTPCREL: case R_X86_64_GOTPCRELX:
    case R_X86_64_REX_GOTPCRELX:
        return 1;
    default:
        return 0;
    }
}

static void ld_visit(Walk *w, LdAtom *a, ObjReloc *r) {
    ObjSymbol *ref = r->sym;
    if (r->type == R_X86_64_NONE)
        return;
    if (ld_is_tls_reloc(r->type)) {
        if (!(r->type == R_X86_64_TPOFF32 && ref && strcmp(ref->name, "runtime.tlsg") == 0))
            ld_tls_error(w, a, r);
        return;
    }
    if (!ld_reloc_supported(r->type)) {
        diag_error((Pos){a->file->name, 0, 0}, "unsupported relocation %s in %s", ld_reloc_name(r->type),
                   ld_where(a->file, a->sec, r->offset));
        return;
    }
    if (!ref)
        return; /* against address 0 */
    LdSym *ls = ref->user;
    ObjSymbol *def = ld_target(ref);
    if (ld_is_got_reloc(r->type) && !ld_got_relaxable(a->sec, r))
        ld_got_slot(w->ld, ref);
    if (ls && ls->linkerdef)
        return;
    if (!def) {
        if (ref->bind != STB_WEAK)
            ld_undefined(w, a, r);
        return;
    }
    if (!def->section)
        return; /* absolute */
    LdSec *ts = def->section->user;
    if (def->type == STT_TLS || ts->kind == OUT_TLS)
        ld_tls_error(w, a, r);
    else if (def->type == STT_GNU_IFUNC)
        diag_error((Pos){a->file->name, 0, 0}, "%s is an IFUNC symbol, which is not supported (from %s)",
                   ref->name, ld_where(a->file, a->sec, r->offset));
    else if (ts->kind < 0)
        diag_error((Pos){a->file->name, 0, 0}, "reference to %s in discarded section %s (from %s)",
                   ref->name, def->section->name, ld_where(a->file, a->sec, r->offset));
    else
        ld_mark(w, ld_atom_at(def->section, def->value));
}

int ld_deadcode(Ld *ld) {
    for (int i = 0; i < ld->objs.len; i++)
        ld_file_atoms(ld, VEC_AT(ld->objs, ObjFile *, i));
    Walk w = {.ld = ld};
    ObjSymbol *entry = ld_lookup(ld, ld->entry)->def;
    if (!entry->section || ((LdSec *)entry->section->user)->kind != OUT_TEXT)
        diag_errorf("gocc tool link: entry symbol %s is not in a text section", ld->entry);
    else
        ld_mark(&w, ld_atom_at(entry->section, entry->value));
    while (w.stack.len) {
        LdAtom *a = vec_pop(&w.stack);
        for (int k = 0; k < a->nrelocs; k++)
            ld_visit(&w, a, &a->sec->relocs[a->reloc0 + k]);
    }
    vec_free(&w.stack);
    strmap_free(&w.reported);
    if (ld->verbose)
        fprintf(stderr, "deadcode: kept %d of %d atoms, %d GOT slots\n", ld->nlive, ld->natoms,
                ld->got.len);
    return diag_errors() ? -1 : 0;
}
