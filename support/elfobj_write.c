/* elfobj_write.c - serialises the ELF object model (elfobj.h) as an ELF64
 * x86-64 ET_REL file: the sections in model order, each followed by its
 * .rela section, then .symtab (locals first), .strtab and .shstrtab. */
#include "elfobj.h"

#include <stdlib.h>
#include <string.h>

/* Appends name to a string table and returns its offset. */
static uint32_t strtab_add(Buf *tab, const char *name) {
    if (!name || !*name)
        return 0;
    uint32_t off = (uint32_t)tab->len;
    buf_append(tab, name, strlen(name) + 1);
    return off;
}

typedef struct SecHdr {
    uint32_t name, type;
    uint64_t flags, offset, size;
    uint32_t link, info;
    uint64_t align, entsize;
    const Buf *data;        /* contents written at offset (NULL for NOBITS/empty) */
} SecHdr;

static void put_shdr(Buf *out, const SecHdr *h) {
    buf_put_u32le(out, h->name);
    buf_put_u32le(out, h->type);
    buf_put_u64le(out, h->flags);
    buf_put_u64le(out, 0);              /* sh_addr */
    buf_put_u64le(out, h->offset);
    buf_put_u64le(out, h->size);
    buf_put_u32le(out, h->link);
    buf_put_u32le(out, h->info);
    buf_put_u64le(out, h->align);
    buf_put_u64le(out, h->entsize);
}

static void put_sym(Buf *out, uint32_t name, unsigned char info, uint16_t shndx, uint64_t value, uint64_t size) {
    buf_put_u32le(out, name);
    buf_putc(out, info);
    buf_putc(out, 0);                   /* st_other: default visibility */
    buf_put_u16le(out, shndx);
    buf_put_u64le(out, value);
    buf_put_u64le(out, size);
}

static uint16_t sym_shndx(const ObjSymbol *s) {
    return s->section ? (uint16_t)s->section->index : s->shndx;
}

/* Assigns symbol table indices (locals first) and writes .symtab/.strtab.
 * Returns the index of the first non-local symbol. */
static uint32_t build_symtab(ObjFile *f, Buf *symtab, Buf *strtab) {
    put_sym(symtab, 0, 0, 0, 0, 0);
    int next = 1;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < f->nsymbols; i++) {
            ObjSymbol *s = f->symbols[i];
            if ((s->bind == STB_LOCAL) != (pass == 0))
                continue;
            s->index = next++;
            uint32_t name = s->type == STT_SECTION ? 0 : strtab_add(strtab, s->name);
            put_sym(symtab, name, (unsigned char)(s->bind << 4 | s->type), sym_shndx(s), s->value, s->size);
        }
    }
    uint32_t firstglobal = 1;
    for (int i = 0; i < f->nsymbols; i++)
        if (f->symbols[i]->bind == STB_LOCAL)
            firstglobal++;
    return firstglobal;
}

static void build_rela(const ObjSection *s, Buf *out) {
    for (int i = 0; i < s->nrelocs; i++) {
        const ObjReloc *r = &s->relocs[i];
        buf_put_u64le(out, r->offset);
        buf_put_u64le(out, (uint64_t)(uint32_t)r->sym->index << 32 | r->type);
        buf_put_u64le(out, (uint64_t)r->addend);
    }
}

static void put_ehdr(Buf *out, uint64_t shoff, uint16_t shnum, uint16_t shstrndx) {
    static const unsigned char ident[16] = {0x7f, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT, 0};
    buf_append(out, ident, 16);
    buf_put_u16le(out, ET_REL);
    buf_put_u16le(out, EM_X86_64);
    buf_put_u32le(out, EV_CURRENT);
    buf_put_u64le(out, 0);              /* e_entry */
    buf_put_u64le(out, 0);              /* e_phoff */
    buf_put_u64le(out, shoff);
    buf_put_u32le(out, 0);              /* e_flags */
    buf_put_u16le(out, 64);             /* e_ehsize */
    buf_put_u16le(out, 0);              /* e_phentsize */
    buf_put_u16le(out, 0);              /* e_phnum */
    buf_put_u16le(out, 64);             /* e_shentsize */
    buf_put_u16le(out, shnum);
    buf_put_u16le(out, shstrndx);
}

