/* operand.c - register names, constant expressions and operand parsing:
 * turns the tokens of one operand into an Addr (register, immediate,
 * float/string constant, memory, address, branch target). */
#include <string.h>

#include "asm.h"

static const char *const gpr64[16] = {"AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI",
                                      "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"};
static const char *const gpr8[16] = {"AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB",
                                     "R8B", "R9B", "R10B", "R11B", "R12B", "R13B", "R14B", "R15B"};
static const char *const high8[4] = {"AH", "CH", "DH", "BH"};

int asm_lookup_reg(const char *s) {
    for (int i = 0; i < 16; i++)
        if (!strcmp(s, gpr64[i]) || !strcmp(s, gpr8[i]))
            return REG_AX + i;
    for (int i = 0; i < 4; i++)
        if (!strcmp(s, high8[i]))
            return REG_AH + i;
    if (s[0] == 'X' && s[1] >= '0' && s[1] <= '9') {
        int v = s[1] - '0';
        if (s[2] >= '0' && s[2] <= '9' && !s[3])
            v = v * 10 + s[2] - '0';
        else if (s[2])
            return REG_NONE;
        if (v < 16)
            return REG_X0 + v;
    }
    if (!strcmp(s, "g"))
        return REG_R14;
    if (!strcmp(s, "SB"))
        return REG_SB;
    if (!strcmp(s, "FP"))
        return REG_FP;
    if (!strcmp(s, "PC"))
        return REG_PC;
    if (!strcmp(s, "TLS"))
        return REG_TLS;
    return REG_NONE;
}

int asm_is_bytename(const char *s) {
    for (int i = 0; i < 16; i++)
        if (!strcmp(s, gpr8[i]))
            return 1;
    return 0;
}

const char *asm_reg_name(int r) {
    if (IS_GPR(r))
        return gpr64[r];
    if (r >= REG_AH && r <= REG_BH)
        return high8[r - REG_AH];
    if (IS_XMM(r)) {
        static const char *const x[16] = {"X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7",
                                          "X8", "X9", "X10", "X11", "X12", "X13", "X14", "X15"};
        return x[r - REG_X0];
    }
    switch (r) {
    case REG_SB: return "SB";
    case REG_FP: return "FP";
    case REG_PC: return "PC";
    case REG_TLS: return "TLS";
    }
    return "?";
}

/* Names that look like registers but are not supported: a clear error instead of a label. */
static int unsupported_reg(const char *s) {
    if ((s[0] == 'X' || s[0] == 'Y' || s[0] == 'Z' || s[0] == 'K') && s[1]) {
        for (const char *p = s + 1; *p; p++)
            if (*p < '0' || *p > '9')
                return 0;
        return 1;
    }
    return s[0] == 'F' && s[1] == '0' && !s[2];
}

/* ---- constant expressions, evaluated in uint64 like Go's assembler ---- */
static int expr(Token *t, int n, int *i, uint64_t *v);

static int factor(Token *t, int n, int *i, uint64_t *v) {
    if (*i >= n) {
        diag_error(n ? t[n - 1].pos : (Pos){0}, "missing operand in expression");
        return -1;
    }
    Token *k = &t[(*i)++];
    switch (k->kind) {
    case TK_INT:
        *v = k->ival;
        return 0;
    case '+':
        return factor(t, n, i, v);
    case '-':
        if (factor(t, n, i, v) < 0)
            return -1;
        *v = -*v;
        return 0;
    case '~':
        if (factor(t, n, i, v) < 0)
            return -1;
        *v = ~*v;
        return 0;
    case '(':
        if (expr(t, n, i, v) < 0)
            return -1;
        if (*i >= n || t[*i].kind != ')') {
            diag_error(k->pos, "missing ')' in expression");
            return -1;
        }
        (*i)++;
        return 0;
    case TK_IDENT:
        diag_error(k->pos, "undefined name %s in expression", k->s);
        return -1;
    default:
        diag_error(k->pos, "bad expression");
        return -1;
    }
}

