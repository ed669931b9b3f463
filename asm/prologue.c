/* prologue.c - what Go's assembler adds around a TEXT body on amd64
 * (reference/asm-prologue.md): the BP frame slot, the automatic NOSPLIT
 * rule for small leaves, the stack-split check against g.stackguard0 (with
 * `MOVQ (TLS), R14` first in ABI0 code), the morestack call at the end,
 * the epilogue before every RET, and FP / pseudo-SP offset rewriting with
 * PUSHQ/POPQ/ADJSP tracking. */
#include <string.h>

#include "asm.h"

enum { STACK_SMALL = 128, STACK_BIG = 4096, G_STACKGUARD0 = 16, G_PANIC = 32 };

typedef struct PCtx {
    Asm *as;
    Text *t;
    Pos pos;
} PCtx;

static Prog *mk(PCtx *c, const char *op, int nargs) {
    Prog *p = ARENA_NEW(c->as->arena, Prog);
    p->op = intern(op);
    p->nargs = nargs;
    p->pos = c->pos;
    p->synth = 1;
    for (int i = 0; i < 3; i++)
        p->a[i].base = p->a[i].index = p->a[i].reg = REG_NONE;
    return p;
}
static Addr reg(int r) { return (Addr){.kind = A_REG, .reg = r, .base = REG_NONE, .index = REG_NONE}; }
static Addr imm(int64_t v) { return (Addr){.kind = A_IMM, .off = v, .reg = REG_NONE, .base = REG_NONE, .index = REG_NONE}; }
static Addr mem(int base, int64_t off) {
    return (Addr){.kind = A_MEM, .base = base, .off = off, .reg = REG_NONE, .index = REG_NONE};
}
static Prog *op2(PCtx *c, const char *op, Addr a, Addr b) {
    Prog *p = mk(c, op, 2);
    p->a[0] = a;
    p->a[1] = b;
    return p;
}
static Prog *branch(PCtx *c, const char *op, Prog *target) {
    Prog *p = mk(c, op, 1);
    p->a[0] = (Addr){.kind = A_BRANCH, .target = target, .reg = REG_NONE, .base = REG_NONE, .index = REG_NONE};
    return p;
}

/* ADJSP $v as Go encodes it: SUBQ $v, SP, or ADDQ $-v, SP when that is shorter/needed. */
static Prog *adjsp(Prog *p, int64_t v) {
    if (v == 0) {
        p->op = asm_op_NOP;
        p->nargs = 0;
    } else if (v == 0x80 || (v < 0 && v != -0x80)) {
        p->op = intern("ADDQ");
        p->nargs = 2;
        p->a[0] = imm(-v);
        p->a[1] = reg(REG_SP);
    } else {
        p->op = intern("SUBQ");
        p->nargs = 2;
        p->a[0] = imm(v);
        p->a[1] = reg(REG_SP);
    }
    p->spadj = (int)v;
    return p;
}

static int zero_arg_runtime_call(const Prog *p) {
    const Addr *a = &p->a[0];
    if (p->nargs != 1 || a->kind != A_MEM || !a->sym)
        return 0;
    const char *n = a->sym->name;
    return !strcmp(n, "runtime.panicdivide") || !strcmp(n, "runtime.panicwrap") || !strcmp(n, "runtime.panicshift") ||
           !strncmp(n, "runtime.panicIndex", 18) || !strncmp(n, "runtime.panicSlice", 18);
}

/* A singly linked run of new progs being built. */
typedef struct List {
    Prog *head, *tail;
} List;
static void add(List *l, Prog *p) {
    if (l->tail)
        l->tail->next = p;
    else
        l->head = p;
    l->tail = p;
}

static Prog *tls_g_load(PCtx *c) {
    if (!c->as->tlsg) {
        c->as->tlsg = asm_sym(c->as, "runtime.tlsg", 0, 0);
        c->as->tlsg->tls = 1;
    }
    return op2(c, "MOVQ", mem(REG_TLS, 0), reg(REG_R14));
}

