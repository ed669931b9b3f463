/* elfobj.h - the in-memory model of an ELF64 x86-64 relocatable object (.o).
 *
 * The assembler builds an ObjFile and writes it (elfobj_write.c); the linker
 * reads .o files - ours and gcc's - into the same model (elfobj_read.c).
 * Structures on disk are <elf.h>'s; this model is only what the tools need.
 *
 * Conventions for objects written by gocc's assembler:
 *   - sections: .text (AX, align 32), .rodata (A), .data (WA), .bss (WA, NOBITS),
 *     .noptrdata (WA), .noptrbss (WA, NOBITS), .note.GNU-stack (empty),
 *     each with .rela.<name> when it has relocations;
 *   - every TEXT symbol is STT_FUNC with st_size, every GLOBL is STT_OBJECT;
 *   - `<>` (file-local) symbols are STB_LOCAL, others STB_GLOBAL;
 *     DUPOK symbols are STB_WEAK (the linker keeps the first definition);
 *   - `(TLS)` accesses use R_X86_64_TPOFF32 against the undefined STT_TLS
 *     symbol `runtime.tlsg`; the linker resolves it to -8 (g lives at -8(FS));
 *   - RIP-relative operands use R_X86_64_PC32, CALL/JMP to symbols
 *     R_X86_64_PLT32 or PC32, DATA addresses R_X86_64_64, with ELF addends
 *     (relative to the start of the field, see reference/elf-and-link.md). */
#ifndef SUPPORT_ELFOBJ_H
#define SUPPORT_ELFOBJ_H

#include <elf.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"

typedef struct ObjSymbol ObjSymbol;

typedef struct ObjReloc {
    uint64_t offset;        /* offset of the patched field in its section */
    uint32_t type;          /* R_X86_64_* */
    ObjSymbol *sym;
    int64_t addend;
} ObjReloc;

typedef struct ObjSection {
    const char *name;
    uint32_t type;          /* SHT_PROGBITS, SHT_NOBITS, ... */
    uint64_t flags;         /* SHF_* */
    uint64_t align;
    uint64_t entsize;
    Buf data;               /* contents; empty for SHT_NOBITS */
    uint64_t size;          /* == data.len except for SHT_NOBITS */
    ObjReloc *relocs;       /* array of nrelocs */
    int nrelocs, caprelocs;
    int index;              /* section header index in the file, set by read/write */
    void *user;             /* free for the tool (linker: output placement) */
} ObjSection;

struct ObjSymbol {
    const char *name;
    unsigned char bind;     /* STB_LOCAL, STB_GLOBAL, STB_WEAK */
    unsigned char type;     /* STT_NOTYPE, STT_FUNC, STT_OBJECT, STT_SECTION, STT_FILE, STT_TLS */
    ObjSection *section;    /* NULL when undefined, absolute or common */
    uint16_t shndx;         /* SHN_UNDEF, SHN_ABS, SHN_COMMON when section is NULL */
    uint64_t value;         /* offset in section (or absolute value / common alignment) */
    uint64_t size;
    int index;              /* symbol table index, set by read/write */
    void *user;             /* free for the tool (linker: resolved global symbol) */
};

typedef struct ObjFile {
    const char *name;       /* file name (or "archive.a(member.o)") for messages */
    ObjSection **sections;  /* in order; sections[i]->index need not equal i */
    int nsections, capsections;
    ObjSymbol **symbols;    /* in order */
    int nsymbols, capsymbols;
    Arena *arena;           /* owns names and model nodes */
} ObjFile;

ObjFile *elfobj_new(Arena *arena, const char *name);
/* Returns the section called name, creating it with type/flags/align if missing. */
ObjSection *elfobj_section(ObjFile *f, const char *name, uint32_t type, uint64_t flags, uint64_t align);
ObjSymbol *elfobj_add_symbol(ObjFile *f, const char *name, unsigned bind, unsigned type,
                             ObjSection *sec, uint64_t value, uint64_t size);
void elfobj_add_reloc(ObjSection *sec, uint64_t offset, uint32_t type, ObjSymbol *sym, int64_t addend);

/* Serialise f as an ELF64 ET_REL file (symbols ordered locals-first). Returns 0 on success. */
int elfobj_write(ObjFile *f, Buf *out);
/* Parse an ELF64 x86-64 ET_REL image. On malformed input reports
 * "<name>: <problem>" through diag and returns NULL; never crashes. */
ObjFile *elfobj_read(Arena *arena, const char *name, const unsigned char *data, size_t len);

#endif