static int term(Token *t, int n, int *i, uint64_t *v) {
    if (factor(t, n, i, v) < 0)
        return -1;
    while (*i < n) {
        int op = t[*i].kind;
        if (op != '*' && op != '/' && op != '%' && op != TK_LSH && op != TK_RSH && op != '&')
            return 0;
        Pos pos = t[*i].pos;
        (*i)++;
        uint64_t r;
        if (factor(t, n, i, &r) < 0)
            return -1;
        if ((op == '/' || op == '%') && r == 0) {
            diag_error(pos, "division by zero");
            return -1;
        }
        switch (op) {
        case '*': *v *= r; break;
        case '/': *v /= r; break;
        case '%': *v %= r; break;
        case TK_LSH: *v = r >= 64 ? 0 : *v << r; break;
        case TK_RSH: *v = r >= 64 ? 0 : *v >> r; break;
        case '&': *v &= r; break;
        }
    }
    return 0;
}

static int expr(Token *t, int n, int *i, uint64_t *v) {
    if (term(t, n, i, v) < 0)
        return -1;
    while (*i < n) {
        int op = t[*i].kind;
        if (op != '+' && op != '-' && op != '|' && op != '^')
            return 0;
        (*i)++;
        uint64_t r;
        if (term(t, n, i, &r) < 0)
            return -1;
        switch (op) {
        case '+': *v += r; break;
        case '-': *v -= r; break;
        case '|': *v |= r; break;
        case '^': *v ^= r; break;
        }
    }
    return 0;
}

int asm_eval(Token *t, int n, int *pos, int64_t *out) {
    uint64_t v = 0;
    if (expr(t, n, pos, &v) < 0)
        return -1;
    *out = (int64_t)v;
    return 0;
}

/* ---- operands ---- */
static int is_reg_tok(Token *k) { return k->kind == TK_IDENT && asm_lookup_reg(k->s) != REG_NONE; }

/* Parses "(R)" or "(I*s)" at *i; returns the register, or REG_NONE with an error. */
static int paren_reg(Token *t, int n, int *i, int *scale) {
    Pos pos = t[*i].pos;
    if (*i + 2 >= n || t[*i].kind != '(' || !is_reg_tok(&t[*i + 1])) {
        diag_error(pos, "bad memory operand");
        return REG_NONE;
    }
    int r = asm_lookup_reg(t[*i + 1].s);
    *i += 2;
    if (scale && *i + 1 < n && t[*i].kind == '*') {
        if (t[*i + 1].kind != TK_INT || (t[*i + 1].ival != 1 && t[*i + 1].ival != 2 && t[*i + 1].ival != 4 &&
                                         t[*i + 1].ival != 8)) {
            diag_error(pos, "bad scale in index (must be 1, 2, 4 or 8)");
            return REG_NONE;
        }
        *scale = (int)t[*i + 1].ival;
        *i += 2;
    }
    if (*i >= n || t[*i].kind != ')') {
        diag_error(pos, "missing ')' in memory operand");
        return REG_NONE;
    }
    (*i)++;
    return r;
}

static int parse_abi(Token *t, int n, int *i, Addr *a) {
    /* at '<': either "<>" (static) or "<ABI0>" / "<ABIInternal>" */
    if (*i + 1 < n && t[*i + 1].kind == '>') {
        a->name = N_STATIC;
        *i += 2;
        return 0;
    }
    if (*i + 2 < n && t[*i + 1].kind == TK_IDENT && t[*i + 2].kind == '>') {
        const char *s = t[*i + 1].s;
        if (!strcmp(s, "ABI0"))
            a->abi = ABI_0;
        else if (!strcmp(s, "ABIInternal"))
            a->abi = ABI_INTERNAL;
        else {
            diag_error(t[*i].pos, "unknown ABI selector <%s>", s);
            return -1;
        }
        *i += 3;
        return 0;
    }
    diag_error(t[*i].pos, "bad symbol suffix after '<'");
    return -1;
}

