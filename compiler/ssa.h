/* ssa.h - the back end's SSA form: functions made of basic blocks made of
 * values, the op table, and the entry points of the back-end passes.
 *
 * The model (deliberately small, designed to grow):
 *  - Every Go value is split into machine words before it reaches SSA (a
 *    string is two values: ptr, len). Every integer value lives in a 64-bit
 *    register in canonical form: extended from its Go width according to its
 *    signedness (an int8 -1 is 0xffff...ff, a uint8 255 is 0xff). Ops that
 *    can leave garbage above the width (add, sub, mul, neg, com, shl, signed
 *    div) are followed by an SSA_EXT that re-canonicalises, so compares,
 *    divisions and conversions can all work on 64 bits. A float32/float64
 *    is one word with flt set, living in an XMM register (low 4 or 8 bytes);
 *    its arithmetic, compares and conversions have their own ops (SSA_F*,
 *    SSA_CVT), while constants, copies, phis, loads and stores are shared.
 *  - There is no memory chain: values inside a block stay in the order the
 *    builder emitted them, and no pass reorders loads, stores or calls, so
 *    program order is the block order. Passes only delete or rewrite values.
 *  - Calls produce no value themselves; their result words are SSA_SELECT
 *    values that immediately follow the call.
 *  - Blocks end in a kind: plain (one successor), if (control value, two
 *    successors), ret (result words in rets[]), exit (a call that does not
 *    return, e.g. runtime.panicIndex).
 *
 * Lowering (amd64_lower.c) keeps the same ops but folds constant operands
 * into `aux` (v->imm) and fuses compares into their block's branch. The
 * register allocator (regalloc.c) fills in v->loc, and amd64_emit.c prints. */
#ifndef COMPILER_SSA_H
#define COMPILER_SSA_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"

typedef struct Block Block;
typedef struct Value Value;
typedef struct LiveRange LiveRange;

typedef enum SsaOp {
    SSA_INVALID,
    SSA_CONST,      /* aux = the value (canonical 64-bit form) */
    SSA_ADDR,       /* address of symbol sym + aux */
    SSA_ARG,        /* aux = index of the incoming argument word */
    SSA_COPY,       /* args[0] */
    SSA_PHI,        /* args[i] flows in from preds[i] */
    SSA_UNDEF,      /* an unused/uninitialised word (dead code only) */
    SSA_ADD, SSA_SUB, SSA_MUL, SSA_DIV, SSA_MOD,   /* DIV/MOD: sign = signed */
    SSA_AND, SSA_OR, SSA_XOR, SSA_ANDNOT,
    SSA_SHL, SSA_SHR,   /* count is unsigned; >= 64 gives 0 (SHR with sign: fills) */
    SSA_NEG, SSA_COM, SSA_NOT,
    SSA_EXT,        /* canonicalise args[0] to aux bytes (1, 2, 4), sign-extending if sign */
    SSA_EQ, SSA_NE, SSA_LT, SSA_LE, SSA_GT, SSA_GE, /* sign: signed compare; result 0/1 */
    SSA_LOAD,       /* sym+aux(SB) or aux(args[0])(args[1]*1); mwidth bytes, sign extends */
    SSA_STORE,      /* value = last arg; address as for LOAD; mwidth bytes */
    SSA_CALL,       /* call sym with args (words); aux = ABI (SSA_ABI_*); nres result words */
    SSA_SELECT,     /* aux-th result word of its register class of the call args[0] */
    /* floating point (ssa_float.c, amd64_float.c): operands and results are
     * flt values (width 4: float32, 8: float64) except as noted */
    SSA_FADD, SSA_FSUB, SSA_FMUL, SSA_FDIV, SSA_FNEG,
    SSA_FEQ, SSA_FNE, SSA_FLT, SSA_FLE, SSA_FGT, SSA_FGE,  /* integer 0/1 result, NaN-aware */
    SSA_CVT,        /* conversion, aux = SsaCvt; width: result width */
    SSA_NOP,        /* deleted value awaiting removal */
    SSA_NUM_OPS
} SsaOp;

