/* ssa_build.c - builds the SSA of one function body from the checked tree:
 * Braun et al.'s variable tables (write_var/read_var, sealing, incomplete
 * phis), block helpers, and the statements (assignments, if, for, switch,
 * labels, goto, break/continue/fallthrough, return). Expressions are in
 * ssa_expr.c. See ssa_build.h for the construction algorithm. */
#include <string.h>

#include "ssa_build.h"

void bld_unsupported(Builder *b, Pos pos, const char *what) {
    (void)b;
    diag_error(pos, "gocc: %s is not supported yet", what);
}

Type *bld_under(Type *t) { return t && t->kind == TYPE_NAMED ? t->underlying : t; }

bool bld_is_unsigned(Type *t) {
    switch (bld_under(t)->kind) {
    case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32: case TYPE_UINT64:
    case TYPE_UINTPTR: return true;
    default: return false;
    }
}

static int int_width(TypeKind k) {
    switch (k) {
    case TYPE_INT8: case TYPE_UINT8: case TYPE_BOOL: case TYPE_UNTYPED_BOOL: return 1;
    case TYPE_INT16: case TYPE_UINT16: return 2;
    case TYPE_INT32: case TYPE_UINT32: case TYPE_UNTYPED_RUNE: return 4;
    default: return 8;
    }
}

int bld_type_words(Type *t, WordType *wt) {
    Type *u = bld_under(t);
    if (!u)
        return -1;
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL:
        wt[0] = (WordType){1, false, false};
        return 1;
    case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32: case TYPE_INT64:
    case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
        wt[0] = (WordType){int_width(u->kind), true, false};
        return 1;
    case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32: case TYPE_UINT64:
    case TYPE_UINTPTR: case TYPE_UNSAFE_POINTER: case TYPE_POINTER: case TYPE_FUNC:
    case TYPE_MAP: case TYPE_CHAN:      /* *hmap, *hchan */
        wt[0] = (WordType){int_width(u->kind), false, false};
        return 1;
    case TYPE_INTERFACE:                /* (type or itab, data) — docs/abi.md §9 */
        wt[0] = wt[1] = (WordType){8, false, false};
        return 2;
    case TYPE_FLOAT32:
        wt[0] = (WordType){4, true, true};
        return 1;
    case TYPE_FLOAT64: case TYPE_UNTYPED_FLOAT:
        wt[0] = (WordType){8, true, true};
        return 1;
    case TYPE_COMPLEX64:                /* real, imaginary: at offsets 0 and 4 */
        wt[0] = wt[1] = (WordType){4, true, true};
        return 2;
    case TYPE_COMPLEX128: case TYPE_UNTYPED_COMPLEX:
        wt[0] = wt[1] = (WordType){8, true, true};
        return 2;
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        wt[0] = (WordType){8, false, false};
        wt[1] = (WordType){8, true, false};
        return 2;
    case TYPE_SLICE:
        wt[0] = (WordType){8, false, false};
        wt[1] = wt[2] = (WordType){8, true, false};
        return 3;
    case TYPE_STRUCT: case TYPE_ARRAY:     /* the address of the bytes (ssa_mem.c) */
        wt[0] = (WordType){8, false, false};
        return 1;
    default: return -1;
    }
}

/* ---- blocks ---- */

Block *bld_block(Builder *b) {
    Block *blk = ssa_new_block(b->f, BK_PLAIN);
    blk->pos = b->cur ? b->cur->pos : b->f->pos;
    return blk;
}

/* Continues in blk. The block being left must have been ended, unless it is
 * unreachable code that never got a terminator: that one ends as an exit
 * and the deadcode pass drops it. */
void bld_start(Builder *b, Block *blk) {
    Block *c = b->cur;
    if (c && c->kind == BK_PLAIN && c->nsucc == 0 && c->npreds == 0 && c != b->f->blocks[0])
        c->kind = BK_EXIT;
    b->cur = blk;
}

/* A fresh block nobody jumps to: code after return/goto/break lands here. */
void bld_start_dead(Builder *b) {
    Block *blk = bld_block(b);
    blk->sealed = true;
    blk->dead = true;
    b->cur = blk;
}

/* Unreachable code is still built (it may hold errors to report) but its
 * jumps add no edges, so no phi gets an operand from it. */
static bool end_dead(Builder *b) {
    if (!b->cur->dead)
        return false;
    b->cur->kind = BK_EXIT;
    bld_start_dead(b);
    return true;
}

