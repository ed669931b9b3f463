/* regalloc.h - shared between the register allocator (regalloc*.c) and the
 * amd64 emitter: the calling conventions as register tables, and which
 * registers each op clobbers or needs. */
#ifndef COMPILER_REGALLOC_H
#define COMPILER_REGALLOC_H

#include "ssa.h"

/* docs/abi.md §1 (ABIInternal) and §2 (System V, for runtime entry points). */
enum { ABI_INTERNAL_NREGS = 9, ABI_C_NARGS = 6, ABI_C_NRES = 2 };
/* Most register words of one call: 9 integer and 15 float (X0-X14). X14 is
 * not allocatable (the emitter's scratch) but still carries the 15th float
 * word: only the parallel moves right at entry, calls and returns touch it. */
enum { ABI_INTERNAL_NFREGS = 15, ABI_MAX_WORDS = ABI_INTERNAL_NREGS + ABI_INTERNAL_NFREGS };
extern const int amd64_abi_internal_regs[ABI_INTERNAL_NREGS];
extern const int amd64_abi_c_args[ABI_C_NARGS];
extern const int amd64_abi_c_results[ABI_C_NRES];

/* The register that carries argument (or result) word i of a call, where i
 * counts the words of the same register class (integer or float). */
int amd64_arg_reg(int abi, int i);
int amd64_result_reg(int abi, int i);
int amd64_farg_reg(int abi, int i);
/* The register of word k of words[0..] (call arguments, results), by class. */
int amd64_word_reg(int abi, Value **words, int k, bool result);
/* The register of argument k of a call (the funcval of an indirect call: DX). */
int amd64_call_arg_reg(Value *call, int k);
/* The fixed register of an SSA_ARG or SSA_SELECT. */
int amd64_value_reg(Value *v);

/* Registers the allocator hands out; R12 and R13 are the emitter's scratch
 * registers (memory-to-memory moves, spilled operands, cycle breaking). */
#define RA_ALLOCATABLE ((1u << REG_AX) | (1u << REG_BX) | (1u << REG_CX) | (1u << REG_DX) | \
                        (1u << REG_SI) | (1u << REG_DI) | (1u << REG_R8) | (1u << REG_R9) |  \
                        (1u << REG_R10) | (1u << REG_R11) | (1u << REG_R15))
/* XMM registers the allocator hands out (X0-X13); X14 is the emitter's float
 * scratch register and X15 the fixed zero (docs/abi.md §1). */
#define RA_XMM_ALLOCATABLE (((1u << 14) - 1) << REG_X0)
#define RA_XSCRATCH REG_X14
#define RA_SCRATCH REG_R12
#define RA_SCRATCH2 REG_R13

/* Registers destroyed by executing v (calls: all; division: AX, DX; variable shifts: CX). */
unsigned amd64_clobbers(Value *v);

/* Positions where a value must stay intact: [from, to). A use at position u
 * ends a range at u (the instruction reads before it writes), a definition
 * at d starts one at d. */
struct LiveRange {
    int from, to;
    LiveRange *next;
};

void ra_intervals(SsaFunc *f);
/* Splits values live across calls (regalloc_split.c); true if it changed f. */
bool ra_split_calls(SsaFunc *f);

#endif
