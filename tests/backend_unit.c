/* backend_unit.c - builds small SSA functions by hand and prints their
 * assembly, so the back end's passes can be exercised without the parser
 * and type checker. tests/backend_test.sh compiles and runs it. */
#include <stdio.h>
#include <string.h>

#include "ssa.h"

static Pos P(int line) { return (Pos){"unit.go", line, 1}; }

/* func add(a, b int) int { return a + b } */
static SsaFunc *build_add(Arena *a) {
    SsaFunc *f = ssa_new_func(a, "main.add", P(1));
    Block *b = ssa_new_block(f, BK_RET);
    Value *x = ssa_value0(f, b, SSA_ARG, 8, P(1));
    Value *y = ssa_value0(f, b, SSA_ARG, 8, P(1));
    y->aux = 1;
    Value *s = ssa_value2(f, b, SSA_ADD, 8, P(2), x, y);
    ssa_set_rets(f, b, &s, 1);
    f->nargs = 2;
    f->nresults = 1;
    return f;
}

/* func sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i; printint(s) }; return s } */
static SsaFunc *build_sum(Arena *a) {
    SsaFunc *f = ssa_new_func(a, "main.sum", P(10));
    Block *e = ssa_new_block(f, BK_PLAIN), *h = ssa_new_block(f, BK_IF);
    Block *body = ssa_new_block(f, BK_PLAIN), *x = ssa_new_block(f, BK_RET);
    Value *n = ssa_value0(f, e, SSA_ARG, 8, P(10));
    Value *zero = ssa_const(f, e, 0, P(11));
    ssa_add_edge(f, e, h);
    Value *s = ssa_value0(f, h, SSA_PHI, 8, P(11));
    Value *i = ssa_value0(f, h, SSA_PHI, 8, P(11));
    Value *c = ssa_value2(f, h, SSA_LT, 1, P(11), i, n);
    c->sign = true;
    h->ctl = c;
    ssa_add_edge(f, h, body);
    ssa_add_edge(f, h, x);
    Value *s2 = ssa_value2(f, body, SSA_ADD, 8, P(12), s, i);
    Value *call = ssa_value1(f, body, SSA_CALL, 0, P(12), s2);
    call->sym = "runtime.printint";
    call->aux = SSA_ABI_C;
    Value *i2 = ssa_value2(f, body, SSA_ADD, 8, P(11), i, ssa_const(f, body, 1, P(11)));
    ssa_add_edge(f, body, h);
    ssa_add_arg(f, s, zero), ssa_add_arg(f, s, s2);
    ssa_add_arg(f, i, zero), ssa_add_arg(f, i, i2);
    ssa_set_rets(f, x, &s, 1);
    f->nargs = 1;
    f->nresults = 1;
    return f;
}

int main(int argc, char **argv) {
    Arena a = {0};
    Buf out = {0}, dump = {0};
    SsaFunc *fs[] = {build_add(&a), build_sum(&a)};
    for (int i = 0; i < 2; i++) {
        if (argc > 1 && !strcmp(argv[1], "-d")) {
            fs[i]->dump = true;
            fs[i]->dumpout = &dump;
        }
        ssa_run_passes(fs[i], &out);
    }
    fwrite(dump.data, 1, dump.len, stdout);
    fwrite(out.data, 1, out.len, stdout);
    return 0;
}