void bld_jump(Builder *b, Block *to) {
    if (end_dead(b))
        return;
    b->cur->kind = BK_PLAIN;
    ssa_add_edge(b->f, b->cur, to);
    bld_start_dead(b);
}

void bld_branch(Builder *b, Value *cond, Block *t, Block *f) {
    if (end_dead(b))
        return;
    b->cur->kind = BK_IF;
    b->cur->ctl = cond;
    ssa_add_edge(b->f, b->cur, t);
    ssa_add_edge(b->f, b->cur, f);
    bld_start_dead(b);
}

/* ---- Braun's variable tables ---- */

struct IncPhi {
    IncPhi *next;
    Value *phi;
    int var;
};

static uint64_t def_key(int var, Block *blk) { return ((uint64_t)var << 32 | (uint32_t)blk->id) + 1; }

static DefEntry *def_slot(Builder *b, uint64_t key) {
    uint64_t h = key * 0x9e3779b97f4a7c15ull;
    for (int i = (int)(h >> 40) & (b->defcap - 1);; i = (i + 1) & (b->defcap - 1))
        if (b->defs[i].key == key || b->defs[i].key == 0)
            return &b->defs[i];
}

static void def_grow(Builder *b) {
    DefEntry *old = b->defs;
    int oldcap = b->defcap;
    b->defcap = oldcap ? oldcap * 2 : 256;
    b->defs = ARENA_NEWN(b->f->arena, DefEntry, b->defcap);
    for (int i = 0; i < oldcap; i++)
        if (old[i].key)
            *def_slot(b, old[i].key) = old[i];
}

static void write_word(Builder *b, int var, Block *blk, Value *v) {
    if (2 * (b->deflen + 1) > b->defcap)
        def_grow(b);
    DefEntry *e = def_slot(b, def_key(var, blk));
    if (!e->key)
        b->deflen++;
    e->key = def_key(var, blk);
    e->val = v;
}

/* A phi at the front of blk (phis always precede other values). */
static Value *new_phi(Builder *b, Block *blk, int width) {
    Value *phi = ssa_new_value(b->f, NULL, SSA_PHI, width, blk->pos);
    ssa_append(b->f, blk, phi);
    memmove(&blk->vals[1], &blk->vals[0], sizeof(Value *) * (size_t)(blk->nvals - 1));
    blk->vals[0] = phi;
    return phi;
}

static Value *lookup_word(Builder *b, int var, Block *blk) {
    if (!b->defcap)
        return NULL;
    DefEntry *e = def_slot(b, def_key(var, blk));
    return e->key ? e->val : NULL;
}

/* An operandless phi in an unsealed block, completed by bld_seal. */
static Value *incomplete_phi(Builder *b, int var, Block *blk) {
    Value *v = new_phi(b, blk, 8);
    if (blk->id >= b->incap) {
        int ncap = blk->id * 2 + 16;
        IncPhi **n = ARENA_NEWN(b->f->arena, IncPhi *, ncap);
        if (b->incap)
            memcpy(n, b->incomplete, sizeof(IncPhi *) * (size_t)b->incap);
        b->incomplete = n;
        b->incap = ncap;
    }
    IncPhi *ip = ARENA_NEW(b->f->arena, IncPhi);
    *ip = (IncPhi){b->incomplete[blk->id], v, var};
    b->incomplete[blk->id] = ip;
    return v;
}

/* Follows a chain of sealed single-predecessor blocks without a definition
 * iteratively; a chain that runs in a circle is unreachable code. */
static Block *chain_start(Builder *b, int var, Block *blk, bool *cycle) {
    int steps = 0;
    while (blk->sealed && blk->npreds == 1 && !lookup_word(b, var, blk)) {
        blk = blk->preds[0];
        if (++steps > b->f->nblocks) {
            *cycle = true;
            break;
        }
    }
    return blk;
}

/* The definition of var reaching the start of blk, without recursion: a
 * join gets a phi whose operands are filled in later from b->pending. */
static Value *read_shallow(Builder *b, int var, Block *blk) {
    Value *v = lookup_word(b, var, blk);
    if (v)
        return v;
    Block *at = blk;
    bool cycle = false;
    if (blk->sealed && blk->npreds == 1) {
        at = chain_start(b, var, blk->preds[0], &cycle);
        v = cycle ? NULL : lookup_word(b, var, at);
    }
    if (!v && (cycle || (at->sealed && at->npreds == 0)))
        v = ssa_new_value(b->f, at, SSA_UNDEF, 8, at->pos);
    else if (!v && !at->sealed)
        v = incomplete_phi(b, var, at);
    else if (!v) {
        v = new_phi(b, at, 8);
        v->aux = var;
        vec_push(&b->pending, v);
    }
    write_word(b, var, at, v);
    if (at != blk)
        write_word(b, var, blk, v);
    return v;
}

