/* pcln.c - the object's source-position data for the linker (docs/pcln.md):
 * the `.gocc.pcln` section (per TEXT symbol its pc -> (file, line) rows, and
 * the object's file-name table), the empty `.gocc.subsections_via_symbols`
 * marker that lets the linker drop unreachable functions one by one, and
 * the file table and LEB128 helpers the DWARF writers share. */
#include <string.h>

#include "asm.h"

enum { PCLN_HDR = 16, PCLN_FUNC = 24 };

void asm_put_uleb(Buf *b, uint64_t v) {
    do {
        unsigned char c = v & 0x7f;
        v >>= 7;
        buf_putc(b, c | (v ? 0x80 : 0));
    } while (v);
}

void asm_put_sleb(Buf *b, int64_t v) {
    for (;;) {
        unsigned char c = v & 0x7f;
        v >>= 7; /* arithmetic shift: gcc and clang keep the sign */
        int done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
        buf_putc(b, c | (done ? 0 : 0x80));
        if (done)
            return;
    }
}

static const char *file_of(const LineEntry *l) { return l->file ? l->file : "?"; }

/* Numbers the source files of all functions' rows 0, 1, ... in first-use order. */
void asm_file_table(Asm *as, Vec *files, StrMap *index) {
    for (Text *t = as->texts; t; t = t->next)
        for (int i = 0; i < t->nlines; i++) {
            const char *f = file_of(&t->lines[i]);
            if (!strmap_get(index, f)) {
                vec_push(files, (void *)f);
                strmap_put(index, f, (void *)(intptr_t)files->len);
            }
        }
}

int asm_file_index(StrMap *index, const LineEntry *l) {
    return (int)(intptr_t)strmap_get(index, file_of(l)) - 1;
}

/* The row table of one function: uleb nrows, then per row uleb pc delta,
 * uleb file index, sleb line delta (docs/pcln.md). */
static void pcln_rows(Text *t, StrMap *index, Buf *b) {
    asm_put_uleb(b, (uint64_t)t->nlines);
    uint32_t pc = 0;
    int line = 0;
    for (int i = 0; i < t->nlines; i++) {
        const LineEntry *l = &t->lines[i];
        asm_put_uleb(b, l->pc - pc);
        asm_put_uleb(b, (uint64_t)asm_file_index(index, l));
        asm_put_sleb(b, (int64_t)l->line - line);
        pc = l->pc;
        line = l->line;
    }
}

static void put32at(Buf *b, size_t off, uint32_t v) {
    for (int i = 0; i < 4; i++)
        b->data[off + i] = (unsigned char)(v >> (8 * i));
}

void asm_write_pcln(Asm *as) {
    ObjFile *f = as->obj;
    elfobj_section(f, ".gocc.subsections_via_symbols", SHT_PROGBITS, 0, 1);
    int nfuncs = 0;
    for (Text *t = as->texts; t; t = t->next)
        nfuncs += t->sym->osym && t->sym->osym->type == STT_FUNC;
    if (!nfuncs)
        return;
    ObjSection *s = elfobj_section(f, ".gocc.pcln", SHT_PROGBITS, 0, 8);
    Vec files = {0};
    StrMap index = {0};
    asm_file_table(as, &files, &index);
    Buf *b = &s->data;
    buf_append(b, "GPLN", 4);
    buf_put_u32le(b, 1);
    buf_put_u32le(b, (uint32_t)nfuncs);
    buf_put_u32le(b, (uint32_t)files.len);
    size_t rec = b->len;
    buf_zero(b, (size_t)nfuncs * PCLN_FUNC);
    for (int i = 0; i < files.len; i++)
        buf_append(b, VEC_AT(files, const char *, i), strlen(VEC_AT(files, const char *, i)) + 1);
    for (Text *t = as->texts; t; t = t->next) {
        if (!t->sym->osym || t->sym->osym->type != STT_FUNC)
            continue;
        size_t start = b->len;
        pcln_rows(t, &index, b);
        elfobj_add_reloc(s, rec, R_X86_64_64, t->sym->osym, 0);
        put32at(b, rec + 8, (uint32_t)t->size);
        put32at(b, rec + 12, (uint32_t)start);
        put32at(b, rec + 16, (uint32_t)(b->len - start));
        rec += PCLN_FUNC;
    }
    s->size = b->len;
    vec_free(&files);
    strmap_free(&index);
}
