/* ssa_abi.c - Go's ABIInternal for calls between compiled Go functions:
 * which arguments and results travel in registers (all of a value's words
 * in the remaining integer registers, structs field by field, arrays only of
 * length 0 or 1) and which on the stack (the caller's outgoing area at 0(SP)
 * upward, each value at its natural alignment, then the stack results, then
 * the spill area for the register arguments). The callee reaches the area
 * through FP. Addresses in the two areas are SSA_ADDR values of the marker
 * symbols ssa_sym_sp and ssa_sym_fp, printed as off(SP) and arg+off(FP). */
#include <string.h>

#include "ssa_build.h"

typedef struct AbiArg {
    Type *t;
    bool stack;
    int64_t off;        /* stack: offset in the argument area */
    int nwords;         /* registers: words */
    Words in;           /* callee: the SSA_ARG words (bld_abi_entry) */
    bool bad;           /* not passable (reported) */
} AbiArg;

struct AbiSig {
    AbiArg *p, *r;      /* receiver (if any) and parameters; results */
    int np, nr;
    int nregargs, nregres;      /* register words, both classes */
    int nint, nflt;             /* assignment state: integer and float registers used */
    int64_t area;       /* stack arguments + stack results + spill area */
};

/* Whether a value of type t can be passed at all (in registers or memory). */
static bool passable(Type *t) {
    Type *u = bld_under(t);
    WordType wt[MAXWORDS];
    types_layout(t);
    if (u->kind == TYPE_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!passable(u->fields[i].type))
                return false;
        return true;
    }
    if (u->kind == TYPE_ARRAY)
        return u->len == 0 || passable(u->elem);
    return bld_type_words(t, wt) >= 0;
}

static int64_t align_up(int64_t x, int64_t a) { return a > 1 ? (x + a - 1) / a * a : x; }

/* In registers if all of the value's integer words fit in the remaining
 * integer registers and all its float words in the remaining float ones. */
static void assign(Type *t, int *regs, int *nint, int *nflt, int64_t *stk, AbiArg *a, bool abi0) {
    WordType wt[MAXWORDS];
    int n = bld_abi_words(t, wt), nf = 0;
    for (int i = 0; i < n; i++)
        nf += wt[i].flt;
    a->t = t;
    if (!abi0 && n >= 0 && *nint + n - nf <= ABI_REG_WORDS && *nflt + nf <= ABI_INTERNAL_NFREGS) {
        a->nwords = n;
        *regs += n;
        *nint += n - nf;
        *nflt += nf;
        return;
    }
    types_layout(t);
    a->stack = true;
    *stk = align_up(*stk, t->align);
    a->off = *stk;
    *stk += t->size;
}

/* The layout of sig; abi0: every argument and result on the stack (ABI0). */
static AbiSig *sig_layout(Builder *b, Type *sig, Pos pos, bool abi0) {
    AbiSig *as = ARENA_NEW(b->f->arena, AbiSig);
    int nrecv = sig->recv ? 1 : 0;
    as->np = nrecv + sig->params->nfields;
    as->nr = sig->results->nfields;
    as->p = ARENA_NEWN(b->f->arena, AbiArg, as->np + 1);
    as->r = ARENA_NEWN(b->f->arena, AbiArg, as->nr + 1);
    int64_t stk = 0;
    for (int i = 0; i < as->np; i++) {
        Type *t = i < nrecv ? sig->recv : sig->params->fields[i - nrecv].type;
        if (!passable(t)) {
            bld_unsupported(b, pos, arena_printf(b->f->arena, "a parameter of type %s", types_string(t)));
            as->p[i].t = t;
            as->p[i].bad = true;
            continue;
        }
        assign(t, &as->nregargs, &as->nint, &as->nflt, &stk, &as->p[i], abi0);
    }
    stk = align_up(stk, 8);
    as->nint = as->nflt = 0;
    for (int i = 0; i < as->nr; i++) {
        Type *t = sig->results->fields[i].type;
        if (!passable(t)) {
            bld_unsupported(b, pos, arena_printf(b->f->arena, "a result of type %s", types_string(t)));
            as->r[i].t = t;
            as->r[i].bad = true;
            continue;
        }
        assign(t, &as->nregres, &as->nint, &as->nflt, &stk, &as->r[i], abi0);
    }
    as->area = align_up(stk, 8) + 8 * as->nregargs;
    return as;
}

