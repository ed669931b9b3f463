/* amd64_move.c - operands and data movement for the amd64 emitter:
 * printing a value's location as an operand, materialising constants and
 * addresses, #line bookkeeping, and parallel moves (the copies at calls,
 * function entry, returns and phi edges), which break cycles through R13
 * and route memory-to-memory copies through R12. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "amd64.h"

static void put_line(Emit *e) {
    if (e->line <= 0 || e->line == e->nextline)
        return;
    const char *file = e->f->pos.file;
    if (file && file != e->file) {
        buf_printf(e->out, "#line %d \"%s\"\n", e->line, file);
        e->file = file;
    } else
        buf_printf(e->out, "#line %d\n", e->line);
    e->nextline = e->line;
}

void amd64_ins(Emit *e, const char *fmt, ...) {
    put_line(e);
    va_list ap;
    va_start(ap, fmt);
    char tmp[2600];     /* an opcode and up to two Opnds */
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof tmp)
        diag_fatal("gocc: internal error: instruction text longer than %zu bytes", sizeof tmp - 1);
    char *sp = strchr(tmp, ' ');
    buf_putc(e->out, '\t');
    if (sp) {
        buf_append(e->out, tmp, (size_t)(sp - tmp));
        buf_printf(e->out, "\t%s\n", sp + 1);
    } else
        buf_printf(e->out, "%s\n", tmp);
    if (e->nextline)
        e->nextline++;
}

void amd64_label(Emit *e, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[64];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    buf_printf(e->out, "%s:\n", tmp);
    if (e->nextline)
        e->nextline++;
}

Opnd amd64_reg(int r) {
    Opnd o;
    snprintf(o.s, sizeof o.s, "%s", amd64_regname[r]);
    return o;
}

static Opnd stack_opnd(int off) {
    Opnd o;
    snprintf(o.s, sizeof o.s, "%d(SP)", off);
    return o;
}

/* The symbol operand sym+off(SB), quoted when needed. */
static Opnd sym_opnd(Emit *e, const char *sym, int64_t off) {
    Opnd o;
    if (sym == ssa_sym_stk)     /* stack objects (escape.c) */
        return stack_opnd((int)(e->f->stkbase + off));
    if (sym == ssa_sym_sp || sym == ssa_sym_fp) {   /* argument areas (ssa_abi.c) */
        snprintf(o.s, sizeof o.s, sym == ssa_sym_sp ? "%lld(SP)" : "arg+%lld(FP)", (long long)off);
        return o;
    }
    Buf b = {0};
    ssa_put_symbol(&b, sym);
    if (off)
        buf_printf(&b, "%+lld", (long long)off);
    buf_puts(&b, "(SB)");
    snprintf(o.s, sizeof o.s, "%s", buf_cstr(&b));
    buf_free(&b);
    return o;
}

static void const_to_reg(Emit *e, int64_t c, int r) {
    const char *n = amd64_regname[r];
    if (c == 0)
        amd64_ins(e, "XORL %s, %s", n, n);
    else if (c > 0 && c <= UINT32_MAX)
        amd64_ins(e, "MOVL $%lld, %s", (long long)c, n);
    else
        amd64_ins(e, "MOVQ $%lld, %s", (long long)c, n);
}

/* Materialises a constant or address value into r. */
void amd64_remat(Emit *e, Value *v, int r) {
    if (v->op == SSA_CONST && v->flt && REG_IS_X(r))
        amd64_ins(e, "%s %s, %s", v->width == 4 ? "MOVSS" : "MOVSD", amd64_fconst(v).s, amd64_regname[r]);
    else if (v->op == SSA_CONST)
        const_to_reg(e, v->aux, r);
    else if (v->op == SSA_ADDR)
        amd64_ins(e, "LEAQ %s, %s", sym_opnd(e, v->sym, v->aux).s, amd64_regname[r]);
    else
        diag_fatal("internal error: cannot rematerialise v%d", v->id);
}

Opnd amd64_src(Emit *e, Value *v, int scratch) {
    switch (v->loc.kind) {
    case LOC_REG: return amd64_reg(v->loc.reg);
    case LOC_STACK: return stack_opnd(v->loc.off);
    default:
        if (v->op == SSA_CONST && v->flt)
            return amd64_fconst(v);
        if (v->op == SSA_CONST && ssa_fits_int32(v->aux)) {
            Opnd o;
            snprintf(o.s, sizeof o.s, "$%lld", (long long)v->aux);
            return o;
        }
        amd64_remat(e, v, scratch);
        return amd64_reg(scratch);
    }
}

