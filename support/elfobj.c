/* elfobj.c - constructors for the in-memory ELF object model (see elfobj.h):
 * new files, sections looked up or created by name, symbols and relocations. */
#include "elfobj.h"

#include <string.h>

ObjFile *elfobj_new(Arena *arena, const char *name) {
    ObjFile *f = ARENA_NEW(arena, ObjFile);
    f->name = arena_strdup(arena, name ? name : "");
    f->arena = arena;
    return f;
}

ObjSection *elfobj_section(ObjFile *f, const char *name, uint32_t type, uint64_t flags, uint64_t align) {
    for (int i = 0; i < f->nsections; i++)
        if (strcmp(f->sections[i]->name, name) == 0)
            return f->sections[i];
    ObjSection *s = ARENA_NEW(f->arena, ObjSection);
    s->name = arena_strdup(f->arena, name);
    s->type = type;
    s->flags = flags;
    s->align = align ? align : 1;
    s->index = -1;
    if (f->nsections == f->capsections) {
        f->capsections = f->capsections ? f->capsections * 2 : 8;
        f->sections = xrealloc(f->sections, sizeof(ObjSection *) * (size_t)f->capsections);
    }
    f->sections[f->nsections++] = s;
    return s;
}

ObjSymbol *elfobj_add_symbol(ObjFile *f, const char *name, unsigned bind, unsigned type,
                             ObjSection *sec, uint64_t value, uint64_t size) {
    ObjSymbol *s = ARENA_NEW(f->arena, ObjSymbol);
    s->name = arena_strdup(f->arena, name ? name : "");
    s->bind = (unsigned char)bind;
    s->type = (unsigned char)type;
    s->section = sec;
    s->shndx = SHN_UNDEF;
    s->value = value;
    s->size = size;
    s->index = -1;
    if (f->nsymbols == f->capsymbols) {
        f->capsymbols = f->capsymbols ? f->capsymbols * 2 : 16;
        f->symbols = xrealloc(f->symbols, sizeof(ObjSymbol *) * (size_t)f->capsymbols);
    }
    f->symbols[f->nsymbols++] = s;
    return s;
}

void elfobj_add_reloc(ObjSection *sec, uint64_t offset, uint32_t type, ObjSymbol *sym, int64_t addend) {
    if (sec->nrelocs == sec->caprelocs) {
        sec->caprelocs = sec->caprelocs ? sec->caprelocs * 2 : 16;
        sec->relocs = xrealloc(sec->relocs, sizeof(ObjReloc) * (size_t)sec->caprelocs);
    }
    ObjReloc *r = &sec->relocs[sec->nrelocs++];
    r->offset = offset;
    r->type = type;
    r->sym = sym;
    r->addend = addend;
}
