/* listing.c - `-S`: prints each function in the spirit of `go tool asm -S`:
 * a header line, then pc, (file:line) and the instruction as assembled
 * (after prologue insertion and rewrites), then the bytes in hex. */
#include <string.h>

#include "asm.h"

static void print_addr(FILE *out, const Addr *a) {
    switch (a->kind) {
    case A_REG:
        fputs(asm_reg_name(a->reg), out);
        return;
    case A_IMM:
        fprintf(out, "$%lld", (long long)a->off);
        return;
    case A_BRANCH:
        if (a->target)
            fprintf(out, "%lld", (long long)a->target->pc);
        else
            fputs(a->label ? a->label : "?", out);
        return;
    case A_MEM:
    case A_ADDR:
        if (a->kind == A_ADDR)
            fputc('$', out);
        if (a->sym) {
            fprintf(out, "%s%s", a->sym->name, a->sym->local ? "<>" : "");
            if (a->off)
                fprintf(out, "%+lld", (long long)a->off);
            fputs("(SB)", out);
            return;
        }
        if (a->off)
            fprintf(out, "%lld", (long long)a->off);
        if (a->base != REG_NONE)
            fprintf(out, "(%s)", asm_reg_name(a->base));
        if (a->index != REG_NONE)
            fprintf(out, "(%s*%d)", asm_reg_name(a->index), a->scale ? a->scale : 1);
        return;
    default:
        fputs("?", out);
    }
}

void asm_list_text(Asm *as, Text *t, const unsigned char *code, FILE *out) {
    (void)as;
    fprintf(out, "%s STEXT%s size=%llu args=%#llx locals=%#llx\n", t->sym->name,
            (t->flags & FL_NOSPLIT) ? " nosplit" : "", (unsigned long long)t->size,
            (unsigned long long)(t->hasargs ? t->args : 0), (unsigned long long)t->frame);
    for (Prog *p = t->first; p; p = p->next) {
        if (p->op == asm_op_LABEL)
            continue;
        fprintf(out, "\t0x%04llx %05lld (%s:%d)\t%s", (unsigned long long)p->pc, (long long)p->pc,
                p->pos.file ? p->pos.file : "?", p->pos.line, p->op);
        for (int i = 0; i < p->nargs; i++) {
            fputs(i ? ", " : "\t", out);
            print_addr(out, &p->a[i]);
        }
        fputc('\n', out);
    }
    for (uint64_t i = 0; i < t->size; i += 16) {
        fprintf(out, "\t0x%04llx", (unsigned long long)i);
        for (uint64_t j = i; j < i + 16 && j < t->size; j++)
            fprintf(out, " %02x", code[j]);
        fputc('\n', out);
    }
}