AbiSig *bld_abi_sig(Builder *b, Type *sig, Pos pos) { return sig_layout(b, sig, pos, false); }

int bld_abi_nregargs(AbiSig *as) { return as->nregargs; }
int bld_abi_nregres(AbiSig *as) { return as->nregres; }

bool bld_abi_regs_only(AbiSig *as) {
    for (int i = 0; i < as->np; i++)
        if (as->p[i].stack || as->p[i].bad)
            return false;
    return true;
}

static Value *area_addr(Builder *b, const char *sym, int64_t off, Pos pos) {
    Value *a = ssa_value0(b->f, b->cur, SSA_ADDR, 8, pos);
    a->sym = sym;
    a->aux = off;
    return a;
}

/* ---- the callee ---- */

/* The register arguments as SSA_ARGs, the first values of the entry block
 * (the allocator takes them from their registers there). */
int bld_abi_entry(Builder *b, AbiSig *as, Pos pos) {
    int word = 0, nint = 0, nflt = 0;
    for (int i = 0; i < as->np; i++) {
        AbiArg *a = &as->p[i];
        if (a->stack)
            continue;
        WordType wt[MAXWORDS];
        bld_abi_words(a->t, wt);
        a->in.n = a->nwords;
        for (int k = 0; k < a->nwords; k++) {
            a->in.v[k] = ssa_value0(b->f, b->cur, SSA_ARG, wt[k].width, pos);
            bld_set_word(a->in.v[k], wt[k]);
            a->in.v[k]->aux = wt[k].flt ? nflt++ : nint++;   /* index in its register class */
            word++;
        }
    }
    return word;
}

Words bld_abi_param(Builder *b, AbiSig *as, int i, Pos pos) {
    AbiArg *a = &as->p[i];
    if (a->bad)
        return (Words){{ssa_value0(b->f, b->cur, SSA_UNDEF, 8, pos)}, 1};
    if (a->stack)
        return bld_load(b, a->t, area_addr(b, ssa_sym_fp, a->off, pos), pos);
    return bld_abi_pack(b, a->t, a->in, pos);
}

int bld_abi_ret(Builder *b, AbiSig *as, Words *vals, Value **rets, Pos pos) {
    int n = 0;
    for (int i = 0; i < as->nr; i++) {
        AbiArg *a = &as->r[i];
        if (a->bad)
            continue;
        if (a->stack) {
            bld_store(b, a->t, area_addr(b, ssa_sym_fp, a->off, pos), vals[i], pos);
            continue;
        }
        Words w = bld_abi_unpack(b, a->t, vals[i], pos);
        for (int k = 0; k < w.n && n < ABI_MAX_WORDS; k++)
            rets[n++] = w.v[k];
    }
    return n;
}

/* ---- the caller ---- */

/* f(a, b, c) for f(xs ...T): the extra arguments av[first..n) (of types
 * at[...]) in a new []T (nil if none). */
static Words variadic_slice(Builder *b, Words *av, Type **at, int first, int n, Type *st, Pos pos) {
    Type *et = bld_under(st)->elem;
    int64_t m = n - first;
    if (m <= 0)
        return bld_zero(b, st, pos);
    Words *ev = ARENA_NEWN(b->f->arena, Words, m);
    for (int64_t i = 0; i < m; i++)
        ev[i] = bld_convert_words(b, av[first + i], at[first + i], et, pos);
    Type *arr = types_array(et, m);
    types_layout(arr);
    Value *p = bld_alloc(b, arr, pos);
    for (int64_t i = 0; i < m; i++)
        bld_store(b, et, bld_offset(b, p, i * et->size, pos), ev[i], pos);
    Value *len = ssa_const(b->f, b->cur, m, pos);
    return (Words){{p, len, len}, 3};
}

