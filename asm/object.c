/* object.c - builds the ELF object model from the assembled program:
 * sections (.text, .rodata, .data, .bss, .noptrdata, .noptrbss, .tbss,
 * .note.GNU-stack), function and data symbols with their binding/type,
 * DATA contents and address relocations, the source-position sections
 * (pcln.c, dwarf*.c), then serialises it. */
#include <stdlib.h>
#include <string.h>

#include "asm.h"

ObjSymbol *asm_osym(Asm *as, AsmSym *s) {
    if (!s->osym) {
        s->osym = elfobj_add_symbol(as->obj, s->name, s->local ? STB_LOCAL : STB_GLOBAL,
                                    s->tls ? STT_TLS : STT_NOTYPE, NULL, 0, 0);
        s->refd = 1;
    }
    return s->osym;
}

static void define(Asm *as, AsmSym *s, ObjSection *sec, uint64_t value, uint64_t size, unsigned type) {
    ObjSymbol *o = asm_osym(as, s);
    o->section = sec;
    o->value = value;
    o->size = size;
    o->type = (unsigned char)type;
    o->bind = s->local ? STB_LOCAL : (s->flags & FL_DUPOK) ? STB_WEAK : STB_GLOBAL;
}

static uint64_t data_align(int64_t size) { return size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1; }

