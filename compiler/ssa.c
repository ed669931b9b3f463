/* ssa.c - the SSA data structures' constructors, the op table, the text dump
 * (`-d ssa`) and the verifier run between passes. All memory comes from the
 * function's arena; growable arrays double inside the arena. */
#include <stdio.h>
#include <string.h>

#include "ssa.h"

const SsaOpInfo ssa_opinfo[SSA_NUM_OPS] = {
    [SSA_INVALID] = {"Invalid", 0, 0, 0},
    [SSA_CONST] = {"Const", 0, 1, 1},   [SSA_ADDR] = {"Addr", 0, 1, 1},
    [SSA_ARG] = {"Arg", 0, 1, 1},       [SSA_COPY] = {"Copy", 0, 1, 1},
    [SSA_PHI] = {"Phi", 0, 1, 1},       [SSA_UNDEF] = {"Undef", 0, 1, 1},
    [SSA_ADD] = {"Add", 1, 1, 1},       [SSA_SUB] = {"Sub", 0, 1, 1},
    [SSA_MUL] = {"Mul", 1, 1, 1},       [SSA_DIV] = {"Div", 0, 1, 1},
    [SSA_MOD] = {"Mod", 0, 1, 1},       [SSA_AND] = {"And", 1, 1, 1},
    [SSA_OR] = {"Or", 1, 1, 1},         [SSA_XOR] = {"Xor", 1, 1, 1},
    [SSA_ANDNOT] = {"AndNot", 0, 1, 1}, [SSA_SHL] = {"Shl", 0, 1, 1},
    [SSA_SHR] = {"Shr", 0, 1, 1},       [SSA_NEG] = {"Neg", 0, 1, 1},
    [SSA_COM] = {"Com", 0, 1, 1},       [SSA_NOT] = {"Not", 0, 1, 1},
    [SSA_EXT] = {"Ext", 0, 1, 1},       [SSA_EQ] = {"Eq", 1, 1, 1},
    [SSA_NE] = {"Ne", 1, 1, 1},         [SSA_LT] = {"Lt", 0, 1, 1},
    [SSA_LE] = {"Le", 0, 1, 1},         [SSA_GT] = {"Gt", 0, 1, 1},
    [SSA_GE] = {"Ge", 0, 1, 1},         [SSA_LOAD] = {"Load", 0, 1, 1},
    [SSA_STORE] = {"Store", 0, 0, 0},   [SSA_CALL] = {"Call", 0, 0, 0},
    [SSA_SELECT] = {"Select", 0, 1, 1}, [SSA_NOP] = {"Nop", 0, 1, 0},
    [SSA_FADD] = {"FAdd", 0, 1, 1},     [SSA_FSUB] = {"FSub", 0, 1, 1},
    [SSA_FMUL] = {"FMul", 0, 1, 1},     [SSA_FDIV] = {"FDiv", 0, 1, 1},
    [SSA_FNEG] = {"FNeg", 0, 1, 1},     [SSA_FEQ] = {"FEq", 0, 1, 1},
    [SSA_FNE] = {"FNe", 0, 1, 1},       [SSA_FLT] = {"FLt", 0, 1, 1},
    [SSA_FLE] = {"FLe", 0, 1, 1},       [SSA_FGT] = {"FGt", 0, 1, 1},
    [SSA_FGE] = {"FGe", 0, 1, 1},       [SSA_CVT] = {"Cvt", 0, 1, 1},
};

const char *const amd64_regname[REG_COUNT] = {
    "AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI",
    "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
    "X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7",
    "X8", "X9", "X10", "X11", "X12", "X13", "X14", "X15",
};
const char *const amd64_regname8[REG_COUNT] = {
    "AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB",
    "R8B", "R9B", "R10B", "R11B", "R12B", "R13B", "R14B", "R15B",
};

/* Grows an arena array of pointers to hold one more element. */
static void **grow(Arena *a, void **items, int len, int *cap) {
    if (len < *cap)
        return items;
    int ncap = *cap ? *cap * 2 : 4;
    void **n = ARENA_NEWN(a, void *, ncap);
    if (len)
        memcpy(n, items, sizeof(void *) * (size_t)len);
    *cap = ncap;
    return n;
}

SsaFunc *ssa_new_func(Arena *a, const char *name, Pos pos) {
    SsaFunc *f = ARENA_NEW(a, SsaFunc);
    f->arena = a;
    f->name = name;
    f->pos = pos;
    return f;
}

Block *ssa_new_block(SsaFunc *f, BlockKind kind) {
    Block *b = ARENA_NEW(f->arena, Block);
    b->id = f->nextblock++;
    b->kind = kind;
    f->blocks = (Block **)grow(f->arena, (void **)f->blocks, f->nblocks, &f->capblocks);
    f->blocks[f->nblocks++] = b;
    return b;
}

void ssa_append(SsaFunc *f, Block *b, Value *v) {
    b->vals = (Value **)grow(f->arena, (void **)b->vals, b->nvals, &b->capvals);
    b->vals[b->nvals++] = v;
    v->block = b;
}