/* A phi whose operands are all one value (or itself) becomes a copy of it;
 * phielim catches those only found trivial after later operands settle. */
static void remove_if_trivial(Value *phi) {
    Value *same = NULL;
    for (int i = 0; i < phi->nargs; i++) {
        Value *a = ssa_resolve(phi->args[i]);
        if (a == phi || a == same)
            continue;
        if (same)
            return;
        same = a;
    }
    if (!same)
        return;
    phi->op = SSA_COPY;
    phi->args[0] = same;
    phi->nargs = 1;
}

static void add_phi_operands(Builder *b, int var, Value *phi) {
    Block *blk = phi->block;
    for (int i = 0; i < blk->npreds; i++)
        ssa_add_arg(b->f, phi, read_shallow(b, var, blk->preds[i]));
}

/* Braun et al.'s readVariable, with the recursion through joins turned into
 * a work list so that long chains of joins cannot exhaust the C stack. */
static Value *read_word(Builder *b, int var, Block *blk) {
    int base = b->pending.len;
    Value *v = read_shallow(b, var, blk);
    Vec done = {0};
    while (b->pending.len > base) {
        Value *phi = vec_pop(&b->pending);
        add_phi_operands(b, (int)phi->aux, phi);
        vec_push(&done, phi);
    }
    for (int i = done.len - 1; i >= 0; i--)     /* innermost phis first */
        remove_if_trivial(done.items[i]);
    vec_free(&done);
    return v;
}

void bld_seal(Builder *b, Block *blk) {
    if (blk->sealed)
        return;
    blk->sealed = true;
    IncPhi *ip = blk->id < b->incap ? b->incomplete[blk->id] : NULL;
    for (; ip; ip = ip->next) {
        int base = b->pending.len;
        add_phi_operands(b, ip->var, ip->phi);
        while (b->pending.len > base) {
            Value *phi = vec_pop(&b->pending);
            add_phi_operands(b, (int)phi->aux, phi);
            remove_if_trivial(phi);
        }
        remove_if_trivial(ip->phi);
    }
}

Var *bld_new_var(Builder *b, Type *t) {
    Var *v = ARENA_NEW(b->f->arena, Var);
    v->nwords = bld_type_words(t, v->wt);
    if (v->nwords < 0)
        v->nwords = 0;
    v->id = b->nvars;
    b->nvars += v->nwords ? v->nwords : 1;
    return v;
}

Var *bld_var_of(Builder *b, Object *o) {
    if (!o->backend) {
        Var *v = bld_new_var(b, o->type);
        v->type = o->type;
        if (v->nwords > 0 && (bld_is_mem(o->type) || (o->flags & (OBJF_ADDR_TAKEN | OBJF_CAPTURED)))) {
            v->boxed = true;    /* the word is the address of a heap cell */
            v->nwords = 1;
            v->wt[0] = (WordType){8, false, false};
            bld_stack_var(b, o, v);
        }
        if (v->nwords == 0)
            bld_unsupported(b, o->pos, arena_printf(b->f->arena, "a variable of type %s", types_string(o->type)));
        o->backend = v;
    }
    return o->backend;
}

void bld_write_var(Builder *b, Var *v, Words w) {
    for (int i = 0; i < v->nwords && i < w.n; i++)
        write_word(b, v->id + i, b->cur, w.v[i]);
}

Words bld_read_var(Builder *b, Var *v) {
    if (v->stack)
        return (Words){{bld_stack_addr(b, v, (Pos){0})}, 1};
    Words w = {{0}, v->nwords};
    for (int i = 0; i < v->nwords; i++)
        w.v[i] = read_word(b, v->id + i, b->cur);
    return w;
}

bool bld_has_pointers(Type *t) {
    Type *u = bld_under(t);
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32: case TYPE_INT64:
    case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32: case TYPE_UINT64: case TYPE_UINTPTR:
    case TYPE_FLOAT32: case TYPE_FLOAT64: case TYPE_COMPLEX64: case TYPE_COMPLEX128: return false;
    case TYPE_ARRAY: return u->len > 0 && bld_has_pointers(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (bld_has_pointers(u->fields[i].type))
                return true;
        return false;
    default: return true;
    }
}
