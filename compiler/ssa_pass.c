/* ssa_pass.c - the back end's pass pipeline, as one list. The verifier runs
 * after every pass, and with `-d ssa` the function is dumped after each one.
 *
 *   early deadcode      drop unreachable code (its phis may refer to themselves)
 *   phielim, copyelim   remove phis Braun's construction left trivial
 *   fold                constant folding (also of branches)
 *   deadcode            unreachable blocks and unused pure values
 *   simplify cfg        merge straight-line blocks, bypass empty ones
 *   lower               amd64 instruction selection (immediates, CMP+Jcc)
 *   deadcode            constants absorbed into immediates
 *   split critical      give every phi edge a block for its moves
 *   layout              block order: reverse postorder, panic paths last,
 *                       loop exit tests rotated below the loop body
 *   regalloc            linear scan; stack frame
 * and then the emitter prints the function. */
#include "ssa.h"

typedef struct Pass {
    const char *name;
    void (*run)(SsaFunc *f);
} Pass;

static void phielim_copyelim(SsaFunc *f) {
    ssa_phielim(f);
    ssa_copyelim(f);
}

static const Pass passes[] = {
    {"early deadcode", ssa_deadcode},
    {"phielim", phielim_copyelim},
    {"fold", ssa_fold},
    {"deadcode", ssa_deadcode},
    {"simplify cfg", ssa_simplify_cfg},
    {"phielim again", phielim_copyelim},
    {"lower", amd64_lower},
    {"lowered deadcode", ssa_deadcode},
    {"split critical", ssa_split_critical},
    {"layout", ssa_layout},
    {"regalloc", ssa_regalloc},
};

void ssa_run_passes(SsaFunc *f, Buf *out) {
    if (f->dump)
        ssa_dump(f, "build", f->dumpout);
    ssa_verify(f, "build");
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
        passes[i].run(f);
        if (f->dump)
            ssa_dump(f, passes[i].name, f->dumpout);
        ssa_verify(f, passes[i].name);
    }
    amd64_emit(f, out);
}
