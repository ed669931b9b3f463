/* optab.h - the instruction form table shared by optab.c (which fills it)
 * and encode.c (which walks it). A mnemonic has an ordered list of forms;
 * the first form whose operand classes match the operands is encoded. */
#ifndef ASM_OPTAB_H
#define ASM_OPTAB_H

#include <stdint.h>

#include "asm.h"

/* Operand classes (one char per operand, in Go source order):
 *   r GPR          m memory        e GPR or memory
 *   R byte GPR     E byte GPR or memory (for MOVB?X sources, SETcc)
 *   x XMM          y XMM or memory
 *   a AX / AL      c CX / CL       1 the constant 1
 *   b imm -128..127   u imm -128..255   i imm fitting the form's immediate
 *   U imm 0..0xffffffff   q any imm   j branch target (label, n(PC), sym(SB))
 * Roles (one char per operand): r ModRM.reg, m ModRM.rm, i immediate,
 *   o register added to the last opcode byte, _ implicit, j branch. */
enum { F_NOW = 1 };     /* width 8 without REX.W (PUSHQ, CALL r/m, ...) */

typedef struct Form {
    const char *cls;
    const char *roles;
    uint8_t w;          /* operand width 1/2/4/8, 0 = not a GPR width */
    uint8_t pfx;        /* mandatory prefix 0x66/0xF2/0xF3 or 0 */
    uint8_t op[4], opn;
    int8_t ext;         /* ModRM.reg digit, -1 when a reg operand fills it */
    uint8_t immw;       /* immediate bytes */
    uint8_t flags;
} Form;

typedef struct OpForms {
    const char *name;
    Form *forms;
    int n, cap;
    int cond;           /* Jcc: condition code 0-15, -1 otherwise */
    int shortonly;      /* JCXZ/LOOP: rel8 only, opcode bytes in sop */
    uint8_t sop[2], sopn;
} OpForms;

OpForms *asm_optab_lookup(const char *op);
/* Calls fn for every mnemonic with forms (disasm.c builds its decoding table so). */
void asm_optab_each(void (*fn)(OpForms *o, void *arg), void *arg);
/* The form asm_encode would choose for p's operands, or NULL; reports nothing. */
const Form *asm_match_form(const Prog *p);

#endif
