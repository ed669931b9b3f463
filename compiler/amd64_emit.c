/* amd64_emit.c - prints an allocated SSA function as Plan 9 amd64 assembly:
 * the TEXT line (ABIInternal selector, frame and argument sizes), the moves
 * of incoming arguments, each block's instructions, the phi moves and jumps
 * at block ends, and the returns. The assembler adds the prologue and
 * epilogue (docs/abi.md §6); the frame declared here is a multiple of 16. */
#include <stdio.h>
#include <string.h>

#include "amd64.h"

/* ---- condition codes ---- */

static const char *cond(SsaOp op, bool sign, bool negate) {
    static const char *const s[] = {"EQ", "NE", "LT", "GE", "LE", "GT"};
    static const char *const u[] = {"EQ", "NE", "CS", "CC", "LS", "HI"};
    int i;
    switch (op) {
    case SSA_EQ: i = 0; break;
    case SSA_NE: i = 1; break;
    case SSA_LT: i = 2; break;
    case SSA_GE: i = 3; break;
    case SSA_LE: i = 4; break;
    default: i = 5; break;
    }
    if (negate)
        i ^= 1;
    return sign ? s[i] : u[i];
}

static bool is_compare(SsaOp op) { return op >= SSA_EQ && op <= SSA_GE; }

static void emit_cmp(Emit *e, Value *v) {
    Value *a = v->args[0];
    int ra = a->loc.kind == LOC_REG ? a->loc.reg : REG_NONE;
    if (v->imm) {
        Opnd x = amd64_src(e, a, RA_SCRATCH);
        if (x.s[0] == '$')
            x = amd64_reg(amd64_in_reg(e, a, RA_SCRATCH));
        if (v->aux2 == 0 && a->loc.kind == LOC_REG)
            amd64_ins(e, "TESTQ %s, %s", x.s, x.s);
        else
            amd64_ins(e, "CMPQ %s, $%lld", x.s, (long long)v->aux2);
        return;
    }
    Value *b = v->args[1];
    if (ra == REG_NONE)
        ra = amd64_in_reg(e, a, RA_SCRATCH);
    Opnd y = amd64_src(e, b, RA_SCRATCH2);
    amd64_ins(e, "CMPQ %s, %s", amd64_regname[ra], y.s);
}

static void emit_setcc(Emit *e, Value *v) {
    emit_cmp(e, v);
    int d = amd64_dst_reg(v);
    amd64_ins(e, "SET%s %s", cond(v->op, v->sign, false), amd64_regname8[d]);
    amd64_ins(e, "MOVBLZX %s, %s", amd64_regname8[d], amd64_regname[d]);
    amd64_finish(e, v, d);
}

/* ---- arithmetic ---- */

static const char *alu_name(SsaOp op) {
    switch (op) {
    case SSA_ADD: return "ADDQ";
    case SSA_SUB: return "SUBQ";
    case SSA_MUL: return "IMULQ";
    case SSA_AND: return "ANDQ";
    case SSA_OR: return "ORQ";
    case SSA_XOR: return "XORQ";
    case SSA_SHL: return "SHLQ";
    default: return NULL;
    }
}

/* d = x op y on a two-address machine. */
static void emit_binop(Emit *e, Value *v, const char *mn) {
    Value *x = v->args[0];
    int d = amd64_dst_reg(v);
    if (v->imm) {
        if (v->op == SSA_MUL) {
            Opnd xs = amd64_src(e, x, RA_SCRATCH2);
            if (xs.s[0] == '$')
                xs = amd64_reg(amd64_in_reg(e, x, RA_SCRATCH2));
            amd64_ins(e, "IMUL3Q $%lld, %s, %s", (long long)v->aux2, xs.s, amd64_regname[d]);
        } else {
            amd64_to_reg(e, x, d);
            amd64_ins(e, "%s $%lld, %s", mn, (long long)v->aux2, amd64_regname[d]);
        }
        amd64_finish(e, v, d);
        return;
    }
    Value *y = v->args[1];
    bool y_in_d = y->loc.kind == LOC_REG && y->loc.reg == d;
    bool x_in_d = x->loc.kind == LOC_REG && x->loc.reg == d;
    if (y_in_d && !x_in_d) {
        if (ssa_opinfo[v->op].commutative) {
            amd64_ins(e, "%s %s, %s", mn, amd64_src(e, x, RA_SCRATCH2).s, amd64_regname[d]);
            amd64_finish(e, v, d);
            return;
        }
        amd64_to_reg(e, x, RA_SCRATCH2);
        amd64_ins(e, "%s %s, R13", mn, amd64_regname[d]);
        amd64_finish(e, v, RA_SCRATCH2);
        return;
    }
    amd64_to_reg(e, x, d);
    amd64_ins(e, "%s %s, %s", mn, amd64_src(e, y, RA_SCRATCH2).s, amd64_regname[d]);
    amd64_finish(e, v, d);
}