static ObjSection *data_section(Asm *as, AsmSym *s, int hasdata) {
    ObjFile *f = as->obj;
    if (s->flags & FL_TLSBSS) {
        if (hasdata)
            diag_error(s->defpos, "TLSBSS symbol %s cannot have DATA", s->name);
        return elfobj_section(f, ".tbss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS, 8);
    }
    if (s->flags & FL_RODATA)
        return elfobj_section(f, ".rodata", SHT_PROGBITS, SHF_ALLOC, 8);
    if (s->flags & FL_NOPTR)
        return hasdata ? elfobj_section(f, ".noptrdata", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8)
                       : elfobj_section(f, ".noptrbss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 8);
    return hasdata ? elfobj_section(f, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8)
                   : elfobj_section(f, ".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 8);
}

static void put_le(unsigned char *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void data_item(Asm *as, AsmSym *s, ObjSection *sec, uint64_t base, DataItem *d) {
    int w = d->width;
    if (w != 1 && w != 2 && w != 4 && w != 8 && d->val.kind != A_SCONST) {
        diag_error(d->pos, "DATA %s: bad width %d", s->name, w);
        return;
    }
    if (d->off < 0 || d->off + w > s->size) {
        diag_error(d->pos, "DATA %s: offset %lld+%d outside the %lld-byte symbol", s->name, (long long)d->off, w,
                   (long long)s->size);
        return;
    }
    unsigned char *p = sec->data.data + base + d->off;
    Addr *v = &d->val;
    switch (v->kind) {
    case A_IMM:
        put_le(p, (uint64_t)v->off, w);
        break;
    case A_FCONST:
        if (w == 8) {
            uint64_t b;
            memcpy(&b, &v->fval, 8);
            put_le(p, b, 8);
        } else if (w == 4) {
            float f = (float)v->fval;
            uint32_t b;
            memcpy(&b, &f, 4);
            put_le(p, b, 4);
        } else
            diag_error(d->pos, "DATA %s: float constant needs width 4 or 8", s->name);
        break;
    case A_SCONST:
        if (v->slen > (size_t)w)
            diag_error(d->pos, "DATA %s: string of %zu bytes longer than width %d", s->name, v->slen, w);
        else
            memcpy(p, v->str, v->slen);
        break;
    case A_ADDR:
        if (!v->sym || v->base != REG_NONE || v->index != REG_NONE || w != 8) {
            diag_error(d->pos, "DATA %s: address value must be $sym+off(SB) with width 8", s->name);
            break;
        }
        elfobj_add_reloc(sec, base + (uint64_t)d->off, R_X86_64_64, asm_osym(as, v->sym), v->off);
        break;
    default:
        diag_error(d->pos, "DATA %s: bad value", s->name);
    }
}

static int by_offset(const void *a, const void *b) {
    const DataItem *x = *(DataItem *const *)a, *y = *(DataItem *const *)b;
    return x->off < y->off ? -1 : x->off > y->off ? 1 : (x->pos.line > y->pos.line) - (x->pos.line < y->pos.line);
}

/* DATA entries of one symbol must not overlap (Go: "overlapping DATA entry"). */
static void check_overlap(AsmSym *s) {
    int n = 0;
    for (DataItem *d = s->data; d; d = d->next)
        n++;
    if (n < 2)
        return;
    DataItem **v = xmalloc(sizeof(DataItem *) * (size_t)n);
    n = 0;
    for (DataItem *d = s->data; d; d = d->next)
        v[n++] = d;
    qsort(v, (size_t)n, sizeof *v, by_offset);
    for (int i = 1; i < n; i++)
        if (v[i]->off < v[i - 1]->off + v[i - 1]->width)
            diag_error(v[i]->pos, "overlapping DATA entry for %s", s->name);
    free(v);
}

static void emit_data(Asm *as, AsmSym *s) {
    if (!s->global_seen) {
        diag_error(s->data->pos, "DATA for %s without GLOBL", s->name);
        return;
    }
    ObjSection *sec = data_section(as, s, s->data != NULL);
    uint64_t al = data_align(s->size);
    if (al > sec->align)
        sec->align = al;
    uint64_t base;
    if (sec->type == SHT_NOBITS) {
        sec->size = (sec->size + al - 1) / al * al;
        base = sec->size;
        sec->size += (uint64_t)s->size;
    } else {
        buf_align(&sec->data, al);
        base = sec->data.len;
        buf_zero(&sec->data, (size_t)s->size);
        sec->size = sec->data.len;
        check_overlap(s);
        for (DataItem *d = s->data; d; d = d->next)
            data_item(as, s, sec, base, d);
    }
    define(as, s, sec, base, (uint64_t)s->size, (s->flags & FL_TLSBSS) ? STT_TLS : STT_OBJECT);
}

/* Puts the sections in the order elfobj.h documents, whatever order they were created in. */
static void order_sections(ObjFile *f) {
    static const char *const order[] = {".text", ".rodata", ".data", ".bss", ".noptrdata", ".noptrbss", ".tbss",
                                        ".note.GNU-stack"};
    int k = 0;
    for (size_t o = 0; o < sizeof order / sizeof order[0]; o++)
        for (int i = k; i < f->nsections; i++)
            if (!strcmp(f->sections[i]->name, order[o])) {
                ObjSection *s = f->sections[i];
                memmove(&f->sections[k + 1], &f->sections[k], sizeof(ObjSection *) * (size_t)(i - k));
                f->sections[k++] = s;
                break;
            }
}

int asm_write_object(Asm *as, Buf *out) {
    as->obj = elfobj_new(as->arena, "");
    ObjSection *text = elfobj_section(as->obj, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 32);
    for (Text *t = as->texts; t; t = t->next)
        if (asm_assemble_text(as, t, text) == 0)
            define(as, t->sym, text, t->offset, t->size, STT_FUNC);
    text->size = text->data.len;
    /* Data symbols in a fixed order: read-only first, as the section list in elfobj.h. */
    static const int order[] = {FL_RODATA, 0};
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < as->symlist.len; i++) {
            AsmSym *s = VEC_AT(as->symlist, AsmSym *, i);
            if (pass == 0 && s->data && !s->global_seen)
                diag_error(s->data->pos, "DATA for %s without GLOBL", s->name);
            if (s->kind != SK_DATA)
                continue;
            if (((s->flags & FL_RODATA) != 0) != (order[pass] != 0))
                continue;
            emit_data(as, s);
        }
    for (int i = 0; i < as->symlist.len; i++) {
        AsmSym *s = VEC_AT(as->symlist, AsmSym *, i);
        if (s->refd && s->local && s->kind == SK_UNDEF)
            diag_error(s->refpos, "undefined static symbol %s<>", s->name);
    }
    elfobj_section(as->obj, ".note.GNU-stack", SHT_PROGBITS, 0, 1);
    if (diag_errors())
        return -1;
    asm_write_pcln(as);
    asm_write_dwarf(as);
    order_sections(as->obj);
    return elfobj_write(as->obj, out);
}
