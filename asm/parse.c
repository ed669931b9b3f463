/* parse.c - statement parser: splits the preprocessed token stream into
 * statements (newline or `;`), handles labels and the directives TEXT,
 * DATA, GLOBL, PCDATA, FUNCDATA, and turns instructions into Progs attached
 * to the current function. Branch targets are resolved per function. */
#include <stdlib.h>
#include <string.h>

#include "asm.h"


typedef struct Parser {
    Asm *as;
    PP *pp;
    int fi;
    Text *cur;
    Token *toks;
    int cap;
} Parser;

const char *asm_symname(Asm *as, const char *raw, size_t n) {
    if (n > 0 && raw[0] == '.') {
        if (as->gensymabis)
            return arena_printf(as->arena, "\"\"%.*s", (int)n, raw);
        return arena_printf(as->arena, "%s%.*s", as->pkgpath, (int)n, raw);
    }
    return arena_strndup(as->arena, raw, n);
}

AsmSym *asm_sym(Asm *as, const char *name, int local, int fi) {
    const char *key = local ? arena_printf(as->arena, "%s<>%d", name, fi) : name;
    AsmSym *s = strmap_get(&as->syms, key);
    if (!s) {
        s = ARENA_NEW(as->arena, AsmSym);
        s->name = arena_strdup(as->arena, name);
        s->local = local;
        strmap_put(&as->syms, key, s);
        vec_push(&as->symlist, s);
    }
    return s;
}

/* Reads one statement; returns its terminator kind (TK_NL, ';' or TK_EOF). */
static int read_stmt(Parser *ps, int *n) {
    *n = 0;
    for (;;) {
        Token t = asm_pp_next(ps->pp);
        if (t.kind == TK_NL || t.kind == ';' || t.kind == TK_EOF)
            return t.kind;
        if (*n + 1 >= ps->cap) {
            ps->cap = ps->cap ? ps->cap * 2 : 64;
            ps->toks = xrealloc(ps->toks, sizeof(Token) * (size_t)ps->cap);
        }
        ps->toks[(*n)++] = t;
    }
}

static void append(Text *t, Prog *p) {
    if (t->last)
        t->last->next = p;
    else
        t->first = p;
    t->last = p;
}

static Prog *new_prog(Parser *ps, const char *op, Pos pos) {
    Prog *p = ARENA_NEW(ps->as->arena, Prog);
    p->op = op;
    p->pos = pos;
    for (int i = 0; i < 3; i++)
        p->a[i].base = p->a[i].index = p->a[i].reg = REG_NONE;
    return p;
}

/* Resolves n(PC) operands: the n-th instruction after (or before) the branch,
 * labels not counted. Instruction indices are kept in pc until layout. */
static void resolve_pcrel(Text *t) {
    Vec ins = {0};
    for (Prog *p = t->first; p; p = p->next)
        if (p->op != asm_op_LABEL) {
            p->pc = ins.len;
            vec_push(&ins, p);
        }
    for (Prog *p = t->first; p; p = p->next) {
        Addr *a = &p->a[0];
        if (p->nargs != 1 || a->kind != A_BRANCH || !a->pcrel)
            continue;
        int64_t k = p->pc + a->off;
        if (k < 0 || k >= ins.len)
            diag_error(p->pos, "%lld(PC) is outside the function", (long long)a->off);
        else
            a->target = VEC_AT(ins, Prog *, k);
    }
    vec_free(&ins);
}

/* Go threads branches through unconditional JMPs (obj's brloop): a branch to a
 * `JMP label` goes straight to that label. Labels are zero-size and skipped. */
static Prog *thread_target(Prog *q) {
    for (int c = 0; c < 5000; c++) {
        Prog *r = q;
        while (r && r->op == asm_op_LABEL)
            r = r->next;
        if (!r || r->op != asm_op_JMP || r->nargs != 1 || r->a[0].kind != A_BRANCH || !r->a[0].target)
            return q;
        q = r->a[0].target;
    }
    return q;
}

static void end_text(Parser *ps) {
    Text *t = ps->cur;
    if (!t)
        return;
    for (Prog *p = t->first; p; p = p->next)
        for (int i = 0; i < p->nargs; i++) {
            Addr *a = &p->a[i];
            if (a->kind != A_BRANCH || a->target)
                continue;
            if (a->label) {
                a->target = strmap_get(&t->labels, a->label);
                if (!a->target)
                    diag_error(p->pos, "undefined label %s", a->label);
            }
        }
    resolve_pcrel(t);
    for (Prog *p = t->first; p; p = p->next)
        if (p->nargs == 1 && p->a[0].kind == A_BRANCH && p->a[0].target)
            p->a[0].target = thread_target(p->a[0].target);
    ps->cur = NULL;
}