enum { SSA_ABI_INTERNAL = 0, SSA_ABI_C = 1, SSA_ABI_0 = 2 /* assembly, all on the stack */ };

/* SSA_CVT kinds: signed/unsigned 64-bit integer <-> float, float <-> float. */
typedef enum SsaCvt { CVT_I2F, CVT_U2F, CVT_F2I, CVT_F2U, CVT_F2F } SsaCvt;

typedef struct SsaOpInfo {
    const char *name;
    bool commutative;
    bool pure;          /* no side effects: may be deleted when unused */
    bool result;        /* produces a machine word */
} SsaOpInfo;
extern const SsaOpInfo ssa_opinfo[SSA_NUM_OPS];

/* amd64 registers in hardware numbering. */
enum {
    REG_AX, REG_CX, REG_DX, REG_BX, REG_SP, REG_BP, REG_SI, REG_DI,
    REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
    REG_X0, REG_X13 = REG_X0 + 13, REG_X14, REG_X15,
    REG_COUNT, REG_NONE = -1
};
extern const char *const amd64_regname[REG_COUNT];
extern const char *const amd64_regname8[REG_COUNT];

/* Where a value lives after register allocation. */
typedef enum LocKind { LOC_NONE, LOC_REG, LOC_STACK, LOC_REMAT } LocKind;
typedef struct Loc {
    LocKind kind;
    int reg;            /* LOC_REG */
    int off;            /* LOC_STACK: offset from SP */
} Loc;

struct Value {
    int id;
    SsaOp op;
    bool sign;          /* signed operation / sign extension */
    bool imm;           /* lowered: the last operand is the immediate aux2 */
    bool fused;         /* lowered compare evaluated by its block's branch */
    bool flt;           /* a float word: lives in an XMM register (width 4 or 8) */
    bool closure;       /* CALL: indirect through the funcval in the last arg (in DX);
                           ARG: the closure context (DX) */
    uint8_t width;      /* Go width of the result in bytes (1, 2, 4, 8); 0: no result */
    uint8_t mwidth;     /* LOAD/STORE: bytes accessed */
    int nres;           /* CALL: result words */
    int64_t aux;
    int64_t aux2;       /* immediate operand after lowering */
    const char *sym;
    const char *sdata;  /* ADDR of a string constant: its bytes */
    Value **args;
    int nargs, capargs;
    Block *block;
    Pos pos;
    int uses;
    int lpos_verify;    /* ssa_verify: index in its block */
    /* register allocation */
    int lpos;           /* linear position of the instruction */
    int lfrom;          /* start of the live interval (before lpos for a phi of a rotated loop) */
    int lend;           /* end of the live interval (exclusive: the last use) */
    LiveRange *ranges;  /* the interval's ranges, ascending, with holes between */
    LiveRange *rcur;    /* scan cursor into ranges */
    int hint;           /* preferred register or REG_NONE */
    Value *hintv;       /* or: prefer the register of this value (phi it feeds) */
    bool moved_only;    /* constant or address only copied (call/phi/return): rematerialise */
    Loc loc;
};

typedef enum BlockKind { BK_PLAIN, BK_IF, BK_RET, BK_EXIT } BlockKind;

struct Block {
    int id;
    BlockKind kind;
    Value **vals;
    int nvals, capvals;
    Block *succ[2];
    int nsucc;
    Block **preds;
    int npreds, cappreds;
    Value *ctl;         /* BK_IF: the condition */
    Value **rets;       /* BK_RET: result words */
    int nrets;
    Pos pos;
    bool sealed;        /* construction: all predecessors known */
    bool dead;          /* construction: code after return/goto/break, never jumped to */
    bool cold;          /* layout: place at the end (panic paths) */
    int order;          /* layout index */
    Block *rot_first, *rot_next;    /* layout: loop headers placed after this block */
    bool rot_moved;
    int lstart, lend;   /* linear positions of block start and end */
    bool visited;
};

