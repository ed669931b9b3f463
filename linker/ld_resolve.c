/* ld_resolve.c - link step 2: the global symbol table.
 *
 * Objects join the link one by one; each global or weak symbol is bound to the
 * LdSym of its name. Rules: one strong definition per name (a second one is an
 * error naming both files); STB_WEAK definitions are Go's DUPOK symbols - the
 * first one is kept and every reference uses it; a strong definition beats weak
 * and common ones; of several commons the largest is kept. A name that is
 * referenced (not only weakly) but undefined pulls in the archive member
 * defining it, until no more can be resolved. Undefined references are reported by the deadcode
 * step, which knows which ones are actually used. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "ld.h"

LdSym *ld_lookup(Ld *ld, const char *name) {
    LdSym *s = strmap_get(&ld->syms, name);
    if (!s) {
        s = ARENA_NEW(ld->arena, LdSym);
        s->name = arena_strdup(ld->arena, name);
        strmap_put(&ld->syms, name, s);
    }
    return s;
}

/* Rejects sections whose meaning this linker does not implement. */
static void ld_check_sections(ObjFile *f) {
    for (int i = 0; i < f->nsections; i++) {
        ObjSection *s = f->sections[i];
        if (!(s->flags & SHF_ALLOC))
            continue;
        if (s->align > LD_PAGE || s->size > LD_MAX_SECTION)
            diag_error((Pos){f->name, 0, 0}, "section %s: alignment %#lx or size %#lx too large", s->name,
                       (unsigned long)s->align, (unsigned long)s->size);
        if (s->type == SHT_INIT_ARRAY || s->type == SHT_FINI_ARRAY || s->type == SHT_PREINIT_ARRAY ||
            strcmp(s->name, ".ctors") == 0 || strcmp(s->name, ".dtors") == 0)
            diag_error((Pos){f->name, 0, 0}, "section %s: C constructors/destructors are not supported",
                       s->name);
    }
}

/* Gives each SHN_COMMON symbol its own zeroed section, so it is placed like .bss. */
static void ld_commons(Ld *ld, ObjFile *f) {
    int n = 0;
    for (int i = 0; i < f->nsymbols; i++)
        n += f->symbols[i]->shndx == SHN_COMMON;
    if (!n)
        return;
    ObjSection **secs = ARENA_NEWN(ld->arena, ObjSection *, f->nsections + n);
    memcpy(secs, f->sections, sizeof(ObjSection *) * (size_t)f->nsections);
    f->sections = secs;
    f->capsections = f->nsections + n;
    for (int i = 0; i < f->nsymbols; i++) {
        ObjSymbol *s = f->symbols[i];
        if (s->shndx != SHN_COMMON || s->section)
            continue;
        if (s->value > LD_PAGE || (s->value & (s->value - 1)) || s->size > LD_MAX_SECTION) {
            diag_error((Pos){f->name, 0, 0}, "common symbol %s: bad alignment %#lx or size %#lx", s->name,
                       (unsigned long)s->value, (unsigned long)s->size);
            s->value = 1;
            s->size = 0;
        }
        ObjSection *sec = ARENA_NEW(ld->arena, ObjSection);
        sec->name = ".bss";
        sec->type = SHT_NOBITS;
        sec->flags = SHF_ALLOC | SHF_WRITE;
        sec->align = s->value ? s->value : 1;
        sec->size = s->size;
        sec->index = -1;
        f->sections[f->nsections++] = sec;
        s->section = sec;
        s->value = 0;
    }
}

static int is_defined(ObjSymbol *s) { return s->section || s->shndx == SHN_ABS; }

/* Binds a definition to its name, applying the strong/weak/common rules. */
static void ld_define(LdSym *ls, ObjSymbol *s, ObjFile *f) {
    ObjSymbol *old = ls->def;
    if (!old) {
        ls->def = s;
        ls->deffile = f;
        return;
    }
    int oldcommon = old->shndx == SHN_COMMON, newcommon = s->shndx == SHN_COMMON;
    int oldstrong = old->bind == STB_GLOBAL && !oldcommon;
    int newstrong = s->bind == STB_GLOBAL && !newcommon;
    int replace = 0;
    if (oldstrong && newstrong)
        diag_error((Pos){f->name, 0, 0}, "duplicate definition of %s (first defined in %s)", s->name,
                   ls->deffile->name);
    else if (newstrong)
        replace = 1;
    else if (oldcommon && newcommon) {
        if (old->section->align > s->section->align) /* the kept one gets both alignments */
            s->section->align = old->section->align;
        else
            old->section->align = s->section->align;
        replace = s->size > old->size;
    }
    else if (newcommon)
        replace = old->bind == STB_WEAK;
    if (replace) {
        ls->def = s;
        ls->deffile = f;
    }
}