static void emit_unary(Emit *e, Value *v, const char *ins) {
    int d = amd64_dst_reg(v);
    amd64_to_reg(e, v->args[0], d);
    amd64_ins(e, "%s %s", ins, amd64_regname[d]);
    amd64_finish(e, v, d);
}

static void emit_andnot(Emit *e, Value *v) {
    int d = amd64_dst_reg(v);
    amd64_to_reg(e, v->args[1], RA_SCRATCH2);
    amd64_ins(e, "NOTQ R13");
    amd64_to_reg(e, v->args[0], d);
    amd64_ins(e, "ANDQ R13, %s", amd64_regname[d]);
    amd64_finish(e, v, d);
}

static void emit_ext(Emit *e, Value *v) {
    static const char *const sx[] = {NULL, "MOVBQSX", "MOVWQSX", NULL, "MOVLQSX"};
    static const char *const zx[] = {NULL, "MOVBQZX", "MOVWQZX", NULL, "MOVL"};
    int d = amd64_dst_reg(v);
    Value *x = v->args[0];
    Opnd s = amd64_src(e, x, RA_SCRATCH2);
    if (s.s[0] == '$')
        s = amd64_reg(amd64_in_reg(e, x, RA_SCRATCH2));
    const char *mn = (v->sign ? sx : zx)[v->aux];
    if (!strcmp(mn, "MOVL") && x->loc.kind == LOC_REG)
        amd64_ins(e, "MOVL %s, %s", s.s, amd64_regname[d]);
    else
        amd64_ins(e, "%s %s, %s", mn, s.s, amd64_regname[d]);
    amd64_finish(e, v, d);
}

/* Quotient (AX) or remainder (DX) with IDIVQ/DIVQ; the caller has already
 * branched to runtime.panicdivide for a zero divisor. x / -1 is handled
 * without the instruction, which would trap on MinInt64 / -1. */
static void emit_div(Emit *e, Value *v) {
    Opnd y;
    Value *yv = v->imm ? NULL : v->args[1];
    if (v->imm)
        y = amd64_reg(RA_SCRATCH), amd64_ins(e, "MOVQ $%lld, R12", (long long)v->aux2);
    else if (yv->loc.kind == LOC_REG && (yv->loc.reg == REG_AX || yv->loc.reg == REG_DX))
        amd64_to_reg(e, yv, RA_SCRATCH), y = amd64_reg(RA_SCRATCH);
    else if (yv->loc.kind == LOC_REMAT)
        y = amd64_reg(amd64_in_reg(e, yv, RA_SCRATCH));
    else
        y = amd64_src(e, yv, RA_SCRATCH);
    amd64_to_reg(e, v->args[0], REG_AX);
    bool mod = v->op == SSA_MOD;
    bool minus1 = v->sign && v->width == 8 && (!v->imm || v->aux2 == -1);
    if (minus1) {
        amd64_ins(e, "CMPQ %s, $-1", y.s);
        amd64_ins(e, "JEQ v%d_neg", v->id);
    }
    if (v->sign)
        amd64_ins(e, "CQO"), amd64_ins(e, "IDIVQ %s", y.s);
    else
        amd64_ins(e, "XORL DX, DX"), amd64_ins(e, "DIVQ %s", y.s);
    if (minus1) {
        amd64_ins(e, "JMP v%d_done", v->id);
        amd64_label(e, "v%d_neg", v->id);
        amd64_ins(e, mod ? "XORL DX, DX" : "NEGQ AX");
        amd64_label(e, "v%d_done", v->id);
    }
    amd64_finish(e, v, mod ? REG_DX : REG_AX);
}

