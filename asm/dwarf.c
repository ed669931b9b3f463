/* dwarf.c - standard DWARF 4 debug info for the object, so gdb and
 * `objdump -dl` see Go names and source lines (docs/pcln.md §DWARF):
 * .debug_abbrev, .debug_info (a compile unit per source file that functions
 * start in, one DW_TAG_subprogram per TEXT symbol with its Go name and pc
 * range), .debug_aranges, and through
 * dwarf_line.c / dwarf_frame.c .debug_line and .debug_frame. Offsets into
 * other debug sections carry R_X86_64_32 relocations against their section
 * symbols and addresses R_X86_64_64 against the functions, so the linker can
 * concatenate and relocate them like gcc's. */
#include <string.h>
#include <unistd.h>

#include "asm.h"

enum {
    DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e,
    DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12,
    DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b, DW_AT_producer = 0x25, DW_AT_external = 0x3f,
    DW_AT_frame_base = 0x40,
    DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data8 = 0x07, DW_FORM_string = 0x08,
    DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18, DW_FORM_flag_present = 0x19,
    DW_LANG_Go = 0x16, DW_OP_call_frame_cfa = 0x9c,
    AB_CU = 1, AB_FUNC = 2, AB_LOCALFUNC = 3,
};

/* The section symbol of s, created on first use (cached in s->user, which the assembler leaves free). */
ObjSymbol *asm_section_sym(Asm *as, ObjSection *s) {
    if (!s->user)
        s->user = elfobj_add_symbol(as->obj, "", STB_LOCAL, STT_SECTION, s, 0, 0);
    return s->user;
}

static ObjSection *debug_section(Asm *as, const char *name) {
    return elfobj_section(as->obj, name, SHT_PROGBITS, 0, 1);
}

/* A 4-byte offset into section target, relocated by the linker. */
static void put_secoff(Asm *as, ObjSection *sec, ObjSection *target, uint32_t off) {
    elfobj_add_reloc(sec, sec->data.len, R_X86_64_32, asm_section_sym(as, target), off);
    buf_put_u32le(&sec->data, 0);
}

static void put_addr(ObjSection *sec, ObjSymbol *fn) {
    elfobj_add_reloc(sec, sec->data.len, R_X86_64_64, fn, 0);
    buf_put_u64le(&sec->data, 0);
}

static void abbrev(Buf *b, int code, int tag, int children, const int *attrs) {
    asm_put_uleb(b, (uint64_t)code);
    asm_put_uleb(b, (uint64_t)tag);
    buf_putc(b, children);
    for (; *attrs; attrs += 2) {
        asm_put_uleb(b, (uint64_t)attrs[0]);
        asm_put_uleb(b, (uint64_t)attrs[1]);
    }
    buf_putc(b, 0);
    buf_putc(b, 0);
}

static void write_abbrev(Buf *b) {
    static const int cu[] = {DW_AT_producer, DW_FORM_string, DW_AT_language, DW_FORM_data2,
                             DW_AT_name, DW_FORM_string, DW_AT_comp_dir, DW_FORM_string,
                             DW_AT_stmt_list, DW_FORM_sec_offset, 0};
    static const int fn[] = {DW_AT_name, DW_FORM_string, DW_AT_external, DW_FORM_flag_present,
                             DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_data8,
                             DW_AT_frame_base, DW_FORM_exprloc, 0};
    static const int localfn[] = {DW_AT_name, DW_FORM_string, DW_AT_low_pc, DW_FORM_addr,
                                  DW_AT_high_pc, DW_FORM_data8, DW_AT_frame_base, DW_FORM_exprloc, 0};
    abbrev(b, AB_CU, DW_TAG_compile_unit, 1, cu);
    abbrev(b, AB_FUNC, DW_TAG_subprogram, 0, fn);
    abbrev(b, AB_LOCALFUNC, DW_TAG_subprogram, 0, localfn);
    buf_putc(b, 0);
}

static int is_func(const Text *t) { return t->sym->osym && t->sym->osym->type == STT_FUNC; }

static void put_str(Buf *b, const char *s) { buf_append(b, s, strlen(s) + 1); }

/* The functions of one compile unit: those whose first row is in file. */
typedef struct CUnit {
    const char *file;
    Vec texts;            /* Text* */
} CUnit;

