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

static void flag_names(FILE *out, int64_t flags) {
    static const struct { int64_t bit; const char *name; } names[] = {
        {FL_DUPOK, "DUPOK"}, {FL_NOSPLIT, "NOSPLIT"}, {FL_WRAPPER, "WRAPPER"}, {FL_NEEDCTXT, "NEEDCTXT"},
        {FL_NOFRAME, "NOFRAME"}, {1024, "REFLECTMETHOD"}, {2048, "TOPFRAME"}, {4096, "ABIWRAPPER"}};
    const char *sep = "";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (flags & names[i].bit) {
            fprintf(out, "%s%s", sep, names[i].name);
            sep = "|";
        }
    if (*sep)
        fputs(", ", out);
}

static void hex_lines(FILE *out, const unsigned char *code, uint64_t size) {
    for (uint64_t i = 0; i < size; i += 16) {
        fprintf(out, "\t0x%04llx", (unsigned long long)i);
        uint64_t j;
        for (j = i; j < i + 16; j++)
            if (j < size)
                fprintf(out, " %02x", code[j]);
            else
                fputs("   ", out);
        fputs("  ", out);
        for (j = i; j < i + 16 && j < size; j++)
            fputc(code[j] >= 0x20 && code[j] < 0x7f ? code[j] : '.', out);
        fputc('\n', out);
    }
}

void asm_list_text(Asm *as, Text *t, const unsigned char *code, FILE *out) {
    (void)as;
    fprintf(out, "%s STEXT%s%s size=%llu args=0x%llx locals=0x%llx\n", t->sym->name,
            (t->flags & FL_DUPOK) ? " dupok" : "", (t->flags & FL_NOSPLIT) ? " nosplit" : "",
            (unsigned long long)t->size, (unsigned long long)(t->hasargs ? t->args : 0),
            (unsigned long long)t->realframe);
    fprintf(out, "\t0x0000 00000 (%s:%d)\tTEXT\t%s(SB), ", t->pos.file, t->pos.line, t->sym->name);
    flag_names(out, t->flags);
    fprintf(out, "$%lld", (long long)t->realframe);
    if (t->hasargs)
        fprintf(out, "-%lld", (long long)t->args);
    fputc('\n', out);
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
    hex_lines(out, code, t->size);
}
