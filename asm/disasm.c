/* disasm.c - an amd64 disassembler printing Go (Plan 9) syntax, derived
 * from the assembler's own form table (optab.c): every form is a decoding
 * candidate, indexed by its first opcode byte. A candidate decodes the bytes
 * (prefixes, REX, opcode, ModRM/SIB/displacement, immediate) into a Prog,
 * and is accepted only if the encoder would choose that same form for those
 * operands and produce the same bytes - so what it prints assembles back to
 * the input. Branches (Jcc/JMP/CALL rel8/rel32) are decoded directly. Bytes
 * no candidate accepts print as `?` (one byte); nothing reads past the end. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "optab.h"

typedef struct Cand {
    const char *mn;
    const Form *f;
    int rank;             /* lower is preferred among forms that all round-trip */
} Cand;

typedef struct DisTab {
    Vec byop[256];        /* Cand* by first opcode byte */
    Vec literals;         /* Cand* of operand-less forms, longest byte string first */
    Asm as;
    AsmSym dummy;         /* stands for RIP-relative and TLS targets while re-encoding */
} DisTab;

static DisTab *tab;

/* Spellings Go's assembler also accepts but its disassembler does not print. */
static int rank_of(const char *mn) {
    static const char *const second[] = {"SALB", "SALW", "SALL", "SALQ", "UNDEF", "PSLLO", "PSRLO",
                                         "REP", "REPN", "LOCK", "MOVOA", "CMPXCHG16B", "NOPW", NULL};
    for (int i = 0; second[i]; i++)
        if (!strcmp(mn, second[i]))
            return 1;
    return 0;
}

static void add_forms(OpForms *o, void *arg) {
    DisTab *t = arg;
    for (int i = 0; i < o->n; i++) {
        Cand *c = ARENA_NEW(perm_arena, Cand);
        c->mn = o->name;
        c->f = &o->forms[i];
        c->rank = rank_of(o->name);
        if (!c->f->cls[0]) {
            vec_push(&t->literals, c);
            continue;
        }
        int ocode = strchr(c->f->roles, 'o') && c->f->opn == 1;
        for (int k = 0; k < (ocode ? 8 : 1); k++)
            vec_push(&t->byop[c->f->op[0] + k], c);
    }
}

static int cmp_cand(const void *a, const void *b) {
    const Cand *x = *(Cand *const *)a, *y = *(Cand *const *)b;
    if (x->f->opn != y->f->opn && !x->f->cls[0])
        return y->f->opn - x->f->opn; /* literals: longest first */
    if (x->rank != y->rank)
        return x->rank - y->rank;
    int c = strcmp(x->mn, y->mn);
    return c ? c : (x->f < y->f ? -1 : x->f > y->f);
}

static void sort_vec(Vec *v) {
    if (v->len > 1)
        qsort(v->items, (size_t)v->len, sizeof(void *), cmp_cand);
}

static DisTab *dis_table(void) {
    if (tab)
        return tab;
    asm_init_ops();
    tab = xcalloc(1, sizeof *tab);
    tab->as.arena = perm_arena;
    tab->dummy.name = "?";
    tab->as.tlsg = &tab->dummy;
    asm_optab_each(add_forms, tab);
    for (int i = 0; i < 256; i++)
        sort_vec(&tab->byop[i]);
    sort_vec(&tab->literals);
    return tab;
}

/* ---- decoding one candidate ---- */

typedef struct Pfx {
    int fs, opsz, rep, repn, lock, rex, n;
} Pfx;

typedef struct Cur {
    const unsigned char *b;
    size_t n, pos;
    int bad;
} Cur;

static uint64_t take(Cur *c, int bytes) {
    uint64_t v = 0;
    if (c->pos + (size_t)bytes > c->n) {
        c->bad = 1;
        return 0;
    }
    for (int i = 0; i < bytes; i++)
        v |= (uint64_t)c->b[c->pos++] << (8 * i);
    return v;
}

static int64_t sext(uint64_t v, int bytes) {
    if (bytes >= 8)
        return (int64_t)v;
    uint64_t m = 1ull << (8 * bytes - 1);
    return (int64_t)((v ^ m) - m);
}

static void parse_prefixes(const unsigned char *b, size_t n, Pfx *p) {
    memset(p, 0, sizeof *p);
    for (; (size_t)p->n < n && p->n < 14; p->n++) {
        switch (b[p->n]) {
        case 0x64: p->fs = 1; continue;
        case 0x66: p->opsz = 1; continue;
        case 0xf3: p->rep = 1; continue;
        case 0xf2: p->repn = 1; continue;
        case 0xf0: p->lock = 1; continue;
        }
        break;
    }
    if ((size_t)p->n < n && (b[p->n] & 0xf0) == 0x40)
        p->rex = b[p->n++];
}