/* Groups the functions by the file they start in, in first-seen order: gdb
 * honours prologue_end only for functions of the unit's own (named) file. */
static void group_units(Asm *as, Vec *units) {
    StrMap byfile = {0};
    for (Text *t = as->texts; t; t = t->next) {
        if (!is_func(t))
            continue;
        const char *f = t->nlines && t->lines[0].file ? t->lines[0].file : t->pos.file ? t->pos.file : "?";
        CUnit *u = strmap_get(&byfile, f);
        if (!u) {
            u = ARENA_NEW(as->arena, CUnit);
            u->file = f;
            strmap_put(&byfile, f, u);
            vec_push(units, u);
        }
        vec_push(&u->texts, t);
    }
    strmap_free(&byfile);
}

/* One compile unit; returns its offset in .debug_info. */
static uint32_t write_info(Asm *as, ObjSection *info, ObjSection *abbr, ObjSection *line, uint32_t lineoff,
                           CUnit *u) {
    Buf *b = &info->data;
    size_t start = b->len;
    buf_put_u32le(b, 0); /* unit_length, patched below */
    buf_put_u16le(b, 4);
    put_secoff(as, info, abbr, 0);
    buf_putc(b, 8);
    asm_put_uleb(b, AB_CU);
    put_str(b, "gocc asm");
    buf_put_u16le(b, DW_LANG_Go);
    put_str(b, u->file);
    char cwd[4096];
    put_str(b, getcwd(cwd, sizeof cwd) ? cwd : ".");
    put_secoff(as, info, line, lineoff);
    for (int i = 0; i < u->texts.len; i++) {
        Text *t = VEC_AT(u->texts, Text *, i);
        asm_put_uleb(b, t->sym->local ? AB_LOCALFUNC : AB_FUNC);
        put_str(b, t->sym->name);
        put_addr(info, t->sym->osym);
        buf_put_u64le(b, t->size);
        buf_putc(b, 1);
        buf_putc(b, DW_OP_call_frame_cfa);
    }
    buf_putc(b, 0);
    uint32_t len = (uint32_t)(b->len - start - 4);
    memcpy(b->data + start, &len, 4);
    return (uint32_t)start;
}

static void write_aranges(Asm *as, ObjSection *ar, ObjSection *info, uint32_t infooff, CUnit *u) {
    Buf *b = &ar->data;
    size_t start = b->len;
    buf_put_u32le(b, 0);
    buf_put_u16le(b, 2);
    put_secoff(as, ar, info, infooff);
    buf_putc(b, 8);
    buf_putc(b, 0);
    buf_zero(b, 4); /* tuples start at a multiple of 16 */
    for (int i = 0; i < u->texts.len; i++) {
        Text *t = VEC_AT(u->texts, Text *, i);
        put_addr(ar, t->sym->osym);
        buf_put_u64le(b, t->size);
    }
    buf_zero(b, 16);
    uint32_t len = (uint32_t)(b->len - start - 4);
    memcpy(b->data + start, &len, 4);
}

void asm_write_dwarf(Asm *as) {
    Vec units = {0}, files = {0};
    group_units(as, &units);
    if (!units.len)
        return;
    StrMap index = {0};
    asm_file_table(as, &files, &index);
    ObjSection *abbr = debug_section(as, ".debug_abbrev");
    ObjSection *info = debug_section(as, ".debug_info");
    ObjSection *line = debug_section(as, ".debug_line");
    ObjSection *ar = debug_section(as, ".debug_aranges");
    ObjSection *frame = debug_section(as, ".debug_frame");
    write_abbrev(&abbr->data);
    for (int i = 0; i < units.len; i++) {
        CUnit *u = VEC_AT(units, CUnit *, i);
        uint32_t lineoff = asm_dwarf_line(line, &files, &index, &u->texts);
        write_aranges(as, ar, info, write_info(as, info, abbr, line, lineoff, u), u);
        vec_free(&u->texts);
    }
    asm_dwarf_frame(as, frame);
    ObjSection *all[] = {abbr, info, line, ar, frame};
    for (int i = 0; i < 5; i++)
        all[i]->size = all[i]->data.len;
    vec_free(&units);
    vec_free(&files);
    strmap_free(&index);
}