int amd64_in_reg(Emit *e, Value *v, int scratch) {
    if (v->loc.kind == LOC_REG)
        return v->loc.reg;
    amd64_to_reg(e, v, scratch);
    return scratch;
}

void amd64_to_reg(Emit *e, Value *v, int r) {
    if (v->loc.kind == LOC_REG) {
        if (v->loc.reg != r)
            amd64_ins(e, "MOVQ %s, %s", amd64_regname[v->loc.reg], amd64_regname[r]);
    } else if (v->loc.kind == LOC_STACK)
        amd64_ins(e, "MOVQ %d(SP), %s", v->loc.off, amd64_regname[r]);
    else
        amd64_remat(e, v, r);
}

int amd64_dst_reg(Value *v) { return v->loc.kind == LOC_REG ? v->loc.reg : RA_SCRATCH; }

int amd64_fdst_reg(Value *v) { return v->loc.kind == LOC_REG ? v->loc.reg : RA_XSCRATCH; }

void amd64_finish(Emit *e, Value *v, int r) {
    if (v->loc.kind == LOC_STACK)
        amd64_ins(e, "MOVQ %s, %d(SP)", amd64_regname[r], v->loc.off);
    else if (v->loc.kind == LOC_REG && v->loc.reg != r)
        amd64_ins(e, "MOVQ %s, %s", amd64_regname[r], amd64_regname[v->loc.reg]);
}

/* ---- parallel moves ---- */

static bool loc_eq(Loc a, Loc b) {
    if (a.kind != b.kind)
        return false;
    return a.kind == LOC_REG ? a.reg == b.reg : a.kind == LOC_STACK ? a.off == b.off : false;
}

static Loc src_loc(Move *m) {
    if (m->srcv)
        return m->srcv->loc;
    return (Loc){LOC_REG, m->srcreg, 0};
}

static void emit_move(Emit *e, Move *m) {
    Loc s = src_loc(m);
    if (m->dst.kind == LOC_REG) {
        if (m->srcv)
            amd64_to_reg(e, m->srcv, m->dst.reg);
        else
            amd64_ins(e, "MOVQ %s, %s", amd64_regname[m->srcreg], amd64_regname[m->dst.reg]);
        return;
    }
    if (s.kind == LOC_REMAT && m->srcv->op == SSA_CONST && ssa_fits_int32(m->srcv->aux)) {
        amd64_ins(e, "MOVQ $%lld, %d(SP)", (long long)m->srcv->aux, m->dst.off);
        return;
    }
    int r = s.kind == LOC_REG ? s.reg : RA_SCRATCH;
    if (s.kind != LOC_REG)
        amd64_to_reg(e, m->srcv, r);
    amd64_ins(e, "MOVQ %s, %d(SP)", amd64_regname[r], m->dst.off);
}

/* Is location l read by a pending move other than skip? */
static bool is_source(Move *m, const bool *done, int n, Loc l, int skip) {
    for (int i = 0; i < n; i++)
        if (!done[i] && i != skip && loc_eq(src_loc(&m[i]), l))
            return true;
    return false;
}

void amd64_parallel_move(Emit *e, Move *m, int n) {
    bool *done = ARENA_NEWN(e->f->arena, bool, n + 1);
    int left = 0;
    for (int i = 0; i < n; i++) {
        if (m[i].dst.kind == LOC_NONE || loc_eq(src_loc(&m[i]), m[i].dst))
            done[i] = true;
        else
            left++;
    }
    while (left) {
        bool progress = false;
        for (int i = 0; i < n; i++) {
            if (done[i] || is_source(m, done, n, m[i].dst, i))
                continue;
            emit_move(e, &m[i]);
            done[i] = true;
            left--;
            progress = true;
        }
        if (progress)
            continue;
        /* every pending destination is still needed as a source: a cycle */
        for (int i = 0; i < n; i++) {
            if (done[i])
                continue;
            Loc s = src_loc(&m[i]);
            if (s.kind == LOC_REG)
                amd64_ins(e, "MOVQ %s, R13", amd64_regname[s.reg]);
            else
                amd64_ins(e, "MOVQ %d(SP), R13", s.off);
            m[i].srcv = NULL;
            m[i].srcreg = RA_SCRATCH2;
            break;
        }
    }
}