static int64_t const_operand(Token *t, int n, Pos pos, int dollar) {
    int i = 0;
    int64_t v = 0;
    if (dollar) {
        if (n == 0 || t[0].kind != '$') {
            diag_error(pos, "expected $constant");
            return 0;
        }
        i = 1;
    }
    if (asm_eval(t, n, &i, &v) == 0 && i != n)
        diag_error(pos, "unexpected tokens after constant");
    return v;
}

/* $frame[-args] of a TEXT line. */
static void text_size(Text *t, Token *k, int n, Pos pos) {
    int i = 0, neg = 0;
    if (n < 2 || k[0].kind != '$') {
        diag_error(pos, "TEXT: frame size must be an immediate constant");
        return;
    }
    i = 1;
    if (k[i].kind == '-') {
        neg = 1;
        i++;
    }
    if (i >= n || k[i].kind != TK_INT) {
        diag_error(pos, "TEXT: frame size must be an immediate constant");
        return;
    }
    if (k[i].ival >= (1u << 31) - 4096) {
        diag_error(pos, "TEXT: frame size %llu too large", (unsigned long long)k[i].ival);
        return;
    }
    t->frame = neg ? -(int64_t)k[i].ival : (int64_t)k[i].ival;
    if (t->frame < 0)
        t->frame = 0;
    i++;
    if (i < n) {
        if (i + 2 != n || k[i].kind != '-' || k[i + 1].kind != TK_INT) {
            diag_error(pos, "TEXT: argument size must be of form -integer");
            return;
        }
        if (k[i + 1].ival >= (1u << 31)) {
            diag_error(pos, "TEXT: argument size too large");
            return;
        }
        t->args = (int64_t)k[i + 1].ival;
        t->hasargs = 1;
    }
}

static void do_text(Parser *ps, Pos pos, Token **ops, int *opn, int nops) {
    Asm *as = ps->as;
    end_text(ps);
    if (nops != 2 && nops != 3) {
        diag_error(pos, "TEXT: expected symbol, [flags,] $frame[-args]");
        return;
    }
    Addr a;
    if (asm_parse_operand(as, ops[0], opn[0], &a, ps->fi) < 0)
        return;
    if (a.kind != A_MEM || !a.sym || a.off != 0) {
        diag_error(pos, "TEXT: expected symbol(SB)");
        return;
    }
    if (a.abi && !as->compiling_runtime) {
        diag_error(pos, "ABI selector only permitted when compiling runtime, reference was to \"%s\"", a.sym->name);
        return;
    }
    Text *t = ARENA_NEW(as->arena, Text);
    t->sym = a.sym;
    t->abi = a.abi == ABI_INTERNAL ? ABI_INTERNAL : ABI_0;
    t->pos = pos;
    t->fileindex = ps->fi;
    if (nops == 3) {
        /* gocc extension: the word ABIInternal among the flags (as Go's -S listing prints it)
         * makes the function ABIInternal; it is not a flag bit. */
        for (int i = 0; i < opn[1]; i++)
            if (ops[1][i].kind == TK_IDENT && !strcmp(ops[1][i].s, "ABIInternal")) {
                ops[1][i].kind = TK_INT;
                ops[1][i].ival = 0;
                t->abi = ABI_INTERNAL;
            }
        t->flags = const_operand(ops[1], opn[1], pos, 0);
    }
    text_size(t, ops[nops - 1], opn[nops - 1], pos);
    if (a.sym->kind != SK_UNDEF) {
        diag_error(pos, "symbol %s redefined", a.sym->name);
        return;
    }
    if (a.abi == ABI_INTERNAL && !(t->flags & FL_NOSPLIT))
        diag_error(pos, "TEXT %s: ABIInternal functions must be NOSPLIT", a.sym->name);
    a.sym->kind = SK_TEXT;
    a.sym->flags = t->flags;
    a.sym->defpos = pos;
    if (as->lasttext)
        as->lasttext->next = t;
    else
        as->texts = t;
    as->lasttext = t;
    ps->cur = t;
}

static void do_data(Parser *ps, Pos pos, Token **ops, int *opn, int nops) {
    if (nops != 2) {
        diag_error(pos, "DATA: expected sym+off(SB)/width, value");
        return;
    }
    int n = opn[0];
    Token *k = ops[0];
    if (n < 3 || k[n - 2].kind != '/' || k[n - 1].kind != TK_INT) {
        diag_error(pos, "DATA: missing /width");
        return;
    }
    DataItem *d = ARENA_NEW(ps->as->arena, DataItem);
    d->pos = pos;
    d->width = (int)k[n - 1].ival;
    Addr a;
    if (asm_parse_operand(ps->as, k, n - 2, &a, ps->fi) < 0 || asm_parse_operand(ps->as, ops[1], opn[1], &d->val, ps->fi) < 0)
        return;
    if (a.kind != A_MEM || !a.sym) {
        diag_error(pos, "DATA: expected symbol(SB)");
        return;
    }
    d->off = a.off;
    AsmSym *s = a.sym;
    if (s->datalast)
        s->datalast->next = d;
    else
        s->data = d;
    s->datalast = d;
}

