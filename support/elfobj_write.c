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

int elfobj_write(ObjFile *f, Buf *out) {
    /* Section indices: NULL, then each section followed by its .rela. */
    int next = 1;
    for (int i = 0; i < f->nsections; i++) {
        f->sections[i]->index = next++;
        if (f->sections[i]->nrelocs)
            next++;
    }
    int symtab_idx = next, strtab_idx = next + 1, shstrtab_idx = next + 2, nshdr = next + 3;
    SecHdr *hdrs = xcalloc((size_t)nshdr, sizeof(SecHdr));
    Buf shstr = {0}, symtab = {0}, strtab = {0};
    Buf *relas = xcalloc((size_t)f->nsections + 1, sizeof(Buf));
    buf_putc(&shstr, 0);
    buf_putc(&strtab, 0);
    uint32_t firstglobal = build_symtab(f, &symtab, &strtab);
    for (int i = 0; i < f->nsections; i++) {
        ObjSection *s = f->sections[i];
        SecHdr *h = &hdrs[s->index];
        h->name = strtab_add(&shstr, s->name);
        h->type = s->type;
        h->flags = s->flags;
        h->size = s->type == SHT_NOBITS ? s->size : s->data.len;
        h->align = s->align;
        h->entsize = s->entsize;
        h->data = s->type == SHT_NOBITS ? NULL : &s->data;
        if (!s->nrelocs)
            continue;
        build_rela(s, &relas[i]);
        SecHdr *r = &hdrs[s->index + 1];
        char *rname = arena_printf(f->arena, ".rela%s", s->name);
        r->name = strtab_add(&shstr, rname);
        r->type = SHT_RELA;
        r->flags = SHF_INFO_LINK;
        r->size = relas[i].len;
        r->link = (uint32_t)symtab_idx;
        r->info = (uint32_t)s->index;
        r->align = 8;
        r->entsize = 24;
        r->data = &relas[i];
    }
    hdrs[symtab_idx] = (SecHdr){strtab_add(&shstr, ".symtab"), SHT_SYMTAB, 0, 0, symtab.len,
                                (uint32_t)strtab_idx, firstglobal, 8, 24, &symtab};
    hdrs[strtab_idx] = (SecHdr){strtab_add(&shstr, ".strtab"), SHT_STRTAB, 0, 0, strtab.len, 0, 0, 1, 0, &strtab};
    hdrs[shstrtab_idx].name = strtab_add(&shstr, ".shstrtab");
    hdrs[shstrtab_idx] = (SecHdr){hdrs[shstrtab_idx].name, SHT_STRTAB, 0, 0, shstr.len, 0, 0, 1, 0, &shstr};

    Buf body = {0};
    buf_zero(&body, 64);
    for (int i = 1; i < nshdr; i++) {
        SecHdr *h = &hdrs[i];
        uint64_t al = h->align > 1 ? h->align : 1;
        buf_align(&body, al > 16 ? 16 : al);
        while (body.len % al)
            buf_putc(&body, 0);
        h->offset = body.len;
        if (h->data)
            buf_append(&body, h->data->data, h->data->len);
    }
    buf_align(&body, 8);
    uint64_t shoff = body.len;
    for (int i = 0; i < nshdr; i++)
        put_shdr(&body, &hdrs[i]);
    Buf ehdr = {0};
    put_ehdr(&ehdr, shoff, (uint16_t)nshdr, (uint16_t)shstrtab_idx);
    memcpy(body.data, ehdr.data, 64);
    buf_append(out, body.data, body.len);
    buf_free(&ehdr);
    buf_free(&body);
    for (int i = 0; i < f->nsections; i++)
        buf_free(&relas[i]);
    free(relas);
    buf_free(&shstr);
    buf_free(&symtab);
    buf_free(&strtab);
    free(hdrs);
    return 0;
}