/* x << s, x >> s with a count in CX; counts >= 64 give 0 (or the sign). */
static void emit_shift(Emit *e, Value *v) {
    Value *x = v->args[0], *s = v->args[1];
    bool sar = v->op == SSA_SHR && v->sign;
    const char *mn = v->op == SSA_SHL ? "SHLQ" : sar ? "SARQ" : "SHRQ";
    if (v->imm) {
        int d = amd64_dst_reg(v);
        amd64_to_reg(e, x, d);
        amd64_ins(e, "%s $%lld, %s", mn, (long long)v->aux2, amd64_regname[d]);
        amd64_finish(e, v, d);
        return;
    }
    /* shift in v's register unless that is CX or holds the count */
    int r = amd64_dst_reg(v);
    if (r == REG_CX || (s->loc.kind == LOC_REG && s->loc.reg == r))
        r = RA_SCRATCH;
    amd64_to_reg(e, x, r);      /* first: x may sit in CX */
    amd64_to_reg(e, s, REG_CX);
    const char *rn = amd64_regname[r];
    amd64_ins(e, "CMPQ CX, $64");
    amd64_ins(e, "SBBQ R13, R13");
    if (sar) {
        amd64_ins(e, "NOTQ R13");
        amd64_ins(e, "ORQ R13, CX");
        amd64_ins(e, "SARQ CX, %s", rn);
    } else {
        amd64_ins(e, "%s CX, %s", mn, rn);
        amd64_ins(e, "ANDQ R13, %s", rn);
    }
    amd64_finish(e, v, r);
}

/* ---- memory ---- */

static Opnd address(Emit *e, Value *v) {
    Opnd o;
    if (v->sym) {
        Buf b = {0};
        ssa_put_symbol(&b, v->sym);
        if (v->aux)
            buf_printf(&b, "%+lld", (long long)v->aux);
        buf_puts(&b, "(SB)");
        if (b.len >= sizeof o.s)
            diag_fatal("gocc: internal error: symbol operand longer than %zu bytes: %.60s...", sizeof o.s - 1,
                       buf_cstr(&b));
        snprintf(o.s, sizeof o.s, "%s", buf_cstr(&b));
        buf_free(&b);
        return o;
    }
    Value *a = v->args[0];
    int64_t disp = v->aux;
    int base;
    if (a->op == SSA_ADDR && a->sym == ssa_sym_stk) {   /* a stack object: SP-relative */
        base = REG_SP;
        disp += e->f->stkbase + a->aux;
    } else
        base = amd64_in_reg(e, a, RA_SCRATCH);
    int nidx = v->op == SSA_STORE ? v->nargs - 2 : v->nargs - 1;
    char off[32] = "";
    if (disp)
        snprintf(off, sizeof off, "%lld", (long long)disp);
    if (nidx > 0) {
        int idx = amd64_in_reg(e, v->args[1], RA_SCRATCH2);
        snprintf(o.s, sizeof o.s, "%s(%s)(%s*1)", off, amd64_regname[base], amd64_regname[idx]);
    } else
        snprintf(o.s, sizeof o.s, "%s(%s)", off, amd64_regname[base]);
    return o;
}

static void emit_load(Emit *e, Value *v) {
    if (v->flt) {
        Opnd a = address(e, v);
        int d = amd64_fdst_reg(v);
        amd64_ins(e, "%s %s, %s", v->mwidth == 4 ? "MOVSS" : "MOVSD", a.s, amd64_regname[d]);
        amd64_finish(e, v, d);
        return;
    }
    static const char *const sx[] = {NULL, "MOVBQSX", "MOVWQSX", NULL, "MOVLQSX", 0, 0, 0, "MOVQ"};
    static const char *const zx[] = {NULL, "MOVBQZX", "MOVWQZX", NULL, "MOVL", 0, 0, 0, "MOVQ"};
    Opnd a = address(e, v);
    int d = amd64_dst_reg(v);
    amd64_ins(e, "%s %s, %s", (v->sign ? sx : zx)[v->mwidth], a.s, amd64_regname[d]);
    amd64_finish(e, v, d);
}

static void emit_store(Emit *e, Value *v) {
    static const char sfx[] = {0, 'B', 'W', 0, 'L', 0, 0, 0, 'Q'};
    Value *x = v->args[v->nargs - 1];
    Opnd a = address(e, v);
    if (x->loc.kind == LOC_REMAT && x->op == SSA_CONST && ssa_fits_int32(x->aux)) {
        amd64_ins(e, "MOV%c $%lld, %s", sfx[v->mwidth], (long long)x->aux, a.s);
        return;
    }
    if (x->flt) {
        int r = amd64_in_reg(e, x, RA_XSCRATCH);
        amd64_ins(e, "%s %s, %s", v->mwidth == 4 ? "MOVSS" : "MOVSD", amd64_regname[r], a.s);
        return;
    }
    int used = v->sym ? REG_NONE : RA_SCRATCH;
    int r = amd64_in_reg(e, x, used == RA_SCRATCH ? RA_SCRATCH2 : RA_SCRATCH);
    const char *rn = v->mwidth == 1 ? amd64_regname8[r] : amd64_regname[r];
    amd64_ins(e, "MOV%c %s, %s", sfx[v->mwidth], rn, a.s);
}