static int prefixes_fit(const Form *f, const Pfx *p) {
    int need66 = f->w == 2 || f->pfx == 0x66;
    int rexw = (p->rex & 8) != 0;
    int needw = f->w == 8 && !(f->flags & F_NOW);
    return p->opsz == need66 && p->rep == (f->pfx == 0xf3) && p->repn == (f->pfx == 0xf2) && !p->lock &&
           rexw == needw;
}

static Addr reg_addr(int r) {
    return (Addr){.kind = A_REG, .reg = r, .base = REG_NONE, .index = REG_NONE};
}

/* Register number hw (0-15) as an operand of class c in form f. */
static Addr class_reg(const Form *f, char c, int hw, const Pfx *p) {
    if (c == 'x' || c == 'y')
        return reg_addr(REG_X0 + hw);
    Addr a = reg_addr(hw);
    int byte = c == 'R' || c == 'E' || (f->w == 1 && (c == 'r' || c == 'e'));
    if (byte) {
        a.bytename = 1;
        if (!p->rex && hw >= 4 && hw < 8)
            a.reg = REG_AH + hw - 4;
    }
    return a;
}

/* ModRM (+SIB, displacement) for the rm operand; the reg field goes to *regf. */
static int decode_modrm(Cur *c, const Pfx *p, int *regf, Addr *rm, int *mod, int *rmhw) {
    int m = (int)take(c, 1);
    if (c->bad)
        return -1;
    *mod = m >> 6;
    *regf = ((m >> 3) & 7) | ((p->rex & 4) ? 8 : 0);
    int r = m & 7;
    *rm = (Addr){.kind = A_MEM, .base = REG_NONE, .index = REG_NONE, .reg = REG_NONE};
    if (*mod == 3) {
        *rmhw = r | ((p->rex & 1) ? 8 : 0);
        return 0;
    }
    if (r == 4) {
        int sib = (int)take(c, 1);
        int idx = ((sib >> 3) & 7) | ((p->rex & 2) ? 8 : 0), base = sib & 7;
        if (idx != 4) {
            rm->index = idx;
            rm->scale = 1 << (sib >> 6);
        }
        if (base == 5 && *mod == 0) {
            rm->off = sext(take(c, 4), 4);
            if (p->fs && rm->index == REG_NONE)
                rm->base = REG_TLS;
            return c->bad ? -1 : 0;
        }
        rm->base = base | ((p->rex & 1) ? 8 : 0);
    } else if (r == 5 && *mod == 0) {
        rm->off = sext(take(c, 4), 4);
        rm->sym = &tab->dummy; /* RIP-relative */
        rm->name = N_EXTERN;
        return c->bad ? -1 : 0;
    } else
        rm->base = r | ((p->rex & 1) ? 8 : 0);
    if (*mod == 1)
        rm->off = sext(take(c, 1), 1);
    else if (*mod == 2)
        rm->off = sext(take(c, 4), 4);
    return c->bad ? -1 : 0;
}

static int needs_modrm(const Form *f) {
    return f->ext >= 0 || strpbrk(f->roles, "rmB") != NULL;
}

static int rm_class_ok(char c, int mod) {
    if (c == 'm')
        return mod != 3;
    if (c == 'e' || c == 'E' || c == 'y')
        return 1;
    return mod == 3;
}