/* The actual arguments' words and types, in order: each argument node, or
 * the results of f(g()) with a multi-valued g split into its values. */
static int actual_args(Builder *b, Node *call, Words **pav, Type ***pat) {
    NodeList args = call->call.args;
    Node *a0 = args.len == 1 ? args.items[0] : NULL;
    bool tuple = a0 && a0->type && a0->type->kind == TYPE_TUPLE;
    int n = tuple ? a0->type->nfields : args.len;
    Words *av = ARENA_NEWN(b->f->arena, Words, n + 1);
    Type **at = ARENA_NEWN(b->f->arena, Type *, n + 1);
    if (tuple) {
        Words all = bld_call(b, a0);
        int k = 0;
        for (int i = 0; i < n; i++) {
            WordType wt[MAXWORDS];
            int nw = bld_type_words(a0->type->fields[i].type, wt);
            at[i] = a0->type->fields[i].type;
            av[i].n = nw < 0 ? 0 : nw;
            for (int j = 0; j < av[i].n && k < all.n; j++)
                av[i].v[j] = all.v[k++];
        }
    } else
        for (int i = 0; i < n; i++) {
            av[i] = bld_expr(b, args.items[i]);
            at[i] = args.items[i]->type;
        }
    *pav = av;
    *pat = at;
    return n;
}

/* The value words of each parameter, converted to the parameter types. */
static void arg_values(Builder *b, Node *call, Type *sig, Words *vals) {
    Type *ps = sig->params;
    Words *av;
    Type **at;
    int n = actual_args(b, call, &av, &at);
    int nfixed = sig->variadic && !call->call.has_dots ? ps->nfields - 1 : ps->nfields;
    for (int i = 0; i < n && i < nfixed; i++)
        vals[i] = bld_convert_words(b, av[i], at[i], ps->fields[i].type, call->pos);
    if (nfixed < ps->nfields)
        vals[nfixed] = variadic_slice(b, av, at, nfixed, n, ps->fields[nfixed].type, call->pos);
}

static Words call_sig(Builder *b, Node *call, Object *fn, Type *sig, Words *recv, Value *fv, bool abi0);

Words bld_abi_call(Builder *b, Node *call, Object *fn, Words *recv) {
    return call_sig(b, call, fn, fn->type, recv, NULL, (fn->flags & OBJF_ABI0) != 0);
}

Words bld_abi_call_value(Builder *b, Node *call, Value *fv, Type *sig) {
    return call_sig(b, call, NULL, sig, NULL, fv, false);
}

int bld_abi_reg_args(Builder *b, Node *call, Type *sig, Value **out) {
    AbiSig *as = bld_abi_sig(b, sig, call->pos);
    int nrecv = sig->recv ? 1 : 0, n = 0;
    for (int i = 0; i < as->np; i++)
        if (as->p[i].stack || as->p[i].bad)
            return -1;
    Words *vals = ARENA_NEWN(b->f->arena, Words, as->np + 1);
    arg_values(b, call, sig, vals + nrecv);
    for (int i = nrecv; i < as->np; i++) {
        Words w = bld_abi_unpack(b, as->p[i].t, vals[i], call->pos);
        for (int k = 0; k < w.n && n < ABI_MAX_WORDS; k++)
            out[n++] = w.v[k];
    }
    return n;
}

/* A call of fn, or through the func value fv (fn NULL: fv goes to DX).
 * abi0: fn is assembly using ABI0, called directly with everything on the
 * stack; the emitter re-establishes R14 and X15 after it. */
static Words call_vals(Builder *b, Pos pos, const char *sym, Type *sig, Words *vals, Value *fv, bool abi0);