/* Builds the stack check; returns the list and sets *jumps to the branches to morestack. */
static void stack_check(PCtx *c, List *l, int64_t framesize, Prog **jcs, Prog **jls) {
    if (c->t->abi != ABI_INTERNAL)
        add(l, tls_g_load(c));
    if (framesize <= STACK_SMALL) {
        add(l, op2(c, "CMPQ", reg(REG_SP), mem(REG_R14, G_STACKGUARD0)));
    } else if (framesize <= STACK_BIG) {
        add(l, op2(c, "LEAQ", mem(REG_SP, -(framesize - STACK_SMALL)), reg(REG_R12)));
        add(l, op2(c, "CMPQ", reg(REG_R12), mem(REG_R14, G_STACKGUARD0)));
    } else {
        add(l, op2(c, "MOVQ", reg(REG_SP), reg(REG_R12)));
        add(l, op2(c, "SUBQ", imm(framesize - STACK_SMALL), reg(REG_R12)));
        *jcs = branch(c, "JCS", NULL);
        add(l, *jcs);
        add(l, op2(c, "CMPQ", reg(REG_R12), mem(REG_R14, G_STACKGUARD0)));
    }
    *jls = branch(c, "JLS", NULL);
    add(l, *jls);
}

static void fix_frame_operands(Prog *p, int64_t deltasp, int64_t bpsize) {
    for (int i = 0; i < p->nargs; i++) {
        Addr *a = &p->a[i];
        if (a->kind != A_MEM && a->kind != A_ADDR)
            continue;
        if (a->name == N_AUTO)
            a->off += deltasp - bpsize;
        else if (a->name == N_PARAM)
            a->off += deltasp + 8;
    }
}

int asm_spadj_of(const Prog *p) {
    const char *o = p->op;
    if (!strcmp(o, "PUSHQ") || !strcmp(o, "PUSHFQ"))
        return 8;
    if (!strcmp(o, "POPQ") || !strcmp(o, "POPFQ"))
        return -8;
    if (!strcmp(o, "PUSHW") || !strcmp(o, "PUSHFW"))
        return 2;
    if (!strcmp(o, "POPW") || !strcmp(o, "POPFW"))
        return -2;
    return 0;
}

/* Walks the body: frame operand offsets, SP tracking, RET epilogues. */
static int body_pass(PCtx *c, int64_t autoffset, int64_t bpsize) {
    int64_t deltasp = 0;
    for (Prog *p = c->t->first; p; p = p->next) {
        fix_frame_operands(p, deltasp, bpsize);
        if (p->synth && p->spadj) {     /* prologue ADJSP */
            deltasp += p->spadj;
            continue;
        }
        if (!strcmp(p->op, "ADJSP")) {
            if (p->nargs != 1 || p->a[0].kind != A_IMM || p->a[0].off <= INT32_MIN || p->a[0].off > INT32_MAX) {
                diag_error(p->pos, "ADJSP: expected a 32-bit $constant");
                return -1;
            }
            adjsp(p, p->a[0].off);
            deltasp += p->spadj;
            continue;
        }
        if (asm_spadj_of(p)) {
            deltasp += asm_spadj_of(p);
            continue;
        }
        if (p->op != asm_op_RET || p->synth)
            continue;
        if (deltasp != autoffset) {
            diag_error(p->pos, "%s: unbalanced PUSH/POP", c->t->sym->name);
            return -1;
        }
        if (autoffset == 0)
            continue;
        /* RET -> [MOVQ off(SP), BP;] ADDQ $frame, SP; RET (p stays first: branches to RET land here) */
        c->pos = p->pos;
        Prog *ret = mk(c, "RET", 0);
        ret->next = p->next;
        if (bpsize > 0) {
            Prog *adj = adjsp(mk(c, "NOP", 0), -autoffset);
            adj->next = ret;
            p->op = intern("MOVQ");
            p->nargs = 2;
            p->a[0] = mem(REG_SP, autoffset - bpsize);
            p->a[1] = reg(REG_BP);
            p->next = adj;
        } else {
            adjsp(p, -autoffset);
            p->next = ret;
        }
        p = ret;
    }
    return 0;
}

/* WRAPPER: if g._panic != nil && g._panic.argp == FP { g._panic.argp = bottom of frame } */
static Prog *wrapper_entry(PCtx *c, List *l, Prog **jne) {
    add(l, op2(c, "MOVQ", mem(REG_R14, G_PANIC), reg(REG_R12)));
    add(l, op2(c, "TESTQ", reg(REG_R12), reg(REG_R12)));
    *jne = branch(c, "JNE", NULL);
    add(l, *jne);
    Prog *end = mk(c, "NOP", 0);
    add(l, end);
    return end;
}

