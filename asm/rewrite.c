/* rewrite.c - the operand rewrites Go's assembler applies before encoding
 * (obj6.go progedit, non-shared linux): `MOVQ TLS, R` disappears and
 * `off(R)(TLS*1)` becomes `off(TLS)`; `MOVQ $sym(SB), R` becomes LEAQ;
 * float immediates become RIP-relative loads of `$f64.<bits>` / `$f32.<bits>`
 * read-only constants (and MOVSD/MOVSS $0 becomes XORPS). */
#include <string.h>

#include "asm.h"

static void tls_rewrite(Prog *p) {
    if ((!strcmp(p->op, "MOVQ") || !strcmp(p->op, "MOVL")) && p->nargs == 2 && p->a[0].kind == A_REG &&
        p->a[0].reg == REG_TLS && p->a[1].kind == A_REG && IS_GPR(p->a[1].reg)) {
        p->op = asm_op_NOP;
        p->nargs = 0;
        return;
    }
    for (int i = 0; i < p->nargs; i++) {
        Addr *a = &p->a[i];
        if (a->kind == A_MEM && a->index == REG_TLS && IS_GPR(a->base)) {
            a->base = REG_TLS;
            a->index = REG_NONE;
            a->scale = 0;
        }
    }
}

static AsmSym *float_const(Asm *as, double v, int f32) {
    uint64_t bits;
    const char *name;
    if (f32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, 4);
        bits = b32;
        name = arena_printf(as->arena, "$f32.%08x", b32);
    } else {
        memcpy(&bits, &v, 8);
        name = arena_printf(as->arena, "$f64.%016llx", (unsigned long long)bits);
    }
    AsmSym *s = asm_sym(as, name, 0, 0);
    if (s->kind == SK_UNDEF) {
        s->kind = SK_DATA;
        s->global_seen = 1;
        s->flags = FL_RODATA | FL_DUPOK | FL_NOPTR;
        s->size = f32 ? 4 : 8;
        DataItem *d = ARENA_NEW(as->arena, DataItem);
        d->width = (int)s->size;
        d->val.kind = A_IMM;
        d->val.off = (int64_t)bits;
        s->data = s->datalast = d;
    }
    return s;
}

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !strcmp(s + n - k, suf);
}

static void fconst_rewrite(Asm *as, Prog *p) {
    Addr *a = &p->a[0];
    if (p->nargs < 1 || a->kind != A_FCONST)
        return;
    /* the constant has the size of the source operand: float32 for the SS
     * forms and the CVT*SS2* conversions, float64 for CVTSD2SS */
    int f32 = (ends_with(p->op, "SS") && strncmp(p->op, "CVT", 3) != 0) || !strncmp(p->op, "CVTSS2", 6) ||
              !strncmp(p->op, "CVTTSS2", 7);
    if ((!strcmp(p->op, "MOVSD") || !strcmp(p->op, "MOVSS")) && a->fval == 0 && !__builtin_signbit(a->fval) &&
        p->nargs == 2 && p->a[1].kind == A_REG && IS_XMM(p->a[1].reg)) {
        p->op = intern("XORPS");
        p->a[0] = p->a[1];
        return;
    }
    AsmSym *s = float_const(as, a->fval, f32);
    memset(a, 0, sizeof *a);
    a->kind = A_MEM;
    a->name = N_EXTERN;
    a->sym = s;
    a->base = a->index = a->reg = REG_NONE;
}

static void addr_rewrite(Prog *p) {
    if (p->nargs == 2 && p->a[0].kind == A_ADDR) {
        if (!strcmp(p->op, "MOVQ"))
            p->op = intern("LEAQ");
        else if (!strcmp(p->op, "MOVL"))
            p->op = intern("LEAL");
        else
            return;
        p->a[0].kind = A_MEM;
    }
}

/* CMPSD X1, X0, 1: the predicate is written without '$' and parses as an absolute address. */
static void cmp_predicate(Prog *p) {
    Addr *a = &p->a[2];
    if (p->nargs == 3 && !strncmp(p->op, "CMP", 3) && strlen(p->op) == 5 && a->kind == A_MEM && !a->sym &&
        a->base == REG_NONE && a->index == REG_NONE) {
        int64_t v = a->off;
        memset(a, 0, sizeof *a);
        a->kind = A_IMM;
        a->off = v;
        a->base = a->index = a->reg = REG_NONE;
    }
}

int asm_rewrite(Asm *as, Text *t) {
    for (Prog *p = t->first; p; p = p->next) {
        cmp_predicate(p);
        tls_rewrite(p);
        addr_rewrite(p);
        fconst_rewrite(as, p);
        for (int i = 0; i < p->nargs; i++) {
            Addr *a = &p->a[i];
            if (a->kind == A_ADDR || a->kind == A_FCONST || a->kind == A_SCONST) {
                diag_error(p->pos, "%s: invalid use of a %s operand", p->op,
                           a->kind == A_ADDR ? "$address" : a->kind == A_FCONST ? "float constant" : "string");
                return -1;
            }
            if (a->kind == A_MEM && a->base == REG_TLS && !as->tlsg) {
                as->tlsg = asm_sym(as, "runtime.tlsg", 0, 0);
                as->tlsg->tls = 1;
            }
        }
    }
    return 0;
}
