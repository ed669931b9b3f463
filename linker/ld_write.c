/* ld_write.c - link step 6: finish the executable and write it.
 *
 * Adds to the image laid out by ld_layout.c: the ELF header and program
 * headers (PT_LOAD R+X / R / RW and PT_GNU_STACK; no PT_INTERP, PT_DYNAMIC or
 * PT_TLS), then after the loaded bytes .symtab (live function and data
 * symbols, locals first; only the chosen copy of a DUPOK symbol), .strtab,
 * .shstrtab and the section headers, so readelf, objdump, nm and gdb work. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "ld.h"

typedef struct Tables {
    Buf symtab, strtab, shstrtab, shdrs;
    int nsyms, firstglobal, nshdrs;
} Tables;

static uint32_t ld_str(Buf *tab, const char *s) {
    uint32_t off = (uint32_t)tab->len;
    buf_append(tab, s, strlen(s) + 1);
    return off;
}

static void ld_put_sym(Tables *t, const char *name, unsigned bind, unsigned type, int shndx,
                       uint64_t value, uint64_t size) {
    Elf64_Sym s = {.st_name = ld_str(&t->strtab, name), .st_info = ELF64_ST_INFO(bind, type),
                   .st_shndx = (uint16_t)shndx, .st_value = value, .st_size = size};
    buf_append(&t->symtab, &s, sizeof s);
    t->nsyms++;
}

/* Is s a symbol worth listing, defined in a live atom? */
static int ld_listed(ObjSymbol *s) {
    if (!s->section || !s->name[0] || strncmp(s->name, ".L", 2) == 0 ||
        (s->type != STT_FUNC && s->type != STT_OBJECT && s->type != STT_NOTYPE))
        return 0;
    LdSec *ls = s->section->user;
    if (!ls || ls->kind < 0)
        return 0;
    LdAtom *a = ld_atom_at(s->section, s->value);
    return a && a->live;
}

static void ld_put_objsym(Ld *ld, Tables *t, ObjSymbol *s) {
    uint64_t addr;
    ld_symaddr(ld, s, &addr);
    LdSec *ls = s->section->user;
    ld_put_sym(t, s->name, s->bind, s->type, ld->out[ls->kind].shndx, addr, s->size);
}

static void ld_symbols(Ld *ld, Tables *t) {
    ld_put_sym(t, "", 0, 0, 0, 0, 0);
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int k = 0; k < f->nsymbols; k++)
            if (f->symbols[k]->bind == STB_LOCAL && ld_listed(f->symbols[k]))
                ld_put_objsym(ld, t, f->symbols[k]);
    }
    t->firstglobal = t->nsyms;
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int k = 0; k < f->nsymbols; k++) {
            ObjSymbol *s = f->symbols[k];
            LdSym *g = s->user;
            if (s->bind != STB_LOCAL && g && g->def == s && ld_listed(s))
                ld_put_objsym(ld, t, s);
        }
    }
    for (int i = 0; i < ld->syms.cap; i++) {
        LdSym *g = ld->syms.slots[i].key ? ld->syms.slots[i].value : NULL;
        if (g && g->linkerdef)
            ld_put_sym(t, g->name, STB_GLOBAL, STT_NOTYPE,
                       ld->out[g->linkerkind].shndx ? ld->out[g->linkerkind].shndx : SHN_ABS, g->addr, 0);
    }
}

static void ld_put_shdr(Tables *t, const char *name, uint32_t type, uint64_t flags, uint64_t addr,
                        uint64_t off, uint64_t size, uint32_t link, uint32_t info, uint64_t align,
                        uint64_t entsize) {
    Elf64_Shdr sh = {ld_str(&t->shstrtab, name), type, flags, addr, off, size, link, info, align, entsize};
    buf_append(&t->shdrs, &sh, sizeof sh);
    t->nshdrs++;
}

/* Numbers the non-empty output sections 1, 2, ... (the .symtab needs the numbers). */
static void ld_number_sections(Ld *ld) {
    int n = 1;
    for (int k = 0; k < OUT_NKINDS; k++)
        ld->out[k].shndx = ld->out[k].size ? n++ : 0;
}

