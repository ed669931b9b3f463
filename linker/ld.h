/* ld.h - the linker's model, shared by its steps.
 *
 * A link runs as a list of steps (link_main.c):
 *   load     (ld_load.c)     read .o files and archives into ObjFiles
 *   resolve  (ld_resolve.c)  global symbol table, archive members on demand, duplicates
 *   deadcode (ld_deadcode.c) cut sections into atoms, keep those reachable from the entry
 *   layout   (ld_layout.c)   place atoms into output sections and segments, build the image
 *                            (+ ld_functab.c: runtime.functab, with line tables from
 *                            ld_pcln.c (.gocc.pcln) and ld_cline.c (gcc's .debug_line);
 *                            ld_dwarf.c: .debug_*)
 *   relocate (ld_reloc.c)    apply relocations to the image
 *   write    (ld_write.c)    add headers, .symtab, .strtab, section headers; write the file
 *
 * An atom is a byte range of an input section that is kept or dropped as a
 * whole: one function or data symbol when the section may be cut at its
 * symbols (see ld_atoms.c), else the whole section. */
#ifndef LINKER_LD_H
#define LINKER_LD_H

#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "elfobj.h"
#include "strmap.h"

/* An object containing a section of this name (empty, not allocated) promises
 * that every reference between its symbols has a relocation, so its sections
 * may be cut at symbol boundaries for dead-code removal (ld_atoms.c). */
#define LD_CUT_MARKER ".gocc.subsections_via_symbols"

enum {
    LD_BASE = 0x400000,   /* address of the first byte of the file */
    LD_PAGE = 0x1000,
    LD_GOT_ALIGN = 8,
    LD_MAX_SECTION = 0x40000000, /* larger input sections are refused */
};

/* Output sections, in address order. */
typedef enum LdOutKind {
    OUT_TEXT, OUT_RODATA, OUT_GOT, OUT_FUNCTAB, OUT_NOPTRDATA, OUT_DATA, OUT_BSS, OUT_NOPTRBSS, OUT_NKINDS,
    OUT_NONE = -1,        /* not loaded (notes, .comment, .eh_frame) */
    OUT_TLS = -2,         /* thread-local section: any use is an error */
    OUT_DEBUG = -3,       /* DWARF: not loaded, carried into the file (ld_dwarf.c) */
} LdOutKind;

typedef struct LdAtom {
    ObjFile *file;
    ObjSection *sec;
    uint64_t start, end;  /* byte range in sec */
    uint64_t align;
    int reloc0, nrelocs;  /* range in sec->relocs (sorted by offset) */
    int live;
    uint64_t addr;        /* set by layout */
} LdAtom;

/* What the linker keeps about each input section (ObjSection.user). */
typedef struct LdSec {
    LdOutKind kind;
    int splittable;       /* may be cut at symbol boundaries */
    LdAtom *atoms;        /* sorted by start */
    int natoms;
    Vec syms;             /* while cutting: the section's symbols */
} LdSec;

/* A global symbol name (ObjSymbol.user of every non-local symbol). */
typedef struct LdSym {
    const char *name;
    ObjSymbol *def;       /* chosen definition; NULL while undefined */
    ObjFile *deffile;
    int linkerdef;        /* defined by the linker (runtime.etext, ...): value in addr */
    LdOutKind linkerkind; /* section it marks */
    int linkerend;        /* marks the end rather than the start */
    uint64_t addr;
    int gotslot;          /* 1 + index in Ld.got when it needs a GOT slot */
} LdSym;

/* One candidate archive member. */
typedef struct LdMember {
    ObjFile *obj;
    int loaded;
} LdMember;

typedef struct LdOut {
    const char *name;
    uint32_t type;
    uint64_t flags;
    uint64_t align;
    uint64_t addr, size;
    Vec atoms;            /* LdAtom*, in address order */
    int shndx;            /* index in the output's section headers, 0 if empty */
} LdOut;

/* One DWARF output section (.debug_info, ...): the objects' sections of that name. */
typedef struct LdDebug {
    const char *name;
    uint64_t size;
    Vec atoms;            /* LdAtom*, atom->addr = offset in data */
    Buf data;
} LdDebug;