/* ---- calls ---- */

static void emit_call(Emit *e, Block *b, int j) {
    Value *v = b->vals[j];
    Move m[ABI_MAX_WORDS + 1];
    for (int k = 0; k < v->nargs; k++)
        m[k] = (Move){v->args[k], REG_NONE, {LOC_REG, amd64_call_arg_reg(v, k), 0}};
    amd64_parallel_move(e, m, v->nargs);
    if (v->closure) {   /* DX = the funcval; a nil one faults here */
        amd64_ins(e, "MOVQ (DX), R12");
        amd64_ins(e, "CALL R12");
    } else {
        Buf sym = {0};
        ssa_put_symbol(&sym, v->sym);
        amd64_ins(e, "CALL %s(SB)", buf_cstr(&sym));
        buf_free(&sym);
    }
    if (b->kind == BK_EXIT && j == b->nvals - 1) {
        amd64_ins(e, "UD2");
        return;
    }
    if (v->aux == SSA_ABI_0)     /* ABI0 code keeps g only in TLS */
        amd64_ins(e, "MOVQ (TLS), R14");
    if (v->aux == SSA_ABI_C || v->aux == SSA_ABI_0)
        amd64_ins(e, "XORPS X15, X15");
    int n = 0;
    for (int k = j + 1; k < b->nvals && b->vals[k]->op == SSA_SELECT && b->vals[k]->args[0] == v; k++) {
        Value *s = b->vals[k];
        m[n++] = (Move){NULL, amd64_value_reg(s), s->loc};
    }
    amd64_parallel_move(e, m, n);
}

/* ---- values ---- */

/* A value that produces a result in v->loc. */
static void emit_result(Emit *e, Value *v) {
    switch (v->op) {
    case SSA_CONST:
    case SSA_ADDR:
        if (v->loc.kind != LOC_REMAT) {
            amd64_remat(e, v, amd64_dst_reg(v));
            amd64_finish(e, v, amd64_dst_reg(v));
        }
        return;
    case SSA_COPY: {
        Move m = {v->args[0], REG_NONE, v->loc};
        amd64_parallel_move(e, &m, 1);
        return;
    }
    case SSA_SHL:
    case SSA_SHR: emit_shift(e, v); return;
    case SSA_DIV:
    case SSA_MOD: emit_div(e, v); return;
    case SSA_ANDNOT: emit_andnot(e, v); return;
    case SSA_NEG: emit_unary(e, v, "NEGQ"); return;
    case SSA_COM: emit_unary(e, v, "NOTQ"); return;
    case SSA_NOT: emit_unary(e, v, "XORQ $1,"); return;
    case SSA_EXT: emit_ext(e, v); return;
    case SSA_LOAD: emit_load(e, v); return;
    default:
        if (amd64_float_value(e, v))
            return;
        if (is_compare(v->op))
            emit_setcc(e, v);
        else if (alu_name(v->op))
            emit_binop(e, v, alu_name(v->op));
        return;
    }
}

static void emit_value(Emit *e, Block *b, int j) {
    Value *v = b->vals[j];
    if (v->pos.line)
        e->line = v->pos.line;
    if (v->op == SSA_CALL)
        emit_call(e, b, j);
    else if (v->op == SSA_STORE)
        emit_store(e, v);
    else if (v->fused)
        emit_cmp(e, v);     /* the block's branch uses the flags */
    else if (v->loc.kind != LOC_NONE)
        emit_result(e, v);
    /* else: an unused result, or an ARG/SELECT/PHI written by a parallel move */
}

/* ---- blocks ---- */

static void emit_phi_moves(Emit *e, Block *b) {
    if (b->nsucc != 1)
        return;
    Block *s = b->succ[0];
    int k = ssa_pred_index(s, b), n = 0;
    Move *m = ARENA_NEWN(e->f->arena, Move, s->nvals + 1);
    for (int j = 0; j < s->nvals && s->vals[j]->op == SSA_PHI; j++) {
        Value *p = s->vals[j];
        if (p->loc.kind != LOC_NONE)
            m[n++] = (Move){p->args[k], REG_NONE, p->loc};
    }
    amd64_parallel_move(e, m, n);
}

static Block *next_block(Emit *e, Block *b) {
    int i = b->order + 1;
    return i < e->f->nblocks ? e->f->blocks[i] : NULL;
}