/* Fills p from the bytes if they have the shape of form f; returns the length or -1. */
static int decode_form(const Cand *cd, const unsigned char *b, size_t n, const Pfx *px, Prog *p) {
    const Form *f = cd->f;
    if (!prefixes_fit(f, px) || (size_t)px->n + f->opn > n)
        return -1;
    int ocode = strchr(f->roles, 'o') != NULL;
    for (int i = 0; i < f->opn; i++) {
        int last = i == f->opn - 1;
        if ((ocode && last ? b[px->n + i] & 0xf8 : b[px->n + i]) != f->op[i])
            return -1;
    }
    Cur c = {b, n, (size_t)px->n + f->opn, 0};
    int ohw = (b[px->n + f->opn - 1] & 7) | ((px->rex & 1) ? 8 : 0);
    int regf = 0, mod = 3, rmhw = 0;
    Addr rm = {0};
    if (needs_modrm(f)) {
        if (decode_modrm(&c, px, &regf, &rm, &mod, &rmhw) < 0)
            return -1;
        if (f->ext >= 0 && (regf & 7) != f->ext)
            return -1;
    }
    if (px->fs && rm.base != REG_TLS)
        return -1;
    int64_t imm = f->immw ? sext(take(&c, f->immw), f->immw) : 0;
    if (c.bad)
        return -1;
    memset(p, 0, sizeof *p);
    p->op = cd->mn;
    p->nargs = (int)strlen(f->cls);
    for (int i = 0; i < p->nargs; i++) {
        char cl = f->cls[i], role = f->roles[i];
        Addr *a = &p->a[i];
        switch (role) {
        case 'r': *a = class_reg(f, cl, regf, px); break;
        case 'o': *a = class_reg(f, cl, ohw, px); break;
        case 'm': case 'B':
            if (!rm_class_ok(cl, mod))
                return -1;
            *a = mod == 3 ? class_reg(f, cl, rmhw, px) : rm;
            break;
        case 'i':
            *a = (Addr){.kind = A_IMM, .off = imm, .reg = REG_NONE, .base = REG_NONE, .index = REG_NONE};
            if (cl == 'u' || cl == 'U' || (cl == 'i' && f->w == 1))
                a->off = (int64_t)((uint64_t)imm & (f->immw >= 8 ? ~0ull : (1ull << (8 * f->immw)) - 1));
            break;
        default: /* implicit */
            if (cl == '1')
                *a = (Addr){.kind = A_IMM, .off = 1, .reg = REG_NONE, .base = REG_NONE, .index = REG_NONE};
            else if (cl == 'a')
                *a = class_reg(f, 'r', REG_AX, px);
            else
                *a = reg_addr(REG_CX); /* shift counts: Go writes CX at every width */
        }
    }
    return (int)c.pos;
}

/* Does the encoder turn p back into exactly these bytes? */
static int round_trips(Prog *p, const Form *f, const unsigned char *b, int len) {
    if (asm_match_form(p) != f)
        return 0;
    Enc e;
    if (asm_encode(&tab->as, p, &e) < 0 || e.n != len)
        return 0;
    for (int i = 0; i < e.nrel; i++) /* relocated fields: the bytes given are what the linker wrote */
        memcpy(e.b + e.rel[i].off, b + e.rel[i].off, 4);
    return memcmp(e.b, b, (size_t)len) == 0;
}

/* ---- printing ---- */

typedef struct Out {
    char *s;
    size_t n, len;
} Out;

static void out(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Out *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (o->len < o->n) {
        int k = vsnprintf(o->s + o->len, o->n - o->len, fmt, ap);
        if (k > 0)
            o->len += (size_t)k < o->n - o->len ? (size_t)k : o->n - o->len - 1;
    }
    va_end(ap);
}

static void out_num(Out *o, int64_t v) {
    if (v < 0)
        out(o, "-0x%llx", (unsigned long long)-(uint64_t)v);
    else
        out(o, "0x%llx", (unsigned long long)v);
}

static const char *reg_name(const Addr *a) {
    static const char *const b8[16] = {"AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB",
                                       "R8B", "R9B", "R10B", "R11B", "R12B", "R13B", "R14B", "R15B"};
    if (a->bytename && IS_GPR(a->reg))
        return b8[a->reg];
    return asm_reg_name(a->reg);
}

typedef struct SymCtx {
    AsmSymbolizer fn;
    void *ctx;
} SymCtx;

static void out_target(Out *o, SymCtx *sc, uint64_t addr) {
    uint64_t base;
    const char *name = sc->fn ? sc->fn(sc->ctx, addr, &base) : NULL;
    if (name && addr == base)
        out(o, "%s(SB)", name);
    else if (name)
        out(o, "%s+%llu(SB)", name, (unsigned long long)(addr - base));
    else
        out(o, "0x%llx", (unsigned long long)addr);
}

static void out_addr(Out *o, const Addr *a, uint64_t next, SymCtx *sc) {
    switch (a->kind) {
    case A_REG:
        out(o, "%s", reg_name(a));
        return;
    case A_IMM:
        out(o, "$");
        out_num(o, a->off);
        return;
    default:
        break;
    }
    if (a->sym) { /* RIP-relative */
        out_target(o, sc, next + (uint64_t)a->off);
        return;
    }
    if (a->off || (a->base == REG_NONE && a->index == REG_NONE))
        out_num(o, a->off);
    if (a->base != REG_NONE)
        out(o, "(%s)", asm_reg_name(a->base));
    if (a->index != REG_NONE)
        out(o, "(%s*%d)", asm_reg_name(a->index), a->scale);
}

