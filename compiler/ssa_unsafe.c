/* ssa_unsafe.c - the Go 1.17 unsafe builtins that make code:
 * unsafe.Add(ptr, len) and unsafe.Slice(ptr, len), with the run-time checks
 * of Go's runtime.unsafeslice (Sizeof, Alignof and Offsetof are constants
 * and never get here). */
#include "ssa_build.h"


static Value *op2(Builder *b, SsaOp op, bool sign, Value *x, Value *y, Pos pos) {
    Value *v = ssa_value2(b->f, b->cur, op, op >= SSA_EQ && op <= SSA_GE ? 1 : 8, pos, x, y);
    v->sign = sign;
    return v;
}

/* The len argument as an int (any integer type is allowed). */
static Value *int_arg(Builder *b, Node *a) {
    return bld_convert_words(b, bld_expr(b, a), a->type, TYPE(TYPE_INT), a->pos).v[0];
}

/* unsafe.Add(ptr, len): ptr + len, no checks (as in Go). */
static Words unsafe_add(Builder *b, Node *call) {
    Value *p = bld_expr1(b, call->call.args.items[0]);
    Value *n = int_arg(b, call->call.args.items[1]);
    return (Words){{op2(b, SSA_ADD, false, p, n, call->pos)}, 1};
}

/* unsafe.Slice(ptr, len): []T{ptr, len, len}. Panics as Go's unsafeslice:
 * len < 0, len*size overflowing or running past the end of the address
 * space ("len out of range"), or a nil ptr with a non-zero size. */
static Words unsafe_slice(Builder *b, Node *call) {
    Pos pos = call->pos;
    Value *p = bld_expr1(b, call->call.args.items[0]);
    Value *n = int_arg(b, call->call.args.items[1]);
    Type *et = bld_under(call->call.args.items[0]->type)->elem;
    types_layout(et);
    uint64_t size = (uint64_t)et->size;
    bld_check(b, op2(b, SSA_LT, true, n, konst(b, 0, pos), pos), "panicunsafeslicelen", NULL, 0, pos);
    if (size > 0) {
        Value *over = op2(b, SSA_GT, false, n, konst(b, (int64_t)(UINT64_MAX / size), pos), pos);
        Value *mem = op2(b, SSA_MUL, false, n, konst(b, (int64_t)size, pos), pos);
        Value *room = op2(b, SSA_SUB, false, konst(b, 0, pos), p, pos);       /* bytes left above ptr */
        Value *fail = op2(b, SSA_OR, false, over, op2(b, SSA_GT, false, mem, room, pos), pos);
        Value *isnil = op2(b, SSA_EQ, false, p, konst(b, 0, pos), pos);
        bld_check(b, op2(b, SSA_AND, false, fail, isnil, pos), "panicunsafeslicenilptr", NULL, 0, pos);
        bld_check(b, fail, "panicunsafeslicelen", NULL, 0, pos);
    }
    return (Words){{p, n, n}, 3};
}

bool bld_unsafe_builtin(Builder *b, Node *call, Object *o, Words *out) {
    switch (o->builtin) {
    case BUILTIN_UNSAFE_ADD: *out = unsafe_add(b, call); return true;
    case BUILTIN_UNSAFE_SLICE: *out = unsafe_slice(b, call); return true;
    default: return false;
    }
}