/* The syntax of a memory operand: [sym[<>][<ABI>]][±off][(base)][(index*scale)].
 * Sets *symname (or NULL) and a's offset/base/index; a bare constant is an absolute address. */
static int mem_syntax(Asm *as, Token *t, int n, Addr *a, const char **symname) {
    int i = 0;
    *symname = NULL;
    if (t[0].kind == TK_IDENT && !is_reg_tok(&t[0]))
        *symname = asm_symname(as, t[i++].s, t[0].n);
    else if (t[0].kind == TK_STRING)
        *symname = arena_strndup(as->arena, t[i++].s, t[0].n);
    for (int k = 0; k < 2; k++)
        if (*symname && i < n && t[i].kind == '<' && parse_abi(t, n, &i, a) < 0)
            return -1;
    int startoff = i;
    if (i < n && !(t[i].kind == '(' && i + 2 < n && is_reg_tok(&t[i + 1]) &&
                   (t[i + 2].kind == ')' || t[i + 2].kind == '*')))
        if (asm_eval(t, n, &i, &a->off) < 0)
            return -1;
    if (i >= n && !*symname && startoff == 0)
        return 0;
    if (i >= n) {
        diag_error(t[0].pos, "bad operand: expected (register)");
        return -1;
    }
    int scale = 0;
    int r = paren_reg(t, n, &i, &scale);
    if (r == REG_NONE)
        return -1;
    if (scale) { /* (I*s) without base */
        a->index = r;
        a->scale = scale;
    } else
        a->base = r;
    if (i < n && t[i].kind == '(') {
        scale = 1;
        if ((a->index = paren_reg(t, n, &i, &scale)) == REG_NONE)
            return -1;
        a->scale = scale;
    }
    if (i != n) {
        diag_error(t[i].pos, "unexpected tokens after memory operand");
        return -1;
    }
    return 0;
}

/* What the pseudo-registers mean: n(PC) branch, sym(SB) global, name+off(FP)
 * argument, name-off(SP) local, off(SP) hardware SP. */
static int mem_classify(Asm *as, Token *t, Addr *a, const char *symname, int fi) {
    Pos pos = t[0].pos;
    switch (a->base) {
    case REG_PC:
        if (symname) {
            diag_error(pos, "cannot use a symbol with PC");
            return -1;
        }
        a->kind = A_BRANCH;
        a->pcrel = 1;
        return 0;
    case REG_SB:
        if (!symname) {
            diag_error(pos, "SB reference needs a symbol name");
            return -1;
        }
        if (a->index != REG_NONE) {
            diag_error(pos, "invalid instruction: indexed symbol reference (use LEAQ first)");
            return -1;
        }
        a->name = a->name == N_STATIC ? N_STATIC : N_EXTERN;
        a->base = REG_NONE;
        a->sym = asm_sym(as, symname, a->name == N_STATIC, fi);
        if (!a->sym->refpos.file)
            a->sym->refpos = pos;
        return 0;
    case REG_FP:
        if (!symname) {
            diag_error(pos, "cannot reference FP without a symbol");
            return -1;
        }
        a->name = N_PARAM;
        a->pname = symname;
        a->base = REG_SP;
        return 0;
    }
    if (a->abi || a->name == N_STATIC) {
        diag_error(pos, "<> or ABI selector on a non-SB operand");
        return -1;
    }
    if (symname) {
        if (a->base != REG_SP) {
            diag_error(pos, "symbol %s used with register %s (want SB, FP or SP)", symname,
                       a->base == REG_NONE ? "none" : asm_reg_name(a->base));
            return -1;
        }
        a->name = N_AUTO;
        a->pname = symname;
    }
    return 0;
}

