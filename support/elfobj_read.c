/* elfobj_read.c - parses an ELF64 x86-64 relocatable object (ours or gcc's)
 * into the ObjFile model of elfobj.h.
 *
 * Every offset, size and index in the file is checked before it is used, so a
 * truncated or corrupt object gives "<file>: malformed object: <what>" and
 * never a crash. Sections that only describe the file's own structure
 * (.symtab, .strtab, .rela.*) are consumed; every other section, including
 * non-allocated ones such as .comment or .note.GNU-stack, is kept so the
 * reader (linker, nm) can decide what to do with it. The model's nodes are
 * allocated in the arena directly, so this file needs no constructors. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "elfobj.h"

typedef struct Reader {
    Arena *arena;
    ObjFile *f;
    const unsigned char *data;
    size_t len;
    Elf64_Ehdr eh;
    Elf64_Shdr *sh;         /* all section headers */
    ObjSection **bysec;     /* section header index -> model section (NULL if consumed) */
    ObjSymbol **bysym;      /* symbol index -> model symbol (NULL for index 0) */
    size_t nsyms;
    int symtab;             /* index of SHT_SYMTAB, 0 if none */
} Reader;

static ObjFile *bad(Reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static ObjFile *bad(Reader *r, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error((Pos){r->f->name, 0, 0}, "malformed object: %s", msg);
    return NULL;
}

/* Is [off, off+size) inside the file? (overflow-safe) */
static int in_file(Reader *r, uint64_t off, uint64_t size) {
    return off <= r->len && size <= r->len - off;
}

/* The NUL-terminated string at offset idx of string table section strndx, or NULL. */
static const char *str_at(Reader *r, int strndx, uint64_t idx) {
    Elf64_Shdr *s = &r->sh[strndx];
    if (s->sh_type != SHT_STRTAB || idx >= s->sh_size)
        return NULL;
    const char *base = (const char *)r->data + s->sh_offset;
    if (!memchr(base + idx, 0, s->sh_size - idx))
        return NULL;
    return base + idx;
}

static int check_header(Reader *r) {
    if (r->len < sizeof(Elf64_Ehdr) || memcmp(r->data, ELFMAG, SELFMAG) != 0)
        return bad(r, "not an ELF file"), -1;
    memcpy(&r->eh, r->data, sizeof r->eh);
    Elf64_Ehdr *e = &r->eh;
    if (e->e_ident[EI_CLASS] != ELFCLASS64)
        return bad(r, "not a 64-bit ELF file"), -1;
    if (e->e_ident[EI_DATA] != ELFDATA2LSB)
        return bad(r, "not little-endian"), -1;
    if (e->e_machine != EM_X86_64)
        return bad(r, "machine %u is not x86-64", e->e_machine), -1;
    if (e->e_type != ET_REL)
        return bad(r, "ELF type %u is not a relocatable object (ET_REL)", e->e_type), -1;
    if (e->e_ehsize != sizeof(Elf64_Ehdr) || e->e_shentsize != sizeof(Elf64_Shdr))
        return bad(r, "bad ELF header or section header size"), -1;
    if (e->e_shnum == 0 && e->e_shoff != 0)
        return bad(r, "extended section numbering is not supported"), -1;
    if (!in_file(r, e->e_shoff, (uint64_t)e->e_shnum * sizeof(Elf64_Shdr)))
        return bad(r, "section header table outside the file"), -1;
    if (e->e_shnum && e->e_shstrndx >= e->e_shnum)
        return bad(r, "section name table index %u out of range", e->e_shstrndx), -1;
    return 0;
}

static int check_sections(Reader *r) {
    int n = r->eh.e_shnum;
    r->sh = ARENA_NEWN(r->arena, Elf64_Shdr, n ? n : 1);
    memcpy(r->sh, r->data + r->eh.e_shoff, sizeof(Elf64_Shdr) * (size_t)n);
    for (int i = 1; i < n; i++) {
        Elf64_Shdr *s = &r->sh[i];
        if (s->sh_type != SHT_NOBITS && !in_file(r, s->sh_offset, s->sh_size))
            return bad(r, "section %d: contents outside the file", i), -1;
        if (s->sh_addralign > 1 && (s->sh_addralign & (s->sh_addralign - 1)))
            return bad(r, "section %d: alignment %lu is not a power of two", i,
                       (unsigned long)s->sh_addralign), -1;
        if (s->sh_type == SHT_SYMTAB) {
            if (r->symtab)
                return bad(r, "more than one symbol table"), -1;
            r->symtab = i;
        }
        if (s->sh_type == SHT_REL)
            return bad(r, "section %d: SHT_REL relocations are not supported (x86-64 uses RELA)", i), -1;
        if (s->sh_type == SHT_SYMTAB_SHNDX)
            return bad(r, "extended symbol section indices are not supported"), -1;
    }
    if (n && r->sh[r->eh.e_shstrndx].sh_type != SHT_STRTAB)
        return bad(r, "section name table is not a string table"), -1;
    return 0;
}

static int consumed(uint32_t type) {
    return type == SHT_NULL || type == SHT_SYMTAB || type == SHT_STRTAB || type == SHT_RELA;
}

static int read_sections(Reader *r) {
    int n = r->eh.e_shnum;
    r->bysec = ARENA_NEWN(r->arena, ObjSection *, n ? n : 1);
    r->f->sections = ARENA_NEWN(r->arena, ObjSection *, n ? n : 1);
    r->f->capsections = n;
    for (int i = 1; i < n; i++) {
        Elf64_Shdr *s = &r->sh[i];
        const char *name = str_at(r, r->eh.e_shstrndx, s->sh_name);
        if (!name)
            return bad(r, "section %d: bad name index", i), -1;
        if (consumed(s->sh_type))
            continue;
        ObjSection *sec = ARENA_NEW(r->arena, ObjSection);
        sec->name = arena_strdup(r->arena, name);
        sec->type = s->sh_type;
        sec->flags = s->sh_flags;
        sec->align = s->sh_addralign ? s->sh_addralign : 1;
        sec->entsize = s->sh_entsize;
        sec->size = s->sh_size;
        if (s->sh_type != SHT_NOBITS)
            buf_append(&sec->data, r->data + s->sh_offset, s->sh_size);
        sec->index = i;
        r->bysec[i] = sec;
        r->f->sections[r->f->nsections++] = sec;
    }
    return 0;
}

/* Resolves a symbol's st_shndx into the model; returns -1 on a bad index. */
static int symbol_section(Reader *r, ObjSymbol *sym, uint16_t shndx) {
    sym->shndx = shndx;
    if (shndx == SHN_UNDEF || shndx == SHN_ABS || shndx == SHN_COMMON)
        return 0;
    if (shndx >= r->eh.e_shnum || !r->bysec[shndx])
        return -1;
    sym->section = r->bysec[shndx];
    return 0;
}

static int read_symbols(Reader *r) {
    if (!r->symtab)
        return 0;
    Elf64_Shdr *st = &r->sh[r->symtab];
    if (st->sh_entsize != sizeof(Elf64_Sym) || st->sh_size % sizeof(Elf64_Sym))
        return bad(r, "symbol table has a bad entry size"), -1;
    if (st->sh_link == 0 || st->sh_link >= r->eh.e_shnum || r->sh[st->sh_link].sh_type != SHT_STRTAB)
        return bad(r, "symbol table's string table index is bad"), -1;
    r->nsyms = st->sh_size / sizeof(Elf64_Sym);
    if (st->sh_info > r->nsyms)
        return bad(r, "symbol table's first-global index is out of range"), -1;
    r->bysym = ARENA_NEWN(r->arena, ObjSymbol *, r->nsyms ? r->nsyms : 1);
    r->f->symbols = ARENA_NEWN(r->arena, ObjSymbol *, r->nsyms ? r->nsyms : 1);
    r->f->capsymbols = (int)r->nsyms;
    for (size_t i = 1; i < r->nsyms; i++) {
        Elf64_Sym es;
        memcpy(&es, r->data + st->sh_offset + i * sizeof es, sizeof es);
        const char *name = str_at(r, (int)st->sh_link, es.st_name);
        if (!name)
            return bad(r, "symbol %zu: bad name index", i), -1;
        ObjSymbol *sym = ARENA_NEW(r->arena, ObjSymbol);
        sym->name = arena_strdup(r->arena, name);
        sym->bind = ELF64_ST_BIND(es.st_info);
        sym->type = ELF64_ST_TYPE(es.st_info);
        sym->value = es.st_value;
        sym->size = es.st_size;
        sym->index = (int)i;
        if (symbol_section(r, sym, es.st_shndx) < 0)
            return bad(r, "symbol %zu (%s): bad section index %u", i, name, es.st_shndx), -1;
        if (sym->type == STT_SECTION && sym->section && !*name)
            sym->name = sym->section->name;
        r->bysym[i] = sym;
        r->f->symbols[r->f->nsymbols++] = sym;
    }
    return 0;
}

/* Size of the field a relocation type patches, 0 for types this reader does not know. */
static unsigned reloc_field_size(uint32_t type) {
    switch (type) {
    case R_X86_64_NONE: return 0;
    case R_X86_64_64: case R_X86_64_PC64: case R_X86_64_TPOFF64: case R_X86_64_DTPOFF64:
        return 8;
    default: return 4;
    }
}

static int read_relocs_of(Reader *r, int i) {
    Elf64_Shdr *s = &r->sh[i];
    if (s->sh_entsize != sizeof(Elf64_Rela) || s->sh_size % sizeof(Elf64_Rela))
        return bad(r, "section %d: relocation entry size is bad", i), -1;
    if ((int)s->sh_link != r->symtab || !r->symtab)
        return bad(r, "section %d: relocations do not use the symbol table", i), -1;
    if (s->sh_info == 0 || s->sh_info >= r->eh.e_shnum || !r->bysec[s->sh_info])
        return bad(r, "section %d: relocated section index %u is bad", i, s->sh_info), -1;
    ObjSection *target = r->bysec[s->sh_info];
    if (target->relocs)
        return bad(r, "section %s has two relocation sections", target->name), -1;
    size_t n = s->sh_size / sizeof(Elf64_Rela);
    if (n && target->type == SHT_NOBITS)
        return bad(r, "relocations in section %s without contents", target->name), -1;
    if (n > (size_t)1 << 30)
        return bad(r, "section %d: too many relocations", i), -1;
    target->relocs = ARENA_NEWN(r->arena, ObjReloc, n ? n : 1);
    target->nrelocs = target->caprelocs = (int)n;
    for (size_t k = 0; k < n; k++) {
        Elf64_Rela er;
        memcpy(&er, r->data + s->sh_offset + k * sizeof er, sizeof er);
        uint64_t symi = ELF64_R_SYM(er.r_info);
        uint32_t type = (uint32_t)ELF64_R_TYPE(er.r_info);
        if (symi >= r->nsyms)
            return bad(r, "relocation %zu of %s: symbol index %lu out of range", k, target->name,
                       (unsigned long)symi), -1;
        unsigned fs = reloc_field_size(type);
        if (er.r_offset > target->size || fs > target->size - er.r_offset)
            return bad(r, "relocation %zu of %s: offset %#lx outside the section", k, target->name,
                       (unsigned long)er.r_offset), -1;
        ObjReloc *rel = &target->relocs[k];
        rel->offset = er.r_offset;
        rel->type = type;
        rel->sym = symi ? r->bysym[symi] : NULL;
        rel->addend = er.r_addend;
    }
    return 0;
}

static int read_relocs(Reader *r) {
    for (int i = 1; i < r->eh.e_shnum; i++)
        if (r->sh[i].sh_type == SHT_RELA && read_relocs_of(r, i) < 0)
            return -1;
    return 0;
}

ObjFile *elfobj_read(Arena *arena, const char *name, const unsigned char *data, size_t len) {
    ObjFile *f = ARENA_NEW(arena, ObjFile);
    f->name = arena_strdup(arena, name);
    f->arena = arena;
    Reader r = {.arena = arena, .f = f, .data = data, .len = len};
    if (check_header(&r) < 0 || check_sections(&r) < 0 || read_sections(&r) < 0 ||
        read_symbols(&r) < 0 || read_relocs(&r) < 0)
        return NULL;
    return f;
}