/* Everything being assembled into the file. */
typedef struct Writer {
    ObjFile *f;
    SecHdr *hdrs;
    int nshdr, symtab_idx, strtab_idx, shstrtab_idx;
    Buf shstr, symtab, strtab;
    Buf *relas;             /* one per model section */
} Writer;

/* Headers of the model's sections and their .rela companions. */
static void section_headers(Writer *w) {
    ObjFile *f = w->f;
    for (int i = 0; i < f->nsections; i++) {
        ObjSection *s = f->sections[i];
        SecHdr *h = &w->hdrs[s->index];
        h->name = strtab_add(&w->shstr, s->name);
        h->type = s->type;
        h->flags = s->flags;
        h->size = s->type == SHT_NOBITS ? s->size : s->data.len;
        h->align = s->align;
        h->entsize = s->entsize;
        h->data = s->type == SHT_NOBITS ? NULL : &s->data;
        if (!s->nrelocs)
            continue;
        build_rela(s, &w->relas[i]);
        SecHdr *r = &w->hdrs[s->index + 1];
        r->name = strtab_add(&w->shstr, arena_printf(f->arena, ".rela%s", s->name));
        r->type = SHT_RELA;
        r->flags = SHF_INFO_LINK;
        r->size = w->relas[i].len;
        r->link = (uint32_t)w->symtab_idx;
        r->info = (uint32_t)s->index;
        r->align = 8;
        r->entsize = 24;
        r->data = &w->relas[i];
    }
}

/* Places every section after the ELF header, then the section header table. */
static void lay_out(Writer *w, Buf *out) {
    Buf body = {0};
    buf_zero(&body, 64);
    for (int i = 1; i < w->nshdr; i++) {
        SecHdr *h = &w->hdrs[i];
        uint64_t al = h->align > 1 ? h->align : 1;
        while (body.len % al)
            buf_putc(&body, 0);
        h->offset = body.len;
        if (h->data)
            buf_append(&body, h->data->data, h->data->len);
    }
    buf_align(&body, 8);
    uint64_t shoff = body.len;
    for (int i = 0; i < w->nshdr; i++)
        put_shdr(&body, &w->hdrs[i]);
    Buf ehdr = {0};
    put_ehdr(&ehdr, shoff, (uint16_t)w->nshdr, (uint16_t)w->shstrtab_idx);
    memcpy(body.data, ehdr.data, 64);
    buf_append(out, body.data, body.len);
    buf_free(&ehdr);
    buf_free(&body);
}

int elfobj_write(ObjFile *f, Buf *out) {
    Writer w = {.f = f};
    /* Section indices: NULL, then each section followed by its .rela. */
    int next = 1;
    for (int i = 0; i < f->nsections; i++) {
        f->sections[i]->index = next++;
        if (f->sections[i]->nrelocs)
            next++;
    }
    w.symtab_idx = next;
    w.strtab_idx = next + 1;
    w.shstrtab_idx = next + 2;
    w.nshdr = next + 3;
    w.hdrs = xcalloc((size_t)w.nshdr, sizeof(SecHdr));
    w.relas = xcalloc((size_t)f->nsections + 1, sizeof(Buf));
    buf_putc(&w.shstr, 0);
    buf_putc(&w.strtab, 0);
    uint32_t firstglobal = build_symtab(f, &w.symtab, &w.strtab);
    section_headers(&w);
    w.hdrs[w.symtab_idx] = (SecHdr){strtab_add(&w.shstr, ".symtab"), SHT_SYMTAB, 0, 0, w.symtab.len,
                                    (uint32_t)w.strtab_idx, firstglobal, 8, 24, &w.symtab};
    w.hdrs[w.strtab_idx] = (SecHdr){strtab_add(&w.shstr, ".strtab"), SHT_STRTAB, 0, 0, w.strtab.len, 0, 0, 1, 0,
                                    &w.strtab};
    uint32_t shname = strtab_add(&w.shstr, ".shstrtab");
    w.hdrs[w.shstrtab_idx] = (SecHdr){shname, SHT_STRTAB, 0, 0, w.shstr.len, 0, 0, 1, 0, &w.shstr};
    lay_out(&w, out);
    for (int i = 0; i < f->nsections; i++)
        buf_free(&w.relas[i]);
    free(w.relas);
    buf_free(&w.shstr);
    buf_free(&w.symtab);
    buf_free(&w.strtab);
    free(w.hdrs);
    return 0;
}