static void emit_branch(Emit *e, Block *b) {
    Block *next = next_block(e, b), *t = b->succ[0], *f = b->succ[1];
    Value *c = b->ctl;
    const char *cc, *ncc;
    if (c->fused) {
        cc = cond(c->op, c->sign, false);
        ncc = cond(c->op, c->sign, true);
    } else {
        if (c->loc.kind == LOC_REG)
            amd64_ins(e, "TESTQ %s, %s", amd64_regname[c->loc.reg], amd64_regname[c->loc.reg]);
        else
            amd64_ins(e, "CMPQ %s, $0", amd64_src(e, c, RA_SCRATCH).s);
        cc = "NE";
        ncc = "EQ";
    }
    if (next == t)
        amd64_ins(e, "J%s b%d", ncc, f->id);
    else if (next == f)
        amd64_ins(e, "J%s b%d", cc, t->id);
    else {
        amd64_ins(e, "J%s b%d", cc, t->id);
        amd64_ins(e, "JMP b%d", f->id);
    }
}

static void emit_return(Emit *e, Block *b) {
    Move m[ABI_MAX_WORDS + 1];
    for (int k = 0; k < b->nrets && k < ABI_MAX_WORDS; k++)
        m[k] = (Move){b->rets[k], REG_NONE, {LOC_REG, amd64_word_reg(SSA_ABI_INTERNAL, b->rets, k, true), 0}};
    amd64_parallel_move(e, m, b->nrets);
    amd64_ins(e, "RET");
}

/* A jump to a block that only returns becomes the return itself. */
static bool is_bare_return(Block *b) { return b->kind == BK_RET && b->nvals == 0; }

static void emit_block_end(Emit *e, Block *b) {
    if (b->kind == BK_PLAIN) {
        Block *s = b->succ[0];
        emit_phi_moves(e, b);
        if (next_block(e, b) == s)
            return;
        if (is_bare_return(s)) {
            if (s->pos.line)
                e->line = s->pos.line;
            emit_return(e, s);
        } else
            amd64_ins(e, "JMP b%d", s->id);
    } else if (b->kind == BK_IF)
        emit_branch(e, b);
    else if (b->kind == BK_RET)
        emit_return(e, b);
}

/* Does some block jump (rather than fall) to b? */
static bool needs_label(Emit *e, Block *b) {
    for (int i = 0; i < b->npreds; i++) {
        Block *p = b->preds[i];
        bool falls = next_block(e, p) == b;
        if (p->kind == BK_PLAIN && !falls && !is_bare_return(b))
            return true;
        if (p->kind == BK_IF && (!falls || p->succ[0] == p->succ[1]))
            return true;
    }
    return false;
}

static void emit_entry(Emit *e) {
    Block *b = e->f->blocks[0];
    Move m[ABI_MAX_WORDS + 1];
    int n = 0;
    for (int j = 0; j < b->nvals && b->vals[j]->op == SSA_ARG && n < ABI_MAX_WORDS + 1; j++) {
        Value *v = b->vals[j];
        if (v->loc.kind != LOC_NONE)
            m[n++] = (Move){NULL, amd64_value_reg(v), v->loc};
    }
    amd64_parallel_move(e, m, n);
}

void amd64_emit(SsaFunc *f, Buf *out) {
    Emit e = {f, out, f->pos.file, f->pos.line + 1, f->pos.line};
    Buf sym = {0};
    ssa_put_symbol(&sym, f->name);
    buf_printf(out, "\n#line %d \"%s\"\n", f->pos.line, f->pos.file ? f->pos.file : "?");
    buf_printf(out, "TEXT %s(SB), %s%s%s%sABIInternal, $%d-%d\n", buf_cstr(&sym), f->nosplit ? "NOSPLIT|" : "",
               f->needctxt ? "NEEDCTXT|" : "", f->wrapper ? "WRAPPER|" : "", f->dupok ? "DUPOK|" : "",
               f->framesize, 8 * f->nargs);
    buf_free(&sym);
    emit_entry(&e);
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        if (i > 0 && needs_label(&e, b))
            amd64_label(&e, "b%d", b->id);
        for (int j = 0; j < b->nvals; j++)
            emit_value(&e, b, j);
        if (b->kind == BK_IF && b->ctl->pos.line)
            e.line = b->ctl->pos.line;
        else if (b->kind == BK_RET && b->pos.line)
            e.line = b->pos.line;
        emit_block_end(&e, b);
    }
}
