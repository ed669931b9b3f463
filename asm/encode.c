/* encode.c - the generic instruction encoder: finds the first form of the
 * mnemonic (optab.c) whose classes match the operands and emits prefixes,
 * REX, opcode, ModRM/SIB/displacement and immediate, recording RIP-relative
 * and TLS relocations. Branches (Jcc/JMP/CALL to labels or symbols) and the
 * data pseudo-instructions are encoded here too. */
#include <string.h>

#include "asm.h"
#include "optab.h"

static void put(Enc *e, int b) {
    if (e->n < (int)sizeof e->b)
        e->b[e->n++] = (unsigned char)b;
}
static void putn(Enc *e, int64_t v, int n) {
    for (int i = 0; i < n; i++)
        put(e, (int)((uint64_t)v >> (8 * i)) & 0xff);
}

static int is_mem(const Addr *a) { return a->kind == A_MEM; }
static int is_imm(const Addr *a) { return a->kind == A_IMM; }

static int imm_fits(const Form *f, int64_t v) {
    switch (f->immw) {
    case 1: return v >= -128 && v <= 255;
    case 2: return v >= -32768 && v <= 65535;
    case 4: return f->w == 8 ? v >= INT32_MIN && v <= INT32_MAX : v >= INT32_MIN && v <= (int64_t)UINT32_MAX;
    default: return 1;
    }
}

static int gpr_ok(const Form *f, int reg, int bytereg) {
    if (IS_GPR(reg))
        return 1;
    return reg >= REG_AH && reg <= REG_BH && (bytereg || f->w == 1);
}

static int class_ok(const Form *f, char c, const Addr *a) {
    int isreg = a->kind == A_REG;
    if (isreg && a->bytename && f->w != 1 && c != 'R' && c != 'E')
        return 0;
    switch (c) {
    case 'r': return isreg && gpr_ok(f, a->reg, 0);
    case 'R': return isreg && gpr_ok(f, a->reg, 1);
    case 'm': return is_mem(a);
    case 'e': return is_mem(a) || (isreg && gpr_ok(f, a->reg, 0));
    case 'E': return is_mem(a) || (isreg && gpr_ok(f, a->reg, 1));
    case 'x': return isreg && IS_XMM(a->reg);
    case 'y': return is_mem(a) || (isreg && IS_XMM(a->reg));
    case 'a': return isreg && a->reg == REG_AX;
    case 'c': return isreg && a->reg == REG_CX;
    case '1': return is_imm(a) && a->off == 1;
    case 'b': return is_imm(a) && a->off >= -128 && a->off <= 127;
    case 'u': return is_imm(a) && a->off >= -128 && a->off <= 255;
    case 'i': return is_imm(a) && imm_fits(f, a->off);
    case 'U': return is_imm(a) && a->off >= 0 && a->off <= (int64_t)UINT32_MAX;
    case 'q': return is_imm(a);
    }
    return 0;
}

static int form_matches(const Form *f, const Prog *p) {
    if ((int)strlen(f->cls) != p->nargs)
        return 0;
    for (int i = 0; i < p->nargs; i++)
        if (!class_ok(f, f->cls[i], &p->a[i]))
            return 0;
    return 1;
}

const Form *asm_match_form(const Prog *p) {
    OpForms *o = asm_optab_lookup(p->op);
    for (int i = 0; o && i < o->n; i++)
        if (form_matches(&o->forms[i], p))
            return &o->forms[i];
    return NULL;
}

/* Hardware register number 0-15 (bit 3 goes to REX). */
static int hw(int reg) {
    if (IS_GPR(reg))
        return reg;
    if (reg >= REG_AH && reg <= REG_BH)
        return 4 + reg - REG_AH;
    return reg - REG_X0;
}

typedef struct ModRM {
    unsigned char b[8];
    int n;
    int rex;            /* REX.X / REX.B bits */
    int reloff;         /* offset in b of a relocated disp32, or -1 */
    int reltype;
    AsmSym *relsym;
    int64_t reladd;
    int fs;             /* needs the FS segment prefix */
} ModRM;

static int scale_bits(int s) { return s == 8 ? 3 : s == 4 ? 2 : s == 2 ? 1 : 0; }

static void disp(ModRM *m, int64_t d, int size) {
    for (int i = 0; i < size; i++)
        m->b[m->n++] = (unsigned char)((uint64_t)d >> (8 * i));
}