static void do_globl(Parser *ps, Pos pos, Token **ops, int *opn, int nops) {
    if (nops != 2 && nops != 3) {
        diag_error(pos, "GLOBL: expected symbol, [flags,] $size");
        return;
    }
    Addr a;
    if (asm_parse_operand(ps->as, ops[0], opn[0], &a, ps->fi) < 0)
        return;
    if (a.kind != A_MEM || !a.sym || a.off != 0) {
        diag_error(pos, "GLOBL: expected symbol(SB)");
        return;
    }
    AsmSym *s = a.sym;
    if (s->global_seen || s->kind == SK_TEXT) {
        diag_error(pos, "symbol %s redefined", s->name);
        return;
    }
    s->global_seen = 1;
    s->kind = SK_DATA;
    s->defpos = pos;
    s->flags = nops == 3 ? const_operand(ops[1], opn[1], pos, 0) : 0;
    s->size = const_operand(ops[nops - 1], opn[nops - 1], pos, 1);
    if (s->size < 0)
        diag_error(pos, "GLOBL %s: negative size", s->name);
}

static void do_instr(Parser *ps, Pos pos, const char *op, Token **ops, int *opn, int nops) {
    if (!ps->cur) {
        diag_error(pos, "instruction %s outside of a TEXT", op);
        return;
    }
    if (nops > 3) {
        diag_error(pos, "%s: too many operands", op);
        return;
    }
    Prog *p = new_prog(ps, asm_canon_op(op), pos);
    p->nargs = nops;
    for (int i = 0; i < nops; i++) {
        if (opn[i] == 0) {
            diag_error(pos, "%s: missing operand", op);
            return;
        }
        if (asm_parse_operand(ps->as, ops[i], opn[i], &p->a[i], ps->fi) < 0)
            return;
        if (p->a[i].abi && !ps->as->compiling_runtime) {
            diag_error(pos, "ABI selector only permitted when compiling runtime");
            return;
        }
    }
    append(ps->cur, p);
}

static void do_label(Parser *ps, Token *t) {
    if (!ps->cur) {
        diag_error(t->pos, "label %s outside of a TEXT", t->s);
        return;
    }
    if (strmap_get(&ps->cur->labels, t->s)) {
        diag_error(t->pos, "label %s multiply defined", t->s);
        return;
    }
    Prog *p = new_prog(ps, asm_op_LABEL, t->pos);
    strmap_put(&ps->cur->labels, t->s, p);
    append(ps->cur, p);
}

static void statement(Parser *ps, Token *t, int n) {
    int i = 0;
    while (n - i >= 2 && t[i].kind == TK_IDENT && t[i + 1].kind == ':') {
        if (!ps->as->gensymabis)
            do_label(ps, &t[i]);
        i += 2;
    }
    if (i == n)
        return;
    if (t[i].kind != TK_IDENT) {
        diag_error(t[i].pos, "expected instruction or directive");
        return;
    }
    Pos pos = t[i].pos;
    const char *op = t[i++].s;
    Token *ops[8];
    int opn[8], nops = 0, depth = 0;
    if (i < n) {
        ops[0] = &t[i];
        opn[0] = 0;
        nops = 1;
        for (; i < n; i++) {
            if (t[i].kind == '(')
                depth++;
            if (t[i].kind == ')')
                depth--;
            if (t[i].kind == ',' && depth == 0) {
                if (nops == 8) {
                    diag_error(pos, "too many operands");
                    return;
                }
                ops[nops] = &t[i + 1];
                opn[nops++] = 0;
                continue;
            }
            opn[nops - 1]++;
        }
    }
    if (ps->as->gensymabis) {
        asm_symabis_stmt(ps->as, op, ops, opn, nops);
        return;
    }
    if (op == asm_op_TEXT)
        do_text(ps, pos, ops, opn, nops);
    else if (!strcmp(op, "DATA"))
        do_data(ps, pos, ops, opn, nops);
    else if (!strcmp(op, "GLOBL"))
        do_globl(ps, pos, ops, opn, nops);
    else if (!strcmp(op, "PCDATA") || !strcmp(op, "FUNCDATA")) {
        if (nops != 2)
            diag_error(pos, "%s: expected 2 operands", op);
        else if (!ps->cur)
            diag_error(pos, "%s outside of a TEXT", op);
    } else
        do_instr(ps, pos, op, ops, opn, nops);
}

int asm_parse(Asm *as, PP *pp, int fileindex) {
    Parser ps = {as, pp, fileindex, NULL, NULL, 0};
    for (;;) {
        int n;
        int end = read_stmt(&ps, &n);
        if (n > 0)
            statement(&ps, ps.toks, n);
        if (end == TK_EOF)
            break;
    }
    end_text(&ps);
    free(ps.toks);
    return diag_errors() ? -1 : 0;
}