/* Jcc/JMP/CALL with a relative displacement; 0 if b is not one. */
static int decode_branch(const unsigned char *b, size_t n, uint64_t pc, Out *o, SymCtx *sc) {
    static const char *const cc[16] = {"JOS", "JOC", "JCS", "JCC", "JEQ", "JNE", "JLS", "JHI",
                                       "JMI", "JPL", "JPS", "JPC", "JLT", "JGE", "JLE", "JGT"};
    const char *mn = NULL;
    int len = 0, dw = 0;
    if (b[0] >= 0x70 && b[0] <= 0x7f)
        mn = cc[b[0] - 0x70], len = 2, dw = 1;
    else if (b[0] == 0xeb)
        mn = "JMP", len = 2, dw = 1;
    else if (b[0] == 0xe9 || b[0] == 0xe8)
        mn = b[0] == 0xe9 ? "JMP" : "CALL", len = 5, dw = 4;
    else if (b[0] == 0x0f && n > 1 && b[1] >= 0x80 && b[1] <= 0x8f)
        mn = cc[b[1] - 0x80], len = 6, dw = 4;
    else if (b[0] == 0xe3 || (b[0] >= 0xe0 && b[0] <= 0xe2)) {
        static const char *const lp[4] = {"LOOPNE", "LOOPEQ", "LOOP", "JCXZQ"};
        mn = lp[b[0] - 0xe0], len = 2, dw = 1;
    }
    if (!mn || (size_t)len > n)
        return 0;
    Cur c = {b, n, (size_t)(len - dw), 0};
    int64_t d = sext(take(&c, dw), dw);
    out(o, "%s ", mn);
    out_target(o, sc, pc + (uint64_t)len + (uint64_t)d);
    return len;
}

static void print_prog(Out *o, const Prog *p, uint64_t next, SymCtx *sc) {
    out(o, "%s", p->op);
    for (int i = 0; i < p->nargs; i++) {
        out(o, i ? ", " : " ");
        out_addr(o, &p->a[i], next, sc);
    }
}

/* Operand-less forms whose bytes (prefixes included) start b; the longest that fits. */
static int decode_literal(const unsigned char *b, size_t n, Out *o) {
    for (int i = 0; i < tab->literals.len; i++) {
        Cand *c = VEC_AT(tab->literals, Cand *, i);
        if ((size_t)c->f->opn <= n && !memcmp(b, c->f->op, c->f->opn) && c->f->opn > 1) {
            out(o, "%s", c->mn);
            return c->f->opn;
        }
    }
    return 0;
}

static int decode_one(const unsigned char *b, size_t n, uint64_t pc, Out *o, SymCtx *sc) {
    int len = decode_literal(b, n, o);
    if (len)
        return len;
    Pfx px;
    parse_prefixes(b, n, &px);
    if (!px.n && (len = decode_branch(b, n, pc, o, sc)) > 0)
        return len;
    if ((size_t)px.n < n) {
        Vec *v = &tab->byop[b[px.n]];
        Prog p;
        for (int i = 0; i < v->len; i++) {
            Cand *c = VEC_AT(*v, Cand *, i);
            len = decode_form(c, b, n, &px, &p);
            if (len > 0 && round_trips(&p, c->f, b, len)) {
                print_prog(o, &p, pc + (uint64_t)len, sc);
                return len;
            }
        }
    }
    for (int i = 0; i < tab->literals.len; i++) { /* one-byte forms: RET, LOCK, REP, ... */
        Cand *c = VEC_AT(tab->literals, Cand *, i);
        if (c->f->opn == 1 && b[0] == c->f->op[0]) {
            out(o, "%s", c->mn);
            if ((b[0] == 0xf0 || b[0] == 0xf2 || b[0] == 0xf3) && n > 1) {
                size_t mark = o->len;
                out(o, "; ");
                int k = decode_one(b + 1, n - 1, pc + 1, o, sc);
                if (k > 0 && o->s[o->len - 1] != '?')
                    return 1 + k;
                o->len = mark;
                o->s[mark] = 0;
            }
            return 1;
        }
    }
    out(o, "?");
    return 1;
}

int asm_disassemble(const unsigned char *code, size_t n, uint64_t pc, AsmSymbolizer sym, void *ctx, char *text,
                    size_t textsize) {
    dis_table();
    Out o = {text, textsize, 0};
    if (textsize)
        text[0] = 0;
    if (!n)
        return 0;
    SymCtx sc = {sym, ctx};
    return decode_one(code, n, pc, &o, &sc);
}