static void ld_add_object(Ld *ld, ObjFile *f) {
    vec_push(&ld->objs, f);
    ld_check_sections(f);
    ld_commons(ld, f);
    for (int i = 0; i < f->nsymbols; i++) {
        ObjSymbol *s = f->symbols[i];
        if (s->bind == STB_LOCAL || s->type == STT_SECTION || s->type == STT_FILE || !s->name[0])
            continue;
        LdSym *ls = ld_lookup(ld, s->name);
        s->user = ls;
        if (is_defined(s))
            ld_define(ls, s, f);
        else if (!ls->def && s->bind != STB_WEAK)
            vec_push(&ld->undefq, ls); /* a weak reference alone pulls in nothing */
    }
}

/* Pulls archive members for undefined names until none can be resolved. */
static int ld_pull_members(Ld *ld) {
    int pulled = 0;
    while (ld->undefq.len) {
        LdSym *ls = vec_pop(&ld->undefq);
        if (ls->def)
            continue;
        LdMember *m = strmap_get(&ld->archdefs, ls->name);
        if (!m || m->loaded)
            continue;
        m->loaded = 1;
        pulled++;
        ld_add_object(ld, m->obj);
    }
    return pulled;
}

/* Names the linker defines when nothing else does (Go's section boundaries). */
static const struct {
    const char *name;
    LdOutKind kind;
    int end;
} ld_linkersyms[] = {
    {"runtime.text", OUT_TEXT, 0},           {"runtime.etext", OUT_TEXT, 1},
    {"runtime.rodata", OUT_RODATA, 0},       {"runtime.erodata", OUT_RODATA, 1},
    {"runtime.noptrdata", OUT_NOPTRDATA, 0}, {"runtime.enoptrdata", OUT_NOPTRDATA, 1},
    {"runtime.data", OUT_DATA, 0},           {"runtime.edata", OUT_DATA, 1},
    {"runtime.bss", OUT_BSS, 0},             {"runtime.ebss", OUT_BSS, 1},
    {"runtime.noptrbss", OUT_NOPTRBSS, 0},   {"runtime.enoptrbss", OUT_NOPTRBSS, 1},
    {"runtime.end", OUT_NOPTRBSS, 1},        {"_GLOBAL_OFFSET_TABLE_", OUT_GOT, 0},
    {"runtime.functab", OUT_FUNCTAB, 0},     {"runtime.efunctab", OUT_FUNCTAB, 1},
};

static void ld_linker_symbols(Ld *ld) {
    for (size_t i = 0; i < sizeof ld_linkersyms / sizeof ld_linkersyms[0]; i++) {
        LdSym *ls = strmap_get(&ld->syms, ld_linkersyms[i].name);
        if (ls && !ls->def) {
            ls->linkerdef = 1;
            ls->linkerkind = ld_linkersyms[i].kind;
            ls->linkerend = ld_linkersyms[i].end;
        }
    }
}

int ld_resolve(Ld *ld) {
    vec_push(&ld->undefq, ld_lookup(ld, ld->entry));
    for (int i = 0; i < ld->loaded.len; i++)
        ld_add_object(ld, VEC_AT(ld->loaded, ObjFile *, i));
    int pulled = ld_pull_members(ld);
    ld_linker_symbols(ld);
    LdSym *entry = ld_lookup(ld, ld->entry);
    if (!entry->def)
        diag_errorf("gocc tool link: entry symbol %s is not defined", ld->entry);
    if (ld->verbose)
        fprintf(stderr, "resolve: %d global symbols, %d objects (%d from archives)\n", ld->syms.len,
                ld->objs.len, pulled);
    return diag_errors() ? -1 : 0;
}