/* Source lines of one function, from its object's .gocc.pcln (ld_pcln.c). */
typedef struct LdLines {
    const unsigned char *rows;  /* the row table, as docs/pcln.md describes it */
    uint32_t len;
    int fileset;          /* index in Ld.filesets: the object's file names */
    uint64_t off;         /* offset of the copy in the functab */
} LdLines;

/* The file-name table of one object with line data. */
typedef struct LdFileSet {
    const char **names;
    int n;
    int used;             /* some live function refers to it */
    uint64_t off;         /* offset of its pointer array in the functab */
} LdFileSet;

typedef struct Ld {
    Arena *arena;
    const char *outfile;
    const char *entry;
    int verbose;
    int nodwarf;          /* -w: leave DWARF out */
    Vec libdirs;          /* const char* */
    Vec inputs;           /* const char* as given */
    Vec objs;             /* ObjFile* taking part in the link, in load order */
    Vec loaded;           /* ObjFile* from the command line (load step output) */
    Vec members;          /* LdMember* from archives */
    StrMap archdefs;      /* name -> LdMember* defining it (first one wins) */
    StrMap syms;          /* name -> LdSym* */
    Vec undefq;           /* LdSym* that became referenced while undefined */
    LdOut out[OUT_NKINDS];
    Vec got;              /* ObjSymbol* whose address a GOT slot holds */
    StrMap gotslots;      /* key = ObjSymbol pointer bytes -> 1 + slot index */
    Vec debugs;           /* LdDebug*, in first-seen order */
    Vec funcs;            /* ObjSymbol* listed in runtime.functab */
    Vec funclines;        /* LdLines* (or NULL), parallel to funcs */
    Vec filesets;         /* LdFileSet* */
    Buf ftail;            /* functab bytes after the two fixed arrays (ld_functab.c) */
    Vec ftailptrs;        /* offsets in ftail of pointers relative to the functab start */
    uint64_t *ftnameoff;  /* per funcs entry: offset of its name in the functab */
    Buf image;            /* file image up to the end of the RW segment's contents */
    uint64_t textseg_end, rseg_start, rseg_end, rwseg_start, rwseg_fileend, rwseg_end;
    uint64_t entryaddr;
    int nlive, natoms;
} Ld;

/* The steps, each returning 0 or -1 after reporting errors. */
int ld_load(Ld *ld);
int ld_resolve(Ld *ld);
int ld_deadcode(Ld *ld);
int ld_layout(Ld *ld);
int ld_relocate(Ld *ld);
int ld_write(Ld *ld);

/* Shared helpers. */
LdSym *ld_lookup(Ld *ld, const char *name);                   /* creates it if missing */
void ld_file_atoms(Ld *ld, ObjFile *f);                        /* LdSec + atoms of f */
LdAtom *ld_atom_at(ObjSection *sec, uint64_t off);             /* atom holding off, or NULL */
ObjSymbol *ld_target(ObjSymbol *ref);                          /* definition a reference uses */
int ld_symaddr(Ld *ld, ObjSymbol *ref, uint64_t *addr);        /* 0 ok, -1 undefined */
const char *ld_where(ObjFile *f, ObjSection *sec, uint64_t off); /* "function" or "section+off" */
const char *ld_reloc_name(uint32_t type);
int ld_is_tls_reloc(uint32_t type);
int ld_is_got_reloc(uint32_t type);
int ld_got_relaxable(ObjSection *sec, ObjReloc *r);
int ld_functab_wanted(Ld *ld);                                 /* is runtime.functab referenced? */
uint64_t ld_functab_size(Ld *ld);                              /* collects ld->funcs */
void ld_functab_fill(Ld *ld);                                  /* writes it into the image */
void ld_pcln_collect(Ld *ld);                                  /* fills ld->funclines */
void ld_cline_collect(Ld *ld);                                 /* ... for C, from gcc's .debug_line */
void ld_dwarf_layout(Ld *ld);                                  /* .debug_* output sections */
void ld_dwarf_relocate(Ld *ld);

#endif