typedef struct SsaFunc {
    Arena *arena;
    const char *name;   /* link name, "main.f" */
    Pos pos;
    Block **blocks;     /* every block; entry first; after layout: in layout order */
    int nblocks, capblocks;
    int nextblock;      /* next block id (ids are never reused) */
    int nvalues;        /* values get ids 0..nvalues-1 */
    int nargs;          /* incoming argument words */
    int nresults;       /* result words */
    int outargs;        /* bytes of outgoing argument area needed by calls */
    int framesize;      /* final frame (multiple of 16, excludes the BP slot) */
    int stkobjs;        /* bytes of stack objects: non-escaping variables (escape.c) */
    int stkbase;        /* regalloc: SP offset of the stack-object area */
    bool has_calls;
    bool nosplit;       /* //go:nosplit: no stack check in the prologue */
    bool needctxt;      /* a closure body: DX holds its funcval (NEEDCTXT) */
    bool wrapper;       /* a defer wrapper: WRAPPER, so recover() works in its callee */
    bool dupok;         /* generated code other packages may generate too: DUPOK */
    bool dump;          /* -d ssa */
    Buf *dumpout;
} SsaFunc;

#define REG_IS_X(r) ((r) >= REG_X0 && (r) <= REG_X15)

/* ssa.c: construction */
SsaFunc *ssa_new_func(Arena *a, const char *name, Pos pos);
Block *ssa_new_block(SsaFunc *f, BlockKind kind);
Value *ssa_new_value(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos);
Value *ssa_value0(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos);
Value *ssa_value1(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos, Value *x);
Value *ssa_value2(SsaFunc *f, Block *b, SsaOp op, int width, Pos pos, Value *x, Value *y);
Value *ssa_const(SsaFunc *f, Block *b, int64_t c, Pos pos);
void ssa_add_arg(SsaFunc *f, Value *v, Value *arg);
void ssa_add_edge(SsaFunc *f, Block *from, Block *to);
void ssa_add_pred(SsaFunc *f, Block *to, Block *from);   /* the predecessor half of an edge */
void ssa_append(SsaFunc *f, Block *b, Value *v);
void ssa_set_rets(SsaFunc *f, Block *b, Value **rets, int n);
void ssa_replace_succ(Block *b, Block *old, Block *nw);
void ssa_replace_pred(Block *b, Block *old, Block *nw);
int ssa_pred_index(Block *b, Block *pred);

/* ssa.c: printing and checking */
void ssa_dump(SsaFunc *f, const char *pass, Buf *out);
void ssa_verify(SsaFunc *f, const char *pass);   /* aborts via diag_fatal on a broken invariant */
void ssa_count_uses(SsaFunc *f);
Value *ssa_resolve(Value *v);                     /* follows SSA_COPY chains */

/* passes (ssa_opt.c, amd64_lower.c, regalloc.c) */
void ssa_float_phis(SsaFunc *f);   /* ssa_float.c: phis and copies of flt words are flt */
void ssa_phielim(SsaFunc *f);
void ssa_copyelim(SsaFunc *f);
void ssa_fold(SsaFunc *f);
void ssa_deadcode(SsaFunc *f);
void ssa_simplify_cfg(SsaFunc *f);
void ssa_split_critical(SsaFunc *f);
void ssa_layout(SsaFunc *f);
void amd64_lower(SsaFunc *f);
void ssa_regalloc(SsaFunc *f);
void amd64_emit(SsaFunc *f, Buf *out);

/* ssa_pass.c: runs the pipeline on a built function and prints it. */
void ssa_run_passes(SsaFunc *f, Buf *out);

/* SSA_ADDR symbols that are not symbols (ssa_abi.c): the outgoing argument
 * area at aux(SP) and the incoming one at arg+aux(FP). Compared by address. */
extern const char ssa_sym_sp[], ssa_sym_fp[];
/* SSA_ADDR of ssa_sym_stk: aux bytes into the function's stack-object area
 * (the frame above the spill slots), printed as (stkbase+aux)(SP). */
extern const char ssa_sym_stk[];

/* helpers shared by emit and data output */
void ssa_put_symbol(Buf *out, const char *name);  /* plain or "quoted" form (docs/abi.md §5) */
bool ssa_fits_int32(int64_t v);

#endif
