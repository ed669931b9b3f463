/* amd64.h - the state shared by the amd64 emitter's files: the output
 * buffer, the #line bookkeeping, and the operand/move helpers of
 * amd64_move.c used by amd64_emit.c. */
#ifndef COMPILER_AMD64_H
#define COMPILER_AMD64_H

#include "regalloc.h"

typedef struct Emit {
    SsaFunc *f;
    Buf *out;
    const char *file;   /* file of the last #line */
    int nextline;       /* line number the assembler gives the next text line; 0 = unknown */
    int line;           /* Go line of the instructions being emitted */
} Emit;

/* Writes one instruction line (tab, mnemonic, tab, operands), preceded by a
 * #line directive when the assembler's line counter would be wrong. */
void amd64_ins(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void amd64_label(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

typedef struct Opnd {
    char s[1024];       /* symbol operands can be long: type.struct { ... }, go.string."..." */
} Opnd;

/* v as a source operand: register, n(SP), or $imm; anything else is first
 * loaded into the scratch register. */
Opnd amd64_src(Emit *e, Value *v, int scratch);
/* v in a register: its own, or loaded into scratch. */
int amd64_in_reg(Emit *e, Value *v, int scratch);
/* Puts v into register r (no code if it is there already). */
void amd64_to_reg(Emit *e, Value *v, int r);
/* Register to compute v in: its own, or RA_SCRATCH when v lives on the stack. */
int amd64_dst_reg(Value *v);
/* The same for a flt value: its own or RA_XSCRATCH. */
int amd64_fdst_reg(Value *v);
/* Writes the float value v (amd64_float.c); false if v is not a float op. */
bool amd64_float_value(Emit *e, Value *v);
/* A float constant as an operand the assembler turns into rodata: $1.5 */
Opnd amd64_fconst(Value *v);
/* Stores the result from r to v's stack slot if v is spilled. */
void amd64_finish(Emit *e, Value *v, int r);
Opnd amd64_reg(int r);
/* Computes a constant or symbol address into r. */
void amd64_remat(Emit *e, Value *v, int r);

/* Parallel moves: sources are values (or fixed registers), destinations registers or slots. */
typedef struct Move {
    Value *srcv;    /* source value, or NULL: srcreg */
    int srcreg;
    Loc dst;
} Move;
void amd64_parallel_move(Emit *e, Move *m, int n);

#endif