static void wrapper_fixup(PCtx *c, List *l, int64_t autoffset, Prog *jne, Prog *end) {
    Prog *lea = op2(c, "LEAQ", mem(REG_SP, autoffset + 8), reg(REG_R13));
    jne->a[0].target = lea;
    add(l, lea);
    add(l, op2(c, "CMPQ", mem(REG_R12, 0), reg(REG_R13)));
    add(l, branch(c, "JNE", end));
    add(l, op2(c, "MOVQ", reg(REG_SP), mem(REG_R12, 0)));
    add(l, branch(c, "JMP", end));
}

static void append_list(Text *t, List *l) {
    if (!l->head)
        return;
    if (t->last)
        t->last->next = l->head;
    else
        t->first = l->head;
    t->last = l->tail;
}

/* Frame decisions of obj6.go's preprocess: the BP slot and the automatic NOSPLIT
 * of small leaves. Returns the real frame size; *bpsize gets 8 or 0. */
static int64_t frame_layout(Text *t, int64_t *bpsize) {
    int64_t autoffset = t->frame;
    int hascall = 0;
    for (Prog *p = t->first; p; p = p->next)
        if (p->op == asm_op_CALL)
            hascall = 1;
    *bpsize = 0;
    if (!(t->flags & FL_NOFRAME) && !(autoffset == 0 && (t->flags & FL_NOSPLIT)) && !(autoffset == 0 && !hascall)) {
        *bpsize = 8;
        autoffset += 8;
    }
    if (autoffset < STACK_SMALL && !(t->flags & FL_NOSPLIT)) {
        int leaf = 1;
        for (Prog *p = t->first; p && leaf; p = p->next)
            if (p->op == asm_op_CALL && (!zero_arg_runtime_call(p) || autoffset >= STACK_SMALL - 8))
                leaf = 0;
        if (leaf)
            t->flags |= FL_NOSPLIT;
    }
    if (autoffset % 8 != 0)
        diag_error(t->pos, "unaligned stack size %lld", (long long)autoffset);
    return autoffset;
}

/* CALL runtime.morestack[_noctxt](SB); JMP to the function's first instruction. */
static void morestack_block(PCtx *c, Prog *jls, Prog *jcs) {
    List ms = {0};
    Prog *call = mk(c, "CALL", 1);
    const char *name = (c->t->flags & FL_NEEDCTXT) ? "runtime.morestack" : "runtime.morestack_noctxt";
    call->a[0] = mem(REG_NONE, 0);
    call->a[0].name = N_EXTERN;
    call->a[0].sym = asm_sym(c->as, name, 0, 0);
    add(&ms, call);
    add(&ms, branch(c, "JMP", c->t->first));
    jls->a[0].target = call;
    if (jcs)
        jcs->a[0].target = call;
    append_list(c->t, &ms);
}

int asm_prologue(Asm *as, Text *t) {
    PCtx c = {as, t, t->pos};
    int64_t bpsize;
    int64_t autoffset = frame_layout(t, &bpsize);
    t->realframe = autoffset;
    List pro = {0};
    Prog *jcs = NULL, *jls = NULL, *jne = NULL, *wend = NULL;
    if (!(t->flags & FL_NOSPLIT))
        stack_check(&c, &pro, autoffset, &jcs, &jls);
    else if ((t->flags & FL_WRAPPER) && t->abi != ABI_INTERNAL)
        add(&pro, tls_g_load(&c));
    if (autoffset != 0)
        add(&pro, adjsp(mk(&c, "NOP", 0), autoffset));
    if (bpsize > 0) {
        add(&pro, op2(&c, "MOVQ", reg(REG_BP), mem(REG_SP, autoffset - bpsize)));
        add(&pro, op2(&c, "LEAQ", mem(REG_SP, autoffset - bpsize), reg(REG_BP)));
    }
    if (t->flags & FL_WRAPPER)
        wend = wrapper_entry(&c, &pro, &jne);
    if (pro.head) {
        pro.tail->next = t->first;
        if (!t->first)
            t->last = pro.tail;
        t->first = pro.head;
    }
    if (body_pass(&c, autoffset, bpsize) < 0)
        return -1;
    while (t->last && t->last->next)
        t->last = t->last->next;
    c.pos = t->pos;
    if (jls)
        morestack_block(&c, jls, jcs);
    if (jne) {
        List w = {0};
        wrapper_fixup(&c, &w, autoffset, jne, wend);
        append_list(t, &w);
    }
    return 0;
}