static void ld_headers_at_end(Ld *ld, Tables *t, Buf *file) {
    buf_putc(&t->shstrtab, 0);
    ld_put_shdr(t, "", 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (int k = 0; k < OUT_NKINDS; k++) {
        LdOut *o = &ld->out[k];
        if (o->shndx)
            ld_put_shdr(t, o->name, o->type, o->flags, o->addr, o->addr - LD_BASE, o->size, 0, 0, o->align, 0);
    }
    for (int i = 0; i < ld->debugs.len; i++) {
        LdDebug *d = VEC_AT(ld->debugs, LdDebug *, i);
        ld_put_shdr(t, d->name, SHT_PROGBITS, 0, 0, file->len, d->size, 0, 0, 1, 0);
        buf_append(file, d->data.data, d->data.len);
    }
    buf_align(file, 8);
    int symtab = t->nshdrs;
    ld_put_shdr(t, ".symtab", SHT_SYMTAB, 0, 0, file->len, t->symtab.len, (uint32_t)symtab + 1,
                (uint32_t)t->firstglobal, 8, sizeof(Elf64_Sym));
    buf_append(file, t->symtab.data, t->symtab.len);
    ld_put_shdr(t, ".strtab", SHT_STRTAB, 0, 0, file->len, t->strtab.len, 0, 0, 1, 0);
    buf_append(file, t->strtab.data, t->strtab.len);
    uint64_t shstroff = file->len;
    int shstrndx = t->nshdrs;
    uint32_t shstrname = ld_str(&t->shstrtab, ".shstrtab");
    Elf64_Shdr sh = {shstrname, SHT_STRTAB, 0, 0, shstroff, t->shstrtab.len, 0, 0, 1, 0};
    buf_append(&t->shdrs, &sh, sizeof sh);
    t->nshdrs++;
    buf_append(file, t->shstrtab.data, t->shstrtab.len);
    buf_align(file, 8);
    Elf64_Ehdr *eh = (Elf64_Ehdr *)file->data;
    eh->e_shoff = file->len;
    eh->e_shnum = (uint16_t)t->nshdrs;
    eh->e_shstrndx = (uint16_t)shstrndx;
    buf_append(file, t->shdrs.data, t->shdrs.len);
}

static int ld_program_headers(Ld *ld, Elf64_Phdr *ph) {
    int n = 0;
    ph[n++] = (Elf64_Phdr){PT_LOAD, PF_R | PF_X, 0, LD_BASE, LD_BASE, ld->textseg_end - LD_BASE,
                           ld->textseg_end - LD_BASE, LD_PAGE};
    if (ld->rseg_end > ld->rseg_start)
        ph[n++] = (Elf64_Phdr){PT_LOAD, PF_R, ld->rseg_start - LD_BASE, ld->rseg_start, ld->rseg_start,
                               ld->rseg_end - ld->rseg_start, ld->rseg_end - ld->rseg_start, LD_PAGE};
    if (ld->rwseg_end > ld->rwseg_start)
        ph[n++] = (Elf64_Phdr){PT_LOAD, PF_R | PF_W, ld->rwseg_start - LD_BASE, ld->rwseg_start,
                               ld->rwseg_start, ld->rwseg_fileend - ld->rwseg_start,
                               ld->rwseg_end - ld->rwseg_start, LD_PAGE};
    ph[n++] = (Elf64_Phdr){PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 0, 8};
    return n;
}

static void ld_elf_header(Ld *ld, Buf *file) {
    Elf64_Phdr ph[4];
    int nph = ld_program_headers(ld, ph);
    Elf64_Ehdr eh = {0};
    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
    eh.e_type = ET_EXEC;
    eh.e_machine = EM_X86_64;
    eh.e_version = EV_CURRENT;
    eh.e_entry = ld->entryaddr;
    eh.e_phoff = sizeof eh;
    eh.e_ehsize = sizeof eh;
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = (uint16_t)nph;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    memcpy(file->data, &eh, sizeof eh);
    memcpy(file->data + sizeof eh, ph, sizeof(Elf64_Phdr) * (size_t)nph);
}

/* write_file creates plain files; an executable needs the x bits (within the umask). */
static int ld_chmod_exec(const char *path) {
    mode_t mask = umask(0);
    umask(mask);
    if (chmod(path, 0777 & ~mask) != 0) {
        diag_errorf("gocc tool link: cannot make %s executable", path);
        return -1;
    }
    return 0;
}

int ld_write(Ld *ld) {
    Tables t = {0};
    buf_putc(&t.strtab, 0);
    ld_number_sections(ld);
    ld_symbols(ld, &t);
    ld_elf_header(ld, &ld->image);
    ld_headers_at_end(ld, &t, &ld->image);
    if (ld->verbose)
        fprintf(stderr, "write: %s, %zu bytes, %d symbols, %d sections\n", ld->outfile, ld->image.len,
                t.nsyms, t.nshdrs);
    int rc = diag_errors() ? -1 : write_file(ld->outfile, ld->image.data, ld->image.len);
    if (rc == 0)
        rc = ld_chmod_exec(ld->outfile);
    buf_free(&t.symtab);
    buf_free(&t.strtab);
    buf_free(&t.shstrtab);
    buf_free(&t.shdrs);
    return rc;
}
