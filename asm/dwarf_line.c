/* dwarf_line.c - the object's .debug_line: a DWARF 4 line-number program
 * with the file names of the pc -> line rows (as given by `#line` or the
 * source path) and one sequence per function, starting at the function's
 * address (R_X86_64_64 relocation) so the linker can drop or move each. */
#include <string.h>

#include "asm.h"

enum {
    DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4,
    DW_LNE_end_sequence = 1, DW_LNE_set_address = 2,
    LINE_BASE = -5, LINE_RANGE = 14, OPCODE_BASE = 13,
};

static void header(Buf *b, Vec *files) {
    static const unsigned char oplens[OPCODE_BASE - 1] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    buf_putc(b, 1);              /* minimum_instruction_length */
    buf_putc(b, 1);              /* maximum_operations_per_instruction */
    buf_putc(b, 1);              /* default_is_stmt */
    buf_putc(b, (unsigned char)LINE_BASE);
    buf_putc(b, LINE_RANGE);
    buf_putc(b, OPCODE_BASE);
    buf_append(b, oplens, sizeof oplens);
    buf_putc(b, 0);              /* no include_directories */
    for (int i = 0; i < files->len; i++) {
        const char *f = VEC_AT(*files, const char *, i);
        buf_append(b, f, strlen(f) + 1);
        buf_putc(b, 0);          /* directory: the compilation directory */
        buf_putc(b, 0);          /* mtime */
        buf_putc(b, 0);          /* length */
    }
    buf_putc(b, 0);
}

static void sequence(ObjSection *sec, Text *t, StrMap *index) {
    Buf *b = &sec->data;
    buf_putc(b, 0);
    buf_putc(b, 9);
    buf_putc(b, DW_LNE_set_address);
    elfobj_add_reloc(sec, b->len, R_X86_64_64, t->sym->osym, 0);
    buf_put_u64le(b, 0);
    int file = 0, line = 1;
    uint32_t pc = 0;
    for (int i = 0; i < t->nlines; i++) {
        const LineEntry *l = &t->lines[i];
        int f = asm_file_index(index, l);
        if (f != file) {
            buf_putc(b, DW_LNS_set_file);
            asm_put_uleb(b, (uint64_t)f + 1);
            file = f;
        }
        if (l->pc != pc) {
            buf_putc(b, DW_LNS_advance_pc);
            asm_put_uleb(b, l->pc - pc);
            pc = l->pc;
        }
        if (l->line != line) {
            buf_putc(b, DW_LNS_advance_line);
            asm_put_sleb(b, (int64_t)l->line - line);
            line = l->line;
        }
        buf_putc(b, DW_LNS_copy);
    }
    if (t->size > pc) {
        buf_putc(b, DW_LNS_advance_pc);
        asm_put_uleb(b, t->size - pc);
    }
    buf_putc(b, 0);
    buf_putc(b, 1);
    buf_putc(b, DW_LNE_end_sequence);
}

void asm_dwarf_line(Asm *as, ObjSection *sec, Vec *files, StrMap *index) {
    Buf *b = &sec->data;
    buf_put_u32le(b, 0);         /* unit_length */
    buf_put_u16le(b, 4);
    buf_put_u32le(b, 0);         /* header_length */
    size_t hstart = b->len;
    header(b, files);
    uint32_t hlen = (uint32_t)(b->len - hstart);
    memcpy(b->data + 6, &hlen, 4);
    for (Text *t = as->texts; t; t = t->next)
        if (t->sym->osym && t->sym->osym->type == STT_FUNC && t->nlines)
            sequence(sec, t, index);
    uint32_t len = (uint32_t)(b->len - 4);
    memcpy(b->data, &len, 4);
}
