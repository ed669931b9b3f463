/* dwarf_line.c - the object's .debug_line: a DWARF 4 line-number program
 * with the file names of the pc -> line rows (as given by `#line` or the
 * source path) and one sequence per function, starting at the function's
 * address (R_X86_64_64 relocation) so the linker can drop or move each. */
#include <string.h>

#include "asm.h"

enum {
    DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4,
    DW_LNS_set_prologue_end = 10,
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

/* The pc of the first instruction after the inserted prologue, or -1 if none. */
static int64_t body_pc(const Text *t) {
    if (!t->first || !t->first->synth)
        return -1;
    for (const Prog *p = t->first; p; p = p->next)
        if (!p->synth && p->size > 0)
            return p->pc;
    return -1;
}

typedef struct LineState {
    Buf *b;
    int file, line;
    uint32_t pc;
    int64_t bodypc;       /* where to mark prologue_end (-1 when done or none) */
} LineState;

/* Emits one row at pc for file/line; marks prologue_end when pc is the body's start. */
static void row(LineState *st, uint32_t pc, int file, int line) {
    Buf *b = st->b;
    if (file != st->file) {
        buf_putc(b, DW_LNS_set_file);
        asm_put_uleb(b, (uint64_t)file + 1);
        st->file = file;
    }
    if (pc != st->pc) {
        buf_putc(b, DW_LNS_advance_pc);
        asm_put_uleb(b, pc - st->pc);
        st->pc = pc;
    }
    if (line != st->line) {
        buf_putc(b, DW_LNS_advance_line);
        asm_put_sleb(b, (int64_t)line - st->line);
        st->line = line;
    }
    if ((int64_t)pc == st->bodypc) {
        buf_putc(b, DW_LNS_set_prologue_end);
        st->bodypc = -1;
    }
    buf_putc(b, DW_LNS_copy);
}

static void sequence(ObjSection *sec, Text *t, StrMap *index) {
    Buf *b = &sec->data;
    buf_putc(b, 0);
    buf_putc(b, 9);
    buf_putc(b, DW_LNE_set_address);
    elfobj_add_reloc(sec, b->len, R_X86_64_64, t->sym->osym, 0);
    buf_put_u64le(b, 0);
    LineState st = {b, 0, 1, 0, body_pc(t)};
    for (int i = 0; i < t->nlines; i++) {
        const LineEntry *l = &t->lines[i];
        if (st.bodypc >= 0 && i > 0 && l->pc > st.bodypc)   /* body starts inside a row: split it */
            row(&st, (uint32_t)st.bodypc, st.file, st.line);
        row(&st, l->pc, asm_file_index(index, l), l->line);
    }
    if (t->size > st.pc) {
        buf_putc(b, DW_LNS_advance_pc);
        asm_put_uleb(b, t->size - st.pc);
    }
    buf_putc(b, 0);
    buf_putc(b, 1);
    buf_putc(b, DW_LNE_end_sequence);
}

/* One line-program unit for the functions texts; returns its offset in sec. */
uint32_t asm_dwarf_line(ObjSection *sec, Vec *files, StrMap *index, Vec *texts) {
    Buf *b = &sec->data;
    size_t start = b->len;
    buf_put_u32le(b, 0);         /* unit_length */
    buf_put_u16le(b, 4);
    buf_put_u32le(b, 0);         /* header_length */
    size_t hstart = b->len;
    header(b, files);
    uint32_t hlen = (uint32_t)(b->len - hstart);
    memcpy(b->data + start + 6, &hlen, 4);
    for (int i = 0; i < texts->len; i++) {
        Text *t = VEC_AT(*texts, Text *, i);
        if (t->nlines)
            sequence(sec, t, index);
    }
    uint32_t len = (uint32_t)(b->len - start - 4);
    memcpy(b->data + start, &len, 4);
    return (uint32_t)start;
}