static int parse_mem(Asm *as, Token *t, int n, Addr *a, int fi) {
    const char *symname;
    a->kind = A_MEM;
    a->base = a->index = REG_NONE;
    if (mem_syntax(as, t, n, a, &symname) < 0)
        return -1;
    return mem_classify(as, t, a, symname, fi);
}

/* Go's float constant grammar: fconst | '-' f | '+' f | '(' f ')'. */
static int float_expr(Token *t, int n, int *i, double *v) {
    if (*i >= n)
        return -1;
    Token *k = &t[(*i)++];
    if (k->kind == TK_FLOAT) {
        *v = k->fval;
        return 0;
    }
    if (k->kind == '-' || k->kind == '+') {
        if (float_expr(t, n, i, v) < 0)
            return -1;
        if (k->kind == '-')
            *v = -*v;
        return 0;
    }
    if (k->kind == '(') {
        if (float_expr(t, n, i, v) < 0 || *i >= n || t[*i].kind != ')')
            return -1;
        (*i)++;
        return 0;
    }
    return -1;
}

static int has_float(Token *t, int n) {
    for (int i = 0; i < n; i++)
        if (t[i].kind == TK_FLOAT)
            return 1;
    return 0;
}

static int parse_dollar(Asm *as, Pos pos, Token *t, int n, Addr *a, int fi) {
    if (n == 0) {
        diag_error(pos, "missing value after $");
        return -1;
    }
    if (has_float(t, n)) {
        int i = 0;
        if (float_expr(t, n, &i, &a->fval) < 0 || i != n) {
            diag_error(t[0].pos, "bad floating-point constant");
            return -1;
        }
        a->kind = A_FCONST;
        return 0;
    }
    if (n == 1 && t[0].kind == TK_STRING) {
        a->kind = A_SCONST;
        a->str = t[0].s;
        a->slen = t[0].n;
        return 0;
    }
    int i = 0;
    int mem = (t[0].kind == TK_IDENT && !is_reg_tok(&t[0])) || t[0].kind == TK_STRING;
    if (!mem) {
        if (asm_eval(t, n, &i, &a->off) < 0)
            return -1;
        if (i == n) {
            a->kind = A_IMM;
            return 0;
        }
        if (t[i].kind != '(') {
            diag_error(t[i].pos, "unexpected %s in immediate", t[i].kind == TK_IDENT ? t[i].s : "token");
            return -1;
        }
        a->off = 0;
    }
    if (parse_mem(as, t, n, a, fi) < 0)
        return -1;
    if (a->kind != A_MEM) {
        diag_error(t[0].pos, "bad address operand");
        return -1;
    }
    a->kind = A_ADDR;
    return 0;
}

int asm_parse_operand(Asm *as, Token *t, int n, Addr *a, int fi) {
    memset(a, 0, sizeof *a);
    a->base = a->index = REG_NONE;
    a->reg = REG_NONE;
    if (n == 0) {
        diag_error((Pos){0}, "missing operand");
        return -1;
    }
    if (t[0].kind == '$')
        return parse_dollar(as, t[0].pos, t + 1, n - 1, a, fi);
    if (n == 1 && t[0].kind == TK_IDENT) {
        int r = asm_lookup_reg(t[0].s);
        if (r != REG_NONE) {
            if (r == REG_SB || r == REG_FP || r == REG_PC) {
                diag_error(t[0].pos, "pseudo-register %s used as an operand", t[0].s);
                return -1;
            }
            a->kind = A_REG;
            a->reg = r;
            a->bytename = asm_is_bytename(t[0].s);
            return 0;
        }
        if (unsupported_reg(t[0].s)) {
            diag_error(t[0].pos, "unsupported register %s", t[0].s);
            return -1;
        }
        a->kind = A_BRANCH;
        a->label = t[0].s;
        return 0;
    }
    if (t[0].kind == '*') {
        diag_error(t[0].pos, "indirect '*' operands are not Plan 9 syntax; write CALL AX or CALL (AX)");
        return -1;
    }
    return parse_mem(as, t, n, a, fi);
}
