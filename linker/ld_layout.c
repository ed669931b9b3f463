/* ld_layout.c - link step 4: addresses for everything, and the file image.
 *
 * Layout as Go's linker does it (reference/elf-and-link.md §1, §7): the file
 * is mapped at 0x400000 with the headers in the first page; then three
 * segments, each starting on a fresh page, with file offset = address - 0x400000:
 *   R+X  headers, .text (from 0x401000)
 *   R    .rodata, .got, .gocc.functab (ld_functab.c)
 *   RW   .noptrdata, .data, then .bss, .noptrbss (no file bytes)
 * Live atoms go to their output section in input order, each at its alignment.
 * The image holds the file's bytes up to the end of the RW segment's contents;
 * gaps in .text are filled with INT3. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "ld.h"

static const struct {
    const char *name;
    uint32_t type;
    uint64_t flags;
} ld_outdefs[OUT_NKINDS] = {
    [OUT_TEXT] = {".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR},
    [OUT_RODATA] = {".rodata", SHT_PROGBITS, SHF_ALLOC},
    [OUT_GOT] = {".got", SHT_PROGBITS, SHF_ALLOC},
    [OUT_FUNCTAB] = {".gocc.functab", SHT_PROGBITS, SHF_ALLOC},
    [OUT_NOPTRDATA] = {".noptrdata", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    [OUT_DATA] = {".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    [OUT_BSS] = {".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE},
    [OUT_NOPTRBSS] = {".noptrbss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE},
};

static uint64_t align_up(uint64_t v, uint64_t a) { return a > 1 ? (v + a - 1) / a * a : v; }

/* Appends every live atom to its output section; atom->addr = offset in it for now. */
static void ld_collect(Ld *ld) {
    for (int k = 0; k < OUT_NKINDS; k++) {
        LdOut *o = &ld->out[k];
        o->name = ld_outdefs[k].name;
        o->type = ld_outdefs[k].type;
        o->flags = ld_outdefs[k].flags;
        o->align = 1;
    }
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int s = 0; s < f->nsections; s++) {
            LdSec *ls = f->sections[s]->user;
            for (int a = 0; ls->kind >= 0 && a < ls->natoms; a++) {
                LdAtom *at = &ls->atoms[a];
                if (!at->live)
                    continue;
                LdOut *o = &ld->out[ls->kind];
                o->size = align_up(o->size, at->align);
                at->addr = o->size;
                o->size += at->end - at->start;
                if (at->align > o->align)
                    o->align = at->align;
                vec_push(&o->atoms, at);
            }
        }
    }
    ld->out[OUT_GOT].size = (uint64_t)ld->got.len * 8;
    ld->out[OUT_GOT].align = LD_GOT_ALIGN;
    if (ld_functab_wanted(ld)) {
        ld->out[OUT_FUNCTAB].size = ld_functab_size(ld);
        ld->out[OUT_FUNCTAB].align = 8;
    }
}

/* Places output sections first..last one after another from addr; returns the end. */
static uint64_t ld_place(Ld *ld, int first, int last, uint64_t addr) {
    for (int k = first; k <= last; k++) {
        LdOut *o = &ld->out[k];
        if (o->size)
            addr = align_up(addr, o->align);
        o->addr = addr;
        addr += o->size;
        for (int i = 0; i < o->atoms.len; i++)
            VEC_AT(o->atoms, LdAtom *, i)->addr += o->addr;
    }
    return addr;
}

static void ld_linker_addrs(Ld *ld) {
    for (int i = 0; i < ld->syms.cap; i++) {
        LdSym *ls = ld->syms.slots[i].key ? ld->syms.slots[i].value : NULL;
        if (ls && ls->linkerdef) {
            LdOut *o = &ld->out[ls->linkerkind];
            ls->addr = o->addr + (ls->linkerend ? o->size : 0);
        }
    }
}

static void ld_fill_image(Ld *ld) {
    uint64_t end = ld->rwseg_end > ld->rwseg_start ? ld->rwseg_fileend
                   : ld->rseg_end > ld->rseg_start ? ld->rseg_end : ld->textseg_end;
    buf_zero(&ld->image, end - LD_BASE);
    memset(ld->image.data + (ld->out[OUT_TEXT].addr - LD_BASE), 0xcc, ld->out[OUT_TEXT].size);
    for (int k = 0; k < OUT_NKINDS; k++) {
        LdOut *o = &ld->out[k];
        for (int i = 0; i < o->atoms.len; i++) {
            LdAtom *a = VEC_AT(o->atoms, LdAtom *, i);
            if (a->sec->type != SHT_NOBITS)
                memcpy(ld->image.data + (a->addr - LD_BASE), a->sec->data.data + a->start, a->end - a->start);
        }
    }
}

int ld_layout(Ld *ld) {
    ld_collect(ld);
    ld->textseg_end = ld_place(ld, OUT_TEXT, OUT_TEXT, LD_BASE + LD_PAGE);
    ld->rseg_start = align_up(ld->textseg_end, LD_PAGE);
    ld->rseg_end = ld_place(ld, OUT_RODATA, OUT_FUNCTAB, ld->rseg_start);
    ld->rwseg_start = align_up(ld->rseg_end, LD_PAGE);
    ld->rwseg_fileend = ld_place(ld, OUT_NOPTRDATA, OUT_DATA, ld->rwseg_start);
    ld->rwseg_end = ld_place(ld, OUT_BSS, OUT_NOPTRBSS, ld->rwseg_fileend);
    if (ld->rwseg_end - LD_BASE > 0x7fff0000u) {
        diag_errorf("gocc tool link: program too large (%#lx bytes)", (unsigned long)(ld->rwseg_end - LD_BASE));
        return -1;
    }
    ld_linker_addrs(ld);
    if (ld_symaddr(ld, ld_lookup(ld, ld->entry)->def, &ld->entryaddr) < 0)
        return -1;
    ld_fill_image(ld);
    ld_dwarf_layout(ld);
    if (ld->verbose)
        for (int k = 0; k < OUT_NKINDS; k++)
            if (ld->out[k].size)
                fprintf(stderr, "layout: %-10s %#010lx size %#lx (%d atoms)\n", ld->out[k].name,
                        (unsigned long)ld->out[k].addr, (unsigned long)ld->out[k].size, ld->out[k].atoms.len);
    if (ld->verbose)
        fprintf(stderr, "layout: entry %s at %#lx\n", ld->entry, (unsigned long)ld->entryaddr);
    return 0;
}