Value *ssa_new_value(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos) {
    Value *v = ARENA_NEW(f->arena, Value);
    v->id = f->nvalues++;
    v->op = op;
    v->width = (uint8_t)width;
    v->pos = pos;
    v->hint = REG_NONE;
    if (b)
        ssa_append(f, b, v);
    return v;
}

void ssa_add_arg(SsaFunc *f, Value *v, Value *arg) {
    v->args = (Value **)grow(f->arena, (void **)v->args, v->nargs, &v->capargs);
    v->args[v->nargs++] = arg;
}

Value *ssa_value0(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos) {
    return ssa_new_value(f, b, op, width, pos);
}

Value *ssa_value1(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos, Value *x) {
    Value *v = ssa_new_value(f, b, op, width, pos);
    ssa_add_arg(f, v, x);
    return v;
}

Value *ssa_value2(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos, Value *x, Value *y) {
    Value *v = ssa_value1(f, b, op, width, pos, x);
    ssa_add_arg(f, v, y);
    return v;
}

Value *ssa_const(SsaFunc *f, Block *b, int64_t c, Pos pos) {
    Value *v = ssa_new_value(f, b, SSA_CONST, 8, pos);
    v->aux = c;
    return v;
}

void ssa_add_pred(SsaFunc *f, Block *to, Block *from) {
    to->preds = (Block **)grow(f->arena, (void **)to->preds, to->npreds, &to->cappreds);
    to->preds[to->npreds++] = from;
}

void ssa_add_edge(SsaFunc *f, Block *from, Block *to) {
    if (from->nsucc >= 2)
        diag_fatal("internal error: block b%d gets a third successor", from->id);
    from->succ[from->nsucc++] = to;
    ssa_add_pred(f, to, from);
}

void ssa_set_rets(SsaFunc *f, Block *b, Value **rets, int n) {
    b->rets = ARENA_NEWN(f->arena, Value *, n ? n : 1);
    memcpy(b->rets, rets, sizeof(Value *) * (size_t)n);
    b->nrets = n;
}

void ssa_replace_succ(Block *b, Block *old, Block *nw) {
    for (int i = 0; i < b->nsucc; i++)
        if (b->succ[i] == old)
            b->succ[i] = nw;
}

void ssa_replace_pred(Block *b, Block *old, Block *nw) {
    for (int i = 0; i < b->npreds; i++)
        if (b->preds[i] == old)
            b->preds[i] = nw;
}

int ssa_pred_index(Block *b, Block *pred) {
    for (int i = 0; i < b->npreds; i++)
        if (b->preds[i] == pred)
            return i;
    return -1;
}

Value *ssa_resolve(Value *v) {
    while (v->op == SSA_COPY)
        v = v->args[0];
    return v;
}

void ssa_count_uses(SsaFunc *f) {
    for (int i = 0; i < f->nblocks; i++)
        for (int j = 0; j < f->blocks[i]->nvals; j++)
            f->blocks[i]->vals[j]->uses = 0;
    for (int i = 0; i < f->nblocks; i++) {
        Block *b = f->blocks[i];
        for (int j = 0; j < b->nvals; j++)
            for (int k = 0; k < b->vals[j]->nargs; k++)
                b->vals[j]->args[k]->uses++;
        if (b->ctl)
            b->ctl->uses++;
        for (int k = 0; k < b->nrets; k++)
            b->rets[k]->uses++;
    }
}

bool ssa_fits_int32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* ---- dump ---- */

static void dump_value(Value *v, Buf *out) {
    buf_printf(out, "    v%d = %s", v->id, ssa_opinfo[v->op].name);
    if (v->width)
        buf_printf(out, "<%s%d>", v->flt ? "f" : v->sign ? "i" : "u", v->width * 8);
    if (v->mwidth)
        buf_printf(out, " [w%d]", v->mwidth);
    for (int i = 0; i < v->nargs; i++)
        buf_printf(out, " v%d", v->args[i]->id);
    if (v->imm)
        buf_printf(out, " $%lld", (long long)v->aux2);
    if (v->op == SSA_CONST || v->op == SSA_ARG || v->op == SSA_EXT || v->op == SSA_SELECT || v->op == SSA_CVT ||
        v->op == SSA_LOAD || v->op == SSA_STORE || v->op == SSA_ADDR)
        buf_printf(out, " [%lld]", (long long)v->aux);
    if (v->sym)
        buf_printf(out, " {%s}", v->sym);
    if (v->fused)
        buf_printf(out, " (flags)");
    if (v->loc.kind == LOC_REG)
        buf_printf(out, " : %s", amd64_regname[v->loc.reg]);
    else if (v->loc.kind == LOC_STACK)
        buf_printf(out, " : %d(SP)", v->loc.off);
    else if (v->loc.kind == LOC_REMAT)
        buf_printf(out, " : remat");
    if (v->pos.line)
        buf_printf(out, " (%d)", v->pos.line);
    buf_putc(out, '\n');
}