static int modrm_mem(Asm *as, Prog *p, int regf, const Addr *a, ModRM *m) {
    int r3 = (regf & 7) << 3;
    m->reloff = -1;
    if (a->off < INT32_MIN || a->off > (int64_t)UINT32_MAX) {   /* Go accepts 32-bit unsigned and wraps */
        diag_error(p->pos, "%s: memory offset %lld out of range", p->op, (long long)a->off);
        return -1;
    }
    if (a->sym) {                    /* RIP-relative sym(SB) */
        m->b[m->n++] = (unsigned char)(r3 | 5);
        m->reloff = m->n;
        m->reltype = R_X86_64_PC32;
        m->relsym = a->sym;
        m->reladd = a->off;
        disp(m, 0, 4);
        return 0;
    }
    if (a->base == REG_TLS) {        /* off(TLS): %fs:disp32, R_X86_64_TPOFF32 vs runtime.tlsg */
        m->fs = 1;
        m->b[m->n++] = (unsigned char)(r3 | 4);
        m->b[m->n++] = 0x25;
        m->reloff = m->n;
        m->reltype = R_X86_64_TPOFF32;
        m->relsym = as->tlsg;
        m->reladd = a->off;
        disp(m, 0, 4);
        return 0;
    }
    if (a->index == REG_SP || (a->index != REG_NONE && !IS_GPR(a->index))) {
        diag_error(p->pos, "%s: invalid index register %s", p->op, asm_reg_name(a->index));
        return -1;
    }
    if (a->base != REG_NONE && !IS_GPR(a->base)) {
        diag_error(p->pos, "%s: invalid base register %s", p->op, asm_reg_name(a->base));
        return -1;
    }
    int idx = a->index == REG_NONE ? 4 : hw(a->index) & 7;
    if (a->index != REG_NONE && a->index >= REG_R8)
        m->rex |= 2;
    int sc = a->index == REG_NONE ? 0 : scale_bits(a->scale ? a->scale : 1);
    if (a->base == REG_NONE) {       /* [index*scale] + disp32, or absolute disp32 */
        m->b[m->n++] = (unsigned char)(r3 | 4);
        m->b[m->n++] = (unsigned char)(sc << 6 | idx << 3 | 5);
        disp(m, a->off, 4);
        return 0;
    }
    int b = a->base & 7;
    if (a->base >= REG_R8)
        m->rex |= 1;
    int mod = (a->off == 0 && b != 5) ? 0 : (a->off >= -128 && a->off <= 127) ? 1 : 2;
    if (a->index == REG_NONE && b != 4) {
        m->b[m->n++] = (unsigned char)(mod << 6 | r3 | b);
    } else {
        m->b[m->n++] = (unsigned char)(mod << 6 | r3 | 4);
        m->b[m->n++] = (unsigned char)(sc << 6 | idx << 3 | b);
    }
    disp(m, a->off, mod == 1 ? 1 : mod == 2 ? 4 : 0);
    return 0;
}

static int is_bytereg_operand(const Form *f, int i) {
    char c = f->cls[i];
    return c == 'R' || c == 'E' || (f->w == 1 && (c == 'r' || c == 'e' || c == 'a' || c == 'c'));
}

static int encode_form(Asm *as, Prog *p, const Form *f, Enc *e) {
    int regf = f->ext >= 0 ? f->ext : 0, oreg = -1, imm = -1, rmi = -1, rex = 0, needrex = 0, high = 0;
    for (int i = 0; i < p->nargs; i++) {
        const Addr *a = &p->a[i];
        if (a->kind == A_REG && a->reg >= REG_AH && a->reg <= REG_BH)
            high = 1;
        if (a->kind == A_REG && is_bytereg_operand(f, i) && a->reg >= REG_SP && a->reg <= REG_DI)
            needrex = 1;
        switch (f->roles[i]) {
        case 'r': regf = hw(a->reg); break;
        case 'm': rmi = i; break;
        case 'B': regf = hw(a->reg); rmi = i; break;
        case 'o': oreg = hw(a->reg); break;
        case 'i': imm = i; break;
        }
    }
    if (f->w == 8 && !(f->flags & F_NOW))
        rex |= 8;
    if (regf >= 8)
        rex |= 4;
    if (oreg >= 8)
        rex |= 1;
    ModRM m = {.reloff = -1};
    if (rmi >= 0) {
        const Addr *a = &p->a[rmi];
        if (a->kind == A_REG) {
            int r = hw(a->reg);
            if (r >= 8)
                m.rex |= 1;
            m.b[m.n++] = (unsigned char)(0xc0 | (regf & 7) << 3 | (r & 7));
        } else if (modrm_mem(as, p, regf, a, &m) < 0)
            return -1;
    }
    rex |= m.rex;
    if (high && (rex || needrex)) {
        diag_error(p->pos, "%s: AH/BH/CH/DH cannot be used with a REX prefix", p->op);
        return -1;
    }
    if (m.fs)
        put(e, 0x64);
    if (f->w == 2)
        put(e, 0x66);
    if (f->pfx)
        put(e, f->pfx);
    if (rex || needrex)
        put(e, 0x40 | rex);
    for (int i = 0; i < f->opn; i++)
        put(e, f->op[i] + (i == f->opn - 1 && oreg >= 0 ? (oreg & 7) : 0));
    int mstart = e->n;
    for (int i = 0; i < m.n; i++)
        put(e, m.b[i]);
    if (imm >= 0)
        putn(e, p->a[imm].off, f->immw);
    if (m.reloff >= 0) {
        EncReloc *r = &e->rel[e->nrel++];
        r->off = mstart + m.reloff;
        r->type = m.reltype;
        r->sym = m.relsym;
        r->add = m.reladd;
        if (m.reltype == R_X86_64_PC32)
            r->add -= e->n - r->off;   /* ELF addend: relative to the field start */
    }
    return 0;
}

