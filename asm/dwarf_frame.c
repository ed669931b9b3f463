/* dwarf_frame.c - the object's .debug_frame: call-frame information so gdb
 * can unwind through assembled functions. The CFA is SP + 8 + (bytes pushed
 * or reserved so far); the SP change at each instruction is found by walking
 * the function's control flow from its entry (prologue/epilogue ADJSP,
 * ADJSP, PUSH/POP), so code after a RET or the morestack block at the end
 * get their own depth. The caller's BP is recorded once the prologue saved it. */
#include <limits.h>
#include <string.h>

#include "asm.h"

enum {
    DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_advance_loc1 = 0x02,
    DW_CFA_advance_loc2 = 0x03, DW_CFA_advance_loc4 = 0x04, DW_CFA_def_cfa = 0x0c,
    DW_CFA_def_cfa_offset = 0x0e, DW_CFA_nop = 0,
    REG_DW_BP = 6, REG_DW_SP = 7, REG_DW_RA = 16,
};

static int sp_change(const Prog *p) { return p->spadj ? p->spadj : asm_spadj_of(p); }

static int falls_through(const Prog *p) {
    return !(p->op == asm_op_RET || (p->op == asm_op_JMP));
}

/* depth[i] = SP adjustment before the i-th instruction (INT_MIN if unreachable). */
static void sp_depths(Asm *as, Prog **progs, int n, int *depth) {
    StrMap where = {0};
    for (int i = 0; i < n; i++) {
        depth[i] = INT_MIN;
        strmap_putn(&where, (const char *)&progs[i], sizeof(Prog *), (void *)(intptr_t)(i + 1));
    }
    int *work = ARENA_NEWN(as->arena, int, n + 1), nwork = 0;
    if (n) {
        depth[0] = 0;
        work[nwork++] = 0;
    }
    while (nwork) {
        int i = work[--nwork];
        int d = depth[i] + sp_change(progs[i]);
        int succ[2], ns = 0;
        if (falls_through(progs[i]) && i + 1 < n)
            succ[ns++] = i + 1;
        Prog *tg = progs[i]->nargs == 1 && progs[i]->a[0].kind == A_BRANCH ? progs[i]->a[0].target : NULL;
        if (tg)
            succ[ns++] = (int)(intptr_t)strmap_getn(&where, (const char *)&tg, sizeof tg) - 1;
        for (int k = 0; k < ns; k++)
            if (succ[k] >= 0 && depth[succ[k]] == INT_MIN) {
                depth[succ[k]] = d;
                work[nwork++] = succ[k];
            }
    }
    strmap_free(&where);
}

static void advance(Buf *b, uint32_t delta) {
    if (delta < 64)
        buf_putc(b, DW_CFA_advance_loc | (int)delta);
    else if (delta < 256) {
        buf_putc(b, DW_CFA_advance_loc1);
        buf_putc(b, (int)delta);
    } else if (delta < 65536) {
        buf_putc(b, DW_CFA_advance_loc2);
        buf_put_u16le(b, (uint16_t)delta);
    } else {
        buf_putc(b, DW_CFA_advance_loc4);
        buf_put_u32le(b, delta);
    }
}

static int saves_bp(const Prog *p) {
    return p->synth && p->nargs == 2 && p->a[0].kind == A_REG && p->a[0].reg == REG_BP &&
           p->a[1].kind == A_MEM && p->a[1].base == REG_SP;
}

/* The CFA program of one function. */
static void fde_program(Asm *as, Text *t, Buf *b) {
    int n = 0;
    for (Prog *p = t->first; p; p = p->next)
        n++;
    Prog **progs = ARENA_NEWN(as->arena, Prog *, n + 1);
    int *depth = ARENA_NEWN(as->arena, int, n + 1);
    n = 0;
    for (Prog *p = t->first; p; p = p->next)
        progs[n++] = p;
    sp_depths(as, progs, n, depth);
    int cur = 0, bpsaved = 0;
    uint32_t pc = 0;
    for (int i = 0; i < n; i++) {
        int d = depth[i] == INT_MIN ? cur : depth[i];
        if (progs[i]->size > 0 && d != cur) {
            advance(b, (uint32_t)progs[i]->pc - pc);
            pc = (uint32_t)progs[i]->pc;
            buf_putc(b, DW_CFA_def_cfa_offset);
            asm_put_uleb(b, (uint64_t)(8 + d));
            cur = d;
        }
        if (!bpsaved && saves_bp(progs[i]) && d + 8 > progs[i]->a[1].off) {
            uint32_t after = (uint32_t)(progs[i]->pc + progs[i]->size);
            advance(b, after - pc);
            pc = after;
            buf_putc(b, DW_CFA_offset | REG_DW_BP);
            asm_put_uleb(b, (uint64_t)(8 + d - progs[i]->a[1].off) / 8); /* CFA - 8*n */
            bpsaved = 1;
        }
    }
}

static void cie(Buf *b) {
    size_t start = b->len;
    buf_put_u32le(b, 0);
    buf_put_u32le(b, 0xffffffffu);
    buf_putc(b, 1);              /* version */
    buf_putc(b, 0);              /* augmentation "" */
    asm_put_uleb(b, 1);          /* code alignment */
    asm_put_sleb(b, -8);         /* data alignment */
    buf_putc(b, REG_DW_RA);
    buf_putc(b, DW_CFA_def_cfa);
    asm_put_uleb(b, REG_DW_SP);
    asm_put_uleb(b, 8);
    buf_putc(b, DW_CFA_offset | REG_DW_RA);
    asm_put_uleb(b, 1);
    while ((b->len - start) % 8)
        buf_putc(b, DW_CFA_nop);
    uint32_t len = (uint32_t)(b->len - start - 4);
    memcpy(b->data + start, &len, 4);
}

void asm_dwarf_frame(Asm *as, ObjSection *sec) {
    Buf *b = &sec->data;
    cie(b);
    for (Text *t = as->texts; t; t = t->next) {
        if (!t->sym->osym || t->sym->osym->type != STT_FUNC)
            continue;
        size_t start = b->len;
        buf_put_u32le(b, 0);
        elfobj_add_reloc(sec, b->len, R_X86_64_32, asm_section_sym(as, sec), 0);
        buf_put_u32le(b, 0);     /* CIE pointer: offset of the CIE in .debug_frame */
        elfobj_add_reloc(sec, b->len, R_X86_64_64, t->sym->osym, 0);
        buf_put_u64le(b, 0);
        buf_put_u64le(b, t->size);
        fde_program(as, t, b);
        while ((b->len - start) % 8)
            buf_putc(b, DW_CFA_nop);
        uint32_t len = (uint32_t)(b->len - start - 4);
        memcpy(b->data + start, &len, 4);
    }
}
