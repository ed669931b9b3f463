/* relax.c - lays out one function: encodes every instruction, chooses
 * short (rel8) or near (rel32) forms for branches to labels and n(PC) by
 * iterating from all-short to a fixed point, then appends the bytes and
 * relocations to .text and records the pc→line table. */
#include <string.h>

#include "asm.h"

static int relaxable(const Prog *p) {
    return p->nargs == 1 && p->a[0].kind == A_BRANCH && p->op != asm_op_CALL && asm_is_branch(p->op);
}

static int layout(Asm *as, Text *t) {
    Enc e;
    for (;;) {
        int64_t pc = 0;
        for (Prog *p = t->first; p; p = p->next) {
            p->pc = pc;
            if (p->size < 0 || relaxable(p) || (asm_is_branch(p->op) && p->nargs == 1 && p->a[0].kind == A_BRANCH)) {
                if (asm_encode(as, p, &e) < 0)
                    return -1;
                p->size = e.n;
            }
            pc += p->size;
        }
        int changed = 0;
        for (Prog *p = t->first; p; p = p->next) {
            if (!relaxable(p) || p->longbr || !p->a[0].target)
                continue;
            int64_t d = p->a[0].target->pc - (p->pc + p->size);
            if (d < -128 || d > 127) {
                p->longbr = 1;
                changed = 1;
            }
        }
        if (!changed)
            return 0;
    }
}

static void add_line(Asm *as, Text *t, const Prog *p, int *cap) {
    if (t->nlines > 0) {
        LineEntry *l = &t->lines[t->nlines - 1];
        if (l->line == p->pos.line && l->file == p->pos.file)
            return;
        if (l->pc == p->pc) {
            l->line = p->pos.line;
            l->file = p->pos.file;
            return;
        }
    }
    if (t->nlines == *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        LineEntry *n = ARENA_NEWN(as->arena, LineEntry, ncap);
        if (t->nlines)
            memcpy(n, t->lines, sizeof(LineEntry) * (size_t)t->nlines);
        t->lines = n;
        *cap = ncap;
    }
    t->lines[t->nlines++] = (LineEntry){(uint32_t)p->pc, p->pos.line, p->pos.file};
}

int asm_assemble_text(Asm *as, Text *t, ObjSection *sec) {
    for (Prog *p = t->first; p; p = p->next)
        p->size = -1;
    if (layout(as, t) < 0)
        return -1;
    while (sec->data.len % 32)
        buf_putc(&sec->data, 0xcc);
    t->offset = sec->data.len;
    int cap = 0;
    Enc e;
    uint64_t end = 0;
    for (Prog *p = t->first; p; p = p->next) {
        if (asm_encode(as, p, &e) < 0)
            return -1;
        if (e.n != p->size)
            diag_fatal("internal error: %s changed size during assembly", p->op);
        if (e.n > 0)
            add_line(as, t, p, &cap);
        for (int i = 0; i < e.nrel; i++)
            elfobj_add_reloc(sec, t->offset + (uint64_t)p->pc + (uint64_t)e.rel[i].off, (uint32_t)e.rel[i].type,
                             asm_osym(as, e.rel[i].sym), e.rel[i].add);
        buf_append(&sec->data, e.b, (size_t)e.n);
        end = (uint64_t)(p->pc + p->size);
    }
    t->size = end;
    return 0;
}