int asm_is_branch(const char *op) {
    if (op == asm_op_JMP || op == asm_op_CALL)
        return 1;
    OpForms *o = asm_optab_lookup(op);
    return o && (o->cond >= 0 || o->shortonly);
}

static int direct_target(const Addr *a) {
    return a->kind == A_BRANCH || (a->kind == A_MEM && a->sym && a->base == REG_NONE && a->index == REG_NONE);
}

static int encode_branch(Prog *p, Enc *e) {
    OpForms *o = asm_optab_lookup(p->op);
    int cond = o ? o->cond : -1;
    const Addr *a = &p->a[0];
    if (o && o->shortonly) {
        if (a->kind == A_MEM || p->longbr) {
            diag_error(p->pos, "%s: target out of range for an 8-bit displacement", p->op);
            return -1;
        }
        for (int i = 0; i < o->sopn; i++)
            put(e, o->sop[i]);
        put(e, (int)((a->target->pc - (p->pc + e->n + 1)) & 0xff));
        return 0;
    }
    int longf = p->longbr || p->op == asm_op_CALL || a->kind == A_MEM;
    if (!longf) {
        put(e, cond >= 0 ? 0x70 + cond : 0xeb);
        int64_t d = a->target->pc - (p->pc + 2);
        put(e, (int)(d & 0xff));
        return 0;
    }
    if (cond >= 0) {
        put(e, 0x0f);
        put(e, 0x80 + cond);
    } else
        put(e, p->op == asm_op_CALL ? 0xe8 : 0xe9);
    int field = e->n;
    if (a->kind == A_MEM) {
        EncReloc *r = &e->rel[e->nrel++];
        r->off = field;
        r->type = R_X86_64_PLT32;
        r->sym = a->sym;
        r->add = a->off - 4;
        putn(e, 0, 4);
        return 0;
    }
    putn(e, a->target->pc - (p->pc + field + 4), 4);
    return 0;
}

static int encode_data(Prog *p, Enc *e, int width) {
    if (p->nargs != 1 || p->a[0].kind != A_IMM) {
        diag_error(p->pos, "%s: expected one $constant operand", p->op);
        return -1;
    }
    putn(e, p->a[0].off, width);
    return 0;
}

int asm_encode(Asm *as, Prog *p, Enc *e) {
    e->n = 0;
    e->nrel = 0;
    if (p->op == asm_op_LABEL || p->op == asm_op_NOP)
        return 0;
    if (!strcmp(p->op, "BYTE"))
        return encode_data(p, e, 1);
    if (!strcmp(p->op, "WORD"))
        return encode_data(p, e, 2);
    if (!strcmp(p->op, "LONG"))
        return encode_data(p, e, 4);
    if (!strcmp(p->op, "QUAD"))
        return encode_data(p, e, 8);
    if (asm_is_branch(p->op) && p->nargs == 1 && direct_target(&p->a[0]))
        return encode_branch(p, e);
    OpForms *o = asm_optab_lookup(p->op);
    if (!o || (o->n == 0 && o->cond < 0)) {
        diag_error(p->pos, "unknown instruction %s", p->op);
        return -1;
    }
    for (int i = 0; i < o->n; i++)
        if (form_matches(&o->forms[i], p))
            return encode_form(as, p, &o->forms[i], e);
    for (int i = 0; i < p->nargs; i++)
        if (p->a[i].kind == A_BRANCH && p->a[i].label) {
            diag_error(p->pos, "%s: unexpected name %s (not a register or label operand here)", p->op, p->a[i].label);
            return -1;
        }
    diag_error(p->pos, "invalid instruction: %s with these operands", p->op);
    return -1;
}