static Words call_sig(Builder *b, Node *call, Object *fn, Type *sig, Words *recv, Value *fv, bool abi0) {
    int np = (sig->recv ? 1 : 0) + sig->params->nfields;
    Words *vals = ARENA_NEWN(b->f->arena, Words, np + 1);
    if (recv)
        vals[0] = *recv;
    arg_values(b, call, sig, vals + (sig->recv ? 1 : 0));
    return call_vals(b, call->pos, fn ? fn->link_name : NULL, sig, vals, fv, abi0);
}

Words bld_abi_call_words(Builder *b, Pos pos, const char *sym, Type *sig, Words *vals, Value *fv) {
    return call_vals(b, pos, sym, sig, vals, fv, false);
}

Words bld_abi_call_recv(Builder *b, Node *call, Type *sig, Words *recv, Value *fv) {
    return call_sig(b, call, NULL, sig, recv, fv, false);
}

/* The call itself, the argument values evaluated (vals: receiver first). */
static Words call_vals(Builder *b, Pos pos, const char *sym, Type *sig, Words *vals, Value *fv, bool abi0) {
    int nres = 0;
    for (int i = 0; i < sig->results->nfields; i++) {
        WordType wt[MAXWORDS];
        int k = bld_type_words(sig->results->fields[i].type, wt);
        nres += k < 0 ? 0 : k;
    }
    if (nres > MAXWORDS) {
        bld_unsupported(b, pos, "a call with more than 9 result words");
        return (Words){{0}, 0};
    }
    AbiSig *as = sig_layout(b, sig, pos, abi0);
    if (as->area > b->f->outargs)
        b->f->outargs = (int)as->area;
    Value *regs[ABI_MAX_WORDS];
    int n = 0;
    for (int i = 0; i < as->np; i++) {      /* stack stores last: nothing may call in between */
        if (as->p[i].stack || as->p[i].bad)
            continue;
        Words w = bld_abi_unpack(b, as->p[i].t, vals[i], pos);
        for (int k = 0; k < w.n && n < ABI_MAX_WORDS; k++)
            regs[n++] = w.v[k];
    }
    for (int i = 0; i < as->np; i++)
        if (as->p[i].stack && !as->p[i].bad)
            bld_store(b, as->p[i].t, area_addr(b, ssa_sym_sp, as->p[i].off, pos), vals[i], pos);
    Value *c = ssa_value0(b->f, b->cur, SSA_CALL, 0, pos);
    c->sym = sym;
    c->aux = abi0 ? SSA_ABI_0 : SSA_ABI_INTERNAL;
    c->nres = as->nregres;
    for (int i = 0; i < n; i++)
        ssa_add_arg(b->f, c, regs[i]);
    if (fv) {
        ssa_add_arg(b->f, c, fv);
        c->closure = true;
    }
    Value *res[ABI_MAX_WORDS];
    WordType rwt[ABI_MAX_WORDS];
    int nw = 0;
    for (int i = 0; i < as->nr; i++)
        if (!as->r[i].stack && !as->r[i].bad)
            nw += bld_abi_words(as->r[i].t, rwt + nw);
    for (int i = 0; i < as->nregres; i++) {
        res[i] = ssa_value1(b->f, b->cur, SSA_SELECT, 8, pos, c);
        res[i]->aux = i;
    }
    bld_set_classes(res, rwt, as->nregres < nw ? as->nregres : nw);
    Words out = {{0}, 0};
    int k = 0;
    for (int i = 0; i < as->nr; i++) {
        AbiArg *a = &as->r[i];
        Words w;
        if (a->bad)
            w = (Words){{ssa_value0(b->f, b->cur, SSA_UNDEF, 8, pos)}, 1};
        else if (a->stack)   /* copied out before the next call reuses the area */
            w = bld_snapshot(b, a->t, bld_load(b, a->t, area_addr(b, ssa_sym_sp, a->off, pos), pos), pos);
        else {
            Words l = {{0}, a->nwords};
            for (int j = 0; j < a->nwords; j++)
                l.v[j] = res[k++];
            w = bld_abi_pack(b, a->t, l, pos);
        }
        for (int j = 0; j < w.n && out.n < MAXWORDS; j++)
            out.v[out.n++] = w.v[j];
    }
    return out;
}