static void dump_block(Block *b, Buf *out) {
    static const char *kinds[] = {"Plain", "If", "Ret", "Exit"};
    buf_printf(out, "  b%d:", b->id);
    if (b->npreds) {
        buf_puts(out, " <-");
        for (int i = 0; i < b->npreds; i++)
            buf_printf(out, " b%d", b->preds[i]->id);
    }
    buf_putc(out, '\n');
    for (int i = 0; i < b->nvals; i++)
        dump_value(b->vals[i], out);
    buf_printf(out, "    %s", kinds[b->kind]);
    if (b->ctl)
        buf_printf(out, " v%d", b->ctl->id);
    for (int i = 0; i < b->nrets; i++)
        buf_printf(out, " v%d", b->rets[i]->id);
    for (int i = 0; i < b->nsucc; i++)
        buf_printf(out, " -> b%d", b->succ[i]->id);
    buf_putc(out, '\n');
}

void ssa_dump(SsaFunc *f, const char *pass, Buf *out) {
    buf_printf(out, "%s after %s:\n", f->name, pass);
    for (int i = 0; i < f->nblocks; i++)
        dump_block(f->blocks[i], out);
}

/* ---- verify ---- */

static _Noreturn void bad(SsaFunc *f, const char *pass, const char *what, int id) {
    if (f->dumpout)
        fwrite(f->dumpout->data, 1, f->dumpout->len, stdout);
    diag_fatal("internal error: SSA of %s broken after %s: %s (id %d)", f->name, pass, what, id);
}

static void verify_block(SsaFunc *f, Block *b, const char *pass, char *inf) {
    for (int i = 0; i < b->nvals; i++)
        b->vals[i]->lpos_verify = i;
    int want = b->kind == BK_PLAIN ? 1 : b->kind == BK_IF ? 2 : 0;
    if (b->nsucc != want)
        bad(f, pass, "wrong successor count", b->id);
    if ((b->kind == BK_IF) != (b->ctl != NULL))
        bad(f, pass, "control value mismatch", b->id);
    for (int i = 0; i < b->nsucc; i++)
        if (ssa_pred_index(b->succ[i], b) < 0)
            bad(f, pass, "successor does not list block as predecessor", b->id);
    for (int i = 0; i < b->npreds; i++) {
        Block *p = b->preds[i];
        if (p->succ[0] != b && (p->nsucc < 2 || p->succ[1] != b))
            bad(f, pass, "predecessor does not list block as successor", b->id);
        if (!inf[p->id])
            bad(f, pass, "predecessor not in function", b->id);
    }
    for (int i = 0; i < b->nvals; i++) {
        Value *v = b->vals[i];
        if (v->block != b)
            bad(f, pass, "value in wrong block", v->id);
        /* phis lead the block (trivial ones become copies until copyelim) */
        SsaOp prev = i > 0 ? b->vals[i - 1]->op : SSA_PHI;
        if (v->op == SSA_PHI && prev != SSA_PHI && prev != SSA_COPY)
            bad(f, pass, "phi after a non-phi value", v->id);
        for (int k = 0; k < v->nargs && v->op != SSA_PHI && v->op != SSA_COPY; k++) {
            Value *a = v->args[k];
            if (a->block == b && a->op != SSA_PHI && a->lpos_verify > i)
                bad(f, pass, "argument defined later in the block", v->id);
        }
        if (v->op == SSA_PHI && v->nargs != b->npreds)
            bad(f, pass, "phi argument count differs from predecessors", v->id);
        for (int k = 0; k < v->nargs; k++)
            if (!v->args[k] || (!ssa_opinfo[v->args[k]->op].result && v->op != SSA_SELECT))
                bad(f, pass, "argument is not a value", v->id);
    }
}

void ssa_verify(SsaFunc *f, const char *pass) {
    char *inf = arena_alloc(f->arena, (size_t)f->nextblock + 1);
    for (int i = 0; i < f->nblocks; i++)
        inf[f->blocks[i]->id] = 1;
    if (f->nblocks == 0)
        bad(f, pass, "no blocks", 0);
    for (int i = 0; i < f->nblocks; i++)
        verify_block(f, f->blocks[i], pass, inf);
}

/* ---- symbol names ---- */

/* Letters, digits, '_' and single dots between them (what the assembler's
 * identifiers accept); anything else is written in the quoted form. */
static bool plain_symbol(const char *s) {
    if (!*s || s[0] == '.' || s[strlen(s) - 1] == '.' || strstr(s, ".."))
        return false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.'))
            return false;
    }
    return true;
}

void ssa_put_symbol(Buf *out, const char *name) {
    if (plain_symbol(name)) {
        buf_puts(out, name);
        return;
    }
    buf_putc(out, '"');
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p == '"' || *p == '\\')
            buf_printf(out, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f)
            buf_printf(out, "\\x%02x", *p);
        else
            buf_putc(out, *p);
    }
    buf_putc(out, '"');
}

/* The argument-area markers for SSA_ADDR (see ssa.h and ssa_abi.c). */
const char ssa_sym_sp[] = "SP";
const char ssa_sym_fp[] = "FP";
const char ssa_sym_stk[] = "STK";
