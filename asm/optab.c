/* optab.c - the amd64 instruction table: for every Go mnemonic the ordered
 * list of operand forms (classes, roles, prefix, opcode, /digit, immediate
 * size), built once at start-up from compact family descriptions, plus the
 * mnemonic aliases (JE → JEQ, ...). The form order follows Go's assembler
 * so the chosen encodings match `go tool asm`. */
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "optab.h"

const char *asm_op_TEXT, *asm_op_RET, *asm_op_JMP, *asm_op_CALL, *asm_op_LABEL, *asm_op_NOP;

static StrMap optab, aliases;

static OpForms *get(const char *name) {
    OpForms *o = strmap_get(&optab, name);
    if (!o) {
        o = xcalloc(1, sizeof *o);
        o->name = intern(name);
        o->cond = -1;
        strmap_put(&optab, name, o);
    }
    return o;
}

/* Adds one form; opc is a hex byte string such as "0f af". */
static void F(const char *mn, const char *cls, const char *roles, int w, int pfx, const char *opc, int ext, int immw,
              int flags) {
    OpForms *o = get(mn);
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 4;
        o->forms = xrealloc(o->forms, sizeof(Form) * (size_t)o->cap);
    }
    Form *f = &o->forms[o->n++];
    memset(f, 0, sizeof *f);
    f->cls = cls;
    f->roles = roles;
    f->w = (uint8_t)w;
    f->pfx = (uint8_t)pfx;
    f->ext = (int8_t)ext;
    f->immw = (uint8_t)immw;
    f->flags = (uint8_t)flags;
    for (char *end; *opc;) {
        f->op[f->opn++] = (uint8_t)strtoul(opc, &end, 16);
        opc = end;
        while (*opc == ' ')
            opc++;
    }
}

static char namebuf[64];
static const char *nm(const char *a, const char *b) {
    snprintf(namebuf, sizeof namebuf, "%s%s", a, b);
    return intern(namebuf);
}
static const char *hx(int v) {
    static char b[8][8];
    static int k;
    k = (k + 1) % 8;
    snprintf(b[k], sizeof b[k], "%02x", v & 0xff);
    return b[k];
}
static const char *hx2(const char *lead, int v) {
    static char b[8][16];
    static int k;
    k = (k + 1) % 8;
    snprintf(b[k], sizeof b[k], "%s %02x", lead, v & 0xff);
    return b[k];
}

static const struct { const char *s; int w; } widths[4] = {{"B", 1}, {"W", 2}, {"L", 4}, {"Q", 8}};
static int immw(int w) { return w == 1 ? 1 : w == 2 ? 2 : 4; }

static void alu_family(void) {
    static const char *const names[8] = {"ADD", "OR", "ADC", "SBB", "AND", "SUB", "XOR", "CMP"};
    for (int n = 0; n < 8; n++)
        for (int k = 0; k < 4; k++) {
            const char *mn = nm(names[n], widths[k].s);
            int w = widths[k].w, b = w == 1 ? 0 : 1, iw = immw(w);
            if (n == 7) {   /* CMP a, b: operands read left to right */
                if (w != 1)
                    F(mn, "eb", "mi", w, 0, "83", 7, 1, 0);
                F(mn, "ai", "_i", w, 0, hx(0x3c + b), -1, iw, 0);
                F(mn, "ei", "mi", w, 0, w == 1 ? "80" : "81", 7, iw, 0);
                F(mn, "er", "mr", w, 0, hx(0x38 + b), -1, 0, 0);
                F(mn, "re", "rm", w, 0, hx(0x3a + b), -1, 0, 0);
                continue;
            }
            if (w != 1)
                F(mn, "be", "im", w, 0, "83", n, 1, 0);
            F(mn, "ia", "i_", w, 0, hx(8 * n + 4 + b), -1, iw, 0);
            F(mn, "ie", "im", w, 0, w == 1 ? "80" : "81", n, iw, 0);
            F(mn, "re", "rm", w, 0, hx(8 * n + b), -1, 0, 0);
            F(mn, "er", "mr", w, 0, hx(8 * n + 2 + b), -1, 0, 0);
        }
}

static void unary_shift_family(void) {
    static const char *const sh[8] = {"ROL", "ROR", "RCL", "RCR", "SHL", "SHR", "SAL", "SAR"};
    static const int shn[8] = {0, 1, 2, 3, 4, 5, 4, 7};
    static const char *const un[8] = {"NOT", "NEG", "MUL", "IMUL", "DIV", "IDIV", "INC", "DEC"};
    static const int unn[8] = {2, 3, 4, 5, 6, 7, 0, 1};
    for (int k = 0; k < 4; k++) {
        int w = widths[k].w, b = w == 1 ? 0 : 1;
        for (int n = 0; n < 8; n++) {
            const char *mn = nm(sh[n], widths[k].s);
            F(mn, "1e", "_m", w, 0, hx(0xd0 + b), shn[n], 0, 0);
            F(mn, "ue", "im", w, 0, hx(0xc0 + b), shn[n], 1, 0);
            F(mn, "ce", "_m", w, 0, hx(0xd2 + b), shn[n], 0, 0);
        }
        for (int n = 0; n < 8; n++)
            F(nm(un[n], widths[k].s), "e", "m", w, 0, n >= 6 ? hx(0xfe + b) : hx(0xf6 + b), unn[n], 0, 0);
        const char *t = nm("TEST", widths[k].s);
        F(t, "ia", "i_", w, 0, hx(0xa8 + b), -1, immw(w), 0);
        F(t, "ie", "im", w, 0, hx(0xf6 + b), 0, immw(w), 0);
        F(t, "re", "rm", w, 0, hx(0x84 + b), -1, 0, 0);
        F(t, "er", "mr", w, 0, hx(0x84 + b), -1, 0, 0);
        const char *x = nm("XCHG", widths[k].s);
        if (w != 1) {
            F(x, "ar", "_o", w, 0, "90", -1, 0, 0);
            F(x, "ra", "o_", w, 0, "90", -1, 0, 0);
        }
        F(x, "re", "rm", w, 0, hx(0x86 + b), -1, 0, 0);
        F(x, "er", "mr", w, 0, hx(0x86 + b), -1, 0, 0);
        if (w != 1) {
            F(nm("SHL", widths[k].s), "ure", "irm", w, 0, "0f a4", -1, 1, 0);
            F(nm("SHL", widths[k].s), "cre", "_rm", w, 0, "0f a5", -1, 0, 0);
            F(nm("SHR", widths[k].s), "ure", "irm", w, 0, "0f ac", -1, 1, 0);
            F(nm("SHR", widths[k].s), "cre", "_rm", w, 0, "0f ad", -1, 0, 0);
        }
        F(nm("XADD", widths[k].s), "re", "rm", w, 0, hx2("0f", 0xc0 + b), -1, 0, 0);
        F(nm("CMPXCHG", widths[k].s), "re", "rm", w, 0, hx2("0f", 0xb0 + b), -1, 0, 0);
    }
    for (int k = 1; k < 4; k++) {
        int w = widths[k].w;
        const char *s = widths[k].s;
        F(nm("IMUL", s), "er", "mr", w, 0, "0f af", -1, 0, 0);
        F(nm("IMUL", s), "br", "iB", w, 0, "6b", -1, 1, 0);
        F(nm("IMUL", s), "ir", "iB", w, 0, "69", -1, immw(w), 0);
        F(nm("IMUL3", s), "ber", "imr", w, 0, "6b", -1, 1, 0);
        F(nm("IMUL3", s), "ier", "imr", w, 0, "69", -1, immw(w), 0);
        static const char *const bt[4] = {"BT", "BTS", "BTR", "BTC"};
        for (int n = 0; n < 4; n++) {
            F(nm(bt[n], s), "ue", "im", w, 0, "0f ba", 4 + n, 1, 0);
            F(nm(bt[n], s), "re", "rm", w, 0, hx2("0f", 0xa3 + 8 * n), -1, 0, 0);
        }
        F(nm("BSF", s), "er", "mr", w, 0, "0f bc", -1, 0, 0);
        F(nm("BSR", s), "er", "mr", w, 0, "0f bd", -1, 0, 0);
        F(nm("POPCNT", s), "er", "mr", w, 0xf3, "0f b8", -1, 0, 0);
        F(nm("LZCNT", s), "er", "mr", w, 0xf3, "0f bd", -1, 0, 0);
        F(nm("TZCNT", s), "er", "mr", w, 0xf3, "0f bc", -1, 0, 0);
        F(nm("LEA", s), "mr", "mr", w, 0, "8d", -1, 0, 0);
        if (w != 2)
            F(nm("BSWAP", s), "r", "o", w, 0, "0f c8", -1, 0, 0);
    }
}

static const char *const cc[16] = {"OS", "OC", "CS", "CC", "EQ", "NE", "LS", "HI",
                                   "MI", "PL", "PS", "PC", "LT", "GE", "LE", "GT"};

static void cond_family(void) {
    for (int c = 0; c < 16; c++) {
        OpForms *j = get(nm("J", cc[c]));
        j->cond = c;
        F(nm("SET", cc[c]), "E", "m", 0, 0, hx2("0f", 0x90 + c), 0, 0, 0);
        for (int k = 1; k < 4; k++) {
            snprintf(namebuf, sizeof namebuf, "CMOV%s%s", widths[k].s, cc[c]);
            F(intern(namebuf), "er", "mr", widths[k].w, 0, hx2("0f", 0x40 + c), -1, 0, 0);
        }
    }
    static const char *const al[][2] = {
        {"JE", "JEQ"}, {"JZ", "JEQ"}, {"JNZ", "JNE"}, {"JL", "JLT"}, {"JNGE", "JLT"}, {"JNL", "JGE"},
        {"JNG", "JLE"}, {"JG", "JGT"}, {"JNLE", "JGT"}, {"JB", "JCS"}, {"JC", "JCS"}, {"JLO", "JCS"},
        {"JNAE", "JCS"}, {"JAE", "JCC"}, {"JNB", "JCC"}, {"JNC", "JCC"}, {"JHS", "JCC"}, {"JBE", "JLS"},
        {"JNA", "JLS"}, {"JA", "JHI"}, {"JNBE", "JHI"}, {"JS", "JMI"}, {"JNS", "JPL"}, {"JO", "JOS"},
        {"JNO", "JOC"}, {"JP", "JPS"}, {"JPE", "JPS"}, {"JNP", "JPC"}, {"JPO", "JPC"}, {"MOVOA", "MOVO"},
        {"PSHUFD", "PSHUFL"}};
    for (size_t i = 0; i < sizeof al / sizeof al[0]; i++)
        strmap_put(&aliases, al[i][0], (void *)intern(al[i][1]));
}

static void mov_family(void) {
    F("MOVB", "re", "rm", 1, 0, "88", -1, 0, 0);
    F("MOVB", "er", "mr", 1, 0, "8a", -1, 0, 0);
    F("MOVB", "ir", "io", 1, 0, "b0", -1, 1, 0);
    F("MOVB", "ie", "im", 1, 0, "c6", 0, 1, 0);
    F("MOVW", "re", "rm", 2, 0, "89", -1, 0, 0);
    F("MOVW", "er", "mr", 2, 0, "8b", -1, 0, 0);
    F("MOVW", "ir", "io", 2, 0, "b8", -1, 2, 0);
    F("MOVW", "ie", "im", 2, 0, "c7", 0, 2, 0);
    F("MOVL", "re", "rm", 4, 0, "89", -1, 0, 0);
    F("MOVL", "er", "mr", 4, 0, "8b", -1, 0, 0);
    F("MOVL", "ir", "io", 4, 0, "b8", -1, 4, 0);
    F("MOVL", "ie", "im", 4, 0, "c7", 0, 4, 0);
    F("MOVL", "ex", "mr", 0, 0x66, "0f 6e", -1, 0, 0);
    F("MOVL", "xe", "rm", 0, 0x66, "0f 7e", -1, 0, 0);
    F("MOVQ", "re", "rm", 8, 0, "89", -1, 0, 0);
    F("MOVQ", "er", "mr", 8, 0, "8b", -1, 0, 0);
    F("MOVQ", "ir", "im", 8, 0, "c7", 0, 4, 0);
    F("MOVQ", "Ur", "io", 4, 0, "b8", -1, 4, 0);
    F("MOVQ", "qr", "io", 8, 0, "b8", -1, 8, 0);
    F("MOVQ", "im", "im", 8, 0, "c7", 0, 4, 0);
    F("MOVQ", "rx", "mr", 8, 0x66, "0f 6e", -1, 0, 0);
    F("MOVQ", "xr", "rm", 8, 0x66, "0f 7e", -1, 0, 0);
    F("MOVQ", "yx", "mr", 0, 0xf3, "0f 7e", -1, 0, 0);
    F("MOVQ", "xm", "rm", 0, 0x66, "0f d6", -1, 0, 0);
    static const struct { const char *mn; int w; const char *cls; const char *op; } ext[] = {
        {"MOVBWZX", 2, "Er", "0f b6"}, {"MOVBLZX", 4, "Er", "0f b6"}, {"MOVBQZX", 8, "Er", "0f b6"},
        {"MOVBWSX", 2, "Er", "0f be"}, {"MOVBLSX", 4, "Er", "0f be"}, {"MOVBQSX", 8, "Er", "0f be"},
        {"MOVWLZX", 4, "er", "0f b7"}, {"MOVWQZX", 8, "er", "0f b7"}, {"MOVWLSX", 4, "er", "0f bf"},
        {"MOVWQSX", 8, "er", "0f bf"}, {"MOVLQSX", 8, "er", "63"},     {"MOVLQZX", 4, "er", "8b"},
    };
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
        F(ext[i].mn, ext[i].cls, "mr", ext[i].w, 0, ext[i].op, -1, 0, 0);
}

static void stack_branch_family(void) {
    F("PUSHQ", "r", "o", 8, 0, "50", -1, 0, F_NOW);
    F("PUSHQ", "b", "i", 8, 0, "6a", -1, 1, F_NOW);
    F("PUSHQ", "i", "i", 8, 0, "68", -1, 4, F_NOW);
    F("PUSHQ", "m", "m", 8, 0, "ff", 6, 0, F_NOW);
    F("POPQ", "r", "o", 8, 0, "58", -1, 0, F_NOW);
    F("POPQ", "m", "m", 8, 0, "8f", 0, 0, F_NOW);
    F("PUSHW", "r", "o", 2, 0, "50", -1, 0, 0);
    F("PUSHW", "m", "m", 2, 0, "ff", 6, 0, 0);
    F("POPW", "r", "o", 2, 0, "58", -1, 0, 0);
    F("POPW", "m", "m", 2, 0, "8f", 0, 0, 0);
    F("JMP", "e", "m", 8, 0, "ff", 4, 0, F_NOW);
    F("CALL", "e", "m", 8, 0, "ff", 2, 0, F_NOW);
    F("INT", "u", "i", 0, 0, "cd", -1, 1, 0);
    F("CLFLUSH", "m", "m", 0, 0, "0f ae", 7, 0, 0);
    F("NOPL", "e", "m", 4, 0, "0f 1f", 0, 0, 0);
    F("NOPW", "e", "m", 2, 0, "0f 1f", 0, 0, 0);
    static const struct { const char *mn; int n, b0, b1; } sh[] = {
        {"JCXZL", 2, 0x67, 0xe3}, {"JCXZQ", 1, 0xe3, 0}, {"LOOP", 1, 0xe2, 0}, {"LOOPEQ", 1, 0xe1, 0},
        {"LOOPNE", 1, 0xe0, 0}};
    for (size_t i = 0; i < sizeof sh / sizeof sh[0]; i++) {
        OpForms *o = get(sh[i].mn);
        o->shortonly = 1;
        o->sopn = (uint8_t)sh[i].n;
        o->sop[0] = (uint8_t)sh[i].b0;
        o->sop[1] = (uint8_t)sh[i].b1;
    }
    F("CMPXCHG8B", "m", "m", 0, 0, "0f c7", 1, 0, 0);
    F("CMPXCHG16B", "m", "m", 8, 0, "0f c7", 1, 0, 0);
    static const char *const pf[4] = {"PREFETCHNTA", "PREFETCHT0", "PREFETCHT1", "PREFETCHT2"};
    for (int i = 0; i < 4; i++)
        F(pf[i], "m", "m", 0, 0, "0f 18", i, 0, 0);
    static const char *const plain[][2] = {
        {"RET", "c3"}, {"UNDEF", "0f 0b"}, {"CQO", "48 99"}, {"CDQ", "99"}, {"CWD", "66 99"}, {"CBW", "66 98"}, {"CWDE", "98"},
        {"CDQE", "48 98"}, {"HLT", "f4"}, {"PAUSE", "f3 90"}, {"MFENCE", "0f ae f0"}, {"LFENCE", "0f ae e8"},
        {"SFENCE", "0f ae f8"}, {"RDTSC", "0f 31"}, {"RDTSCP", "0f 01 f9"}, {"CPUID", "0f a2"},
        {"SYSCALL", "0f 05"}, {"UD2", "0f 0b"}, {"CLD", "fc"}, {"STD", "fd"}, {"CLC", "f8"}, {"STC", "f9"},
        {"CMC", "f5"}, {"PUSHFQ", "9c"}, {"POPFQ", "9d"}, {"PUSHFW", "66 9c"}, {"POPFW", "66 9d"},
        {"LOCK", "f0"}, {"REP", "f3"}, {"REPN", "f2"}, {"MOVSB", "a4"}, {"MOVSW", "66 a5"}, {"MOVSL", "a5"},
        {"MOVSQ", "48 a5"}, {"STOSB", "aa"}, {"STOSW", "66 ab"}, {"STOSL", "ab"}, {"STOSQ", "48 ab"},
        {"LODSB", "ac"}, {"LODSW", "66 ad"}, {"LODSL", "ad"}, {"LODSQ", "48 ad"}, {"SCASB", "ae"},
        {"SCASW", "66 af"}, {"SCASL", "af"}, {"SCASQ", "48 af"}, {"CMPSB", "a6"}, {"CMPSW", "66 a7"},
        {"CMPSL", "a7"}, {"CMPSQ", "48 a7"}, {"LEAVEQ", "c9"}, {"XGETBV", "0f 01 d0"}, {"INT3", "cc"},
        {"SAHF", "9e"}, {"LAHF", "9f"}};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
        F(plain[i][0], "", "", 0, 0, plain[i][1], -1, 0, 0);
}

static void sse_family(void) {
    static const struct { const char *op; int code; } arith[] = {
        {"ADD", 0x58}, {"MUL", 0x59}, {"SUB", 0x5c}, {"MIN", 0x5d}, {"DIV", 0x5e}, {"MAX", 0x5f}, {"SQRT", 0x51}};
    static const struct { const char *s; int pfx; } kinds[4] = {{"SD", 0xf2}, {"SS", 0xf3}, {"PD", 0x66}, {"PS", 0}};
    for (size_t i = 0; i < sizeof arith / sizeof arith[0]; i++)
        for (int k = 0; k < 4; k++)
            F(nm(arith[i].op, kinds[k].s), "yx", "mr", 0, kinds[k].pfx, hx2("0f", arith[i].code), -1, 0, 0);
    static const struct { const char *op; int code; } logic[] = {{"AND", 0x54}, {"ANDN", 0x55}, {"OR", 0x56}, {"XOR", 0x57}};
    for (size_t i = 0; i < 4; i++)
        for (int k = 2; k < 4; k++)
            F(nm(logic[i].op, kinds[k].s), "yx", "mr", 0, kinds[k].pfx, hx2("0f", logic[i].code), -1, 0, 0);
    static const struct { const char *mn; int pfx; int code; } simple[] = {
        {"UCOMISD", 0x66, 0x2e}, {"COMISD", 0x66, 0x2f}, {"UCOMISS", 0, 0x2e}, {"COMISS", 0, 0x2f},
        {"CVTSD2SS", 0xf2, 0x5a}, {"CVTSS2SD", 0xf3, 0x5a}, {"PXOR", 0x66, 0xef}, {"PAND", 0x66, 0xdb},
        {"PANDN", 0x66, 0xdf}, {"POR", 0x66, 0xeb}, {"PADDQ", 0x66, 0xd4}, {"PADDL", 0x66, 0xfe},
        {"PADDB", 0x66, 0xfc}, {"PADDW", 0x66, 0xfd}, {"PSUBL", 0x66, 0xfa}, {"PSUBW", 0x66, 0xf9},
        {"PMULLW", 0x66, 0xd5}, {"PMULULQ", 0x66, 0xf4}, {"PCMPGTB", 0x66, 0x64}, {"PCMPGTL", 0x66, 0x66},
        {"PUNPCKHBW", 0x66, 0x68}, {"PUNPCKLWL", 0x66, 0x61}, {"PUNPCKLLQ", 0x66, 0x62}, {"PUNPCKHLQ", 0x66, 0x6a},
        {"PADDUSB", 0x66, 0xdc}, {"PSUBUSB", 0x66, 0xd8}, {"PAVGB", 0x66, 0xe0}, {"PSADBW", 0x66, 0xf6}, {"PSUBQ", 0x66, 0xfb}, {"PSUBB", 0x66, 0xf8}, {"PCMPEQB", 0x66, 0x74},
        {"PCMPEQW", 0x66, 0x75}, {"PCMPEQL", 0x66, 0x76}, {"PUNPCKLBW", 0x66, 0x60},
        {"PUNPCKLQDQ", 0x66, 0x6c}, {"PUNPCKHQDQ", 0x66, 0x6d}, {"PMINUB", 0x66, 0xda}, {"PMAXUB", 0x66, 0xde},
        {"UNPCKLPD", 0x66, 0x14}, {"UNPCKLPS", 0, 0x14}, {"CVTPL2PD", 0xf3, 0xe6}, {"CVTPD2PL", 0xf2, 0xe6},
        {"CVTPL2PS", 0, 0x5b}, {"CVTPS2PD", 0, 0x5a}, {"CVTPD2PS", 0x66, 0x5a}};
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        F(simple[i].mn, "yx", "mr", 0, simple[i].pfx, hx2("0f", simple[i].code), -1, 0, 0);
}

/* SSE moves, conversions and shuffles. */
static void sse_move_family(void) {
    static const struct { const char *mn; int pfx, ld, st; } mv[] = {
        {"MOVSD", 0xf2, 0x10, 0x11}, {"MOVSS", 0xf3, 0x10, 0x11}, {"MOVUPS", 0, 0x10, 0x11},
        {"MOVUPD", 0x66, 0x10, 0x11}, {"MOVAPS", 0, 0x28, 0x29},  {"MOVAPD", 0x66, 0x28, 0x29},
        {"MOVOU", 0xf3, 0x6f, 0x7f},  {"MOVO", 0x66, 0x6f, 0x7f}};
    for (size_t i = 0; i < sizeof mv / sizeof mv[0]; i++) {
        F(mv[i].mn, "yx", "mr", 0, mv[i].pfx, hx2("0f", mv[i].ld), -1, 0, 0);
        F(mv[i].mn, "xm", "rm", 0, mv[i].pfx, hx2("0f", mv[i].st), -1, 0, 0);
    }
    static const struct { const char *mn; int w, pfx, code; const char *cls; } cvt[] = {
        {"CVTSQ2SD", 8, 0xf2, 0x2a, "ex"}, {"CVTSL2SD", 4, 0xf2, 0x2a, "ex"}, {"CVTSQ2SS", 8, 0xf3, 0x2a, "ex"},
        {"CVTSL2SS", 4, 0xf3, 0x2a, "ex"}, {"CVTTSD2SQ", 8, 0xf2, 0x2c, "yr"}, {"CVTTSD2SL", 4, 0xf2, 0x2c, "yr"},
        {"CVTTSS2SQ", 8, 0xf3, 0x2c, "yr"}, {"CVTTSS2SL", 4, 0xf3, 0x2c, "yr"}, {"CVTSD2SQ", 8, 0xf2, 0x2d, "yr"},
        {"CVTSD2SL", 4, 0xf2, 0x2d, "yr"}, {"CVTSS2SQ", 8, 0xf3, 0x2d, "yr"}, {"CVTSS2SL", 4, 0xf3, 0x2d, "yr"}};
    for (size_t i = 0; i < sizeof cvt / sizeof cvt[0]; i++)
        F(cvt[i].mn, cvt[i].cls, "mr", cvt[i].w, cvt[i].pfx, hx2("0f", cvt[i].code), -1, 0, 0);
}

/* SSE compares, inserts/extracts, AES, shifts and other forms used by Go's runtime. */
static void sse_misc_family(void) {
    F("PMOVMSKB", "xr", "mr", 0, 0x66, "0f d7", -1, 0, 0);
    F("CMPSD", "yxu", "mri", 0, 0xf2, "0f c2", -1, 1, 0);
    F("CMPSS", "yxu", "mri", 0, 0xf3, "0f c2", -1, 1, 0);
    F("CMPPD", "yxu", "mri", 0, 0x66, "0f c2", -1, 1, 0);
    F("CMPPS", "yxu", "mri", 0, 0, "0f c2", -1, 1, 0);
    F("CRC32B", "Er", "mr", 4, 0xf2, "0f 38 f0", -1, 0, 0);
    F("CRC32W", "er", "mr", 2, 0xf2, "0f 38 f1", -1, 0, 0);
    F("CRC32L", "er", "mr", 4, 0xf2, "0f 38 f1", -1, 0, 0);
    F("CRC32Q", "er", "mr", 8, 0xf2, "0f 38 f1", -1, 0, 0);
    F("CVTTPD2PL", "yx", "mr", 0, 0x66, "0f e6", -1, 0, 0);
    F("CVTTPS2PL", "yx", "mr", 0, 0xf3, "0f 5b", -1, 0, 0);
    F("CVTPS2PL", "yx", "mr", 0, 0x66, "0f 5b", -1, 0, 0);
    F("PCMPEQQ", "yx", "mr", 0, 0x66, "0f 38 29", -1, 0, 0);
    F("PEXTRQ", "uxe", "irm", 8, 0x66, "0f 3a 16", -1, 1, 0);
    F("PEXTRD", "uxe", "irm", 0, 0x66, "0f 3a 16", -1, 1, 0);
    F("PEXTRB", "uxe", "irm", 0, 0x66, "0f 3a 14", -1, 1, 0);
    static const struct { const char *mn; int pfx, ld, st; } hl[] = {
        {"MOVLPD", 0x66, 0x12, 0x13}, {"MOVHPD", 0x66, 0x16, 0x17}, {"MOVLPS", 0, 0x12, 0x13}, {"MOVHPS", 0, 0x16, 0x17}};
    for (size_t i = 0; i < sizeof hl / sizeof hl[0]; i++) {
        F(hl[i].mn, "mx", "mr", 0, hl[i].pfx, hx2("0f", hl[i].ld), -1, 0, 0);
        F(hl[i].mn, "xm", "rm", 0, hl[i].pfx, hx2("0f", hl[i].st), -1, 0, 0);
    }
    F("MOVHLPS", "xx", "mr", 0, 0, "0f 12", -1, 0, 0);
    F("MOVLHPS", "xx", "mr", 0, 0, "0f 16", -1, 0, 0);
    F("MOVMSKPD", "xr", "mr", 0, 0x66, "0f 50", -1, 0, 0);
    F("MOVMSKPS", "xr", "mr", 0, 0, "0f 50", -1, 0, 0);
    F("PSHUFL", "uyx", "imr", 0, 0x66, "0f 70", -1, 1, 0);
    F("PSHUFHW", "uyx", "imr", 0, 0xf3, "0f 70", -1, 1, 0);
    F("PSHUFLW", "uyx", "imr", 0, 0xf2, "0f 70", -1, 1, 0);
    F("SHUFPS", "uyx", "imr", 0, 0, "0f c6", -1, 1, 0);
    F("SHUFPD", "uyx", "imr", 0, 0x66, "0f c6", -1, 1, 0);
    F("PSHUFB", "yx", "mr", 0, 0x66, "0f 38 00", -1, 0, 0);
    F("ROUNDSD", "uyx", "imr", 0, 0x66, "0f 3a 0b", -1, 1, 0);
    F("ROUNDSS", "uyx", "imr", 0, 0x66, "0f 3a 0a", -1, 1, 0);
    F("PINSRW", "uex", "imr", 0, 0x66, "0f c4", -1, 1, 0);
    F("PINSRB", "uex", "imr", 0, 0x66, "0f 3a 20", -1, 1, 0);
    F("PINSRD", "uex", "imr", 0, 0x66, "0f 3a 22", -1, 1, 0);
    F("PINSRQ", "uex", "imr", 8, 0x66, "0f 3a 22", -1, 1, 0);
    F("PEXTRW", "uxr", "imr", 0, 0x66, "0f c5", -1, 1, 0);
    F("PCLMULQDQ", "uyx", "imr", 0, 0x66, "0f 3a 44", -1, 1, 0);
    F("AESKEYGENASSIST", "uyx", "imr", 0, 0x66, "0f 3a df", -1, 1, 0);
    static const struct { const char *mn; int code; } aes[] = {
        {"AESENC", 0xdc}, {"AESENCLAST", 0xdd}, {"AESDEC", 0xde}, {"AESDECLAST", 0xdf}, {"AESIMC", 0xdb}};
    for (size_t i = 0; i < sizeof aes / sizeof aes[0]; i++)
        F(aes[i].mn, "yx", "mr", 0, 0x66, hx2("0f 38", aes[i].code), -1, 0, 0);
    static const struct { const char *mn; int code, ext, xcode; } psh[] = {
        {"PSLLQ", 0x73, 6, 0xf3}, {"PSRLQ", 0x73, 2, 0xd3}, {"PSLLL", 0x72, 6, 0xf2}, {"PSRLL", 0x72, 2, 0xd2},
        {"PSRAL", 0x72, 4, 0xe2}, {"PSLLW", 0x71, 6, 0xf1}, {"PSRLW", 0x71, 2, 0xd1}, {"PSLLO", 0x73, 7, 0},
        {"PSRLO", 0x73, 3, 0}, {"PSLLDQ", 0x73, 7, 0}, {"PSRLDQ", 0x73, 3, 0}};
    for (size_t i = 0; i < sizeof psh / sizeof psh[0]; i++) {
        F(psh[i].mn, "ux", "im", 0, 0x66, hx2("0f", psh[i].code), psh[i].ext, 1, 0);
        if (psh[i].xcode)
            F(psh[i].mn, "yx", "mr", 0, 0x66, hx2("0f", psh[i].xcode), -1, 0, 0);
    }
}

void asm_init_ops(void) {
    if (asm_op_TEXT)
        return;
    asm_op_TEXT = intern("TEXT");
    asm_op_RET = intern("RET");
    asm_op_JMP = intern("JMP");
    asm_op_CALL = intern("CALL");
    asm_op_LABEL = intern("<label>");
    asm_op_NOP = intern("NOP");
    alu_family();
    unary_shift_family();
    cond_family();
    mov_family();
    stack_branch_family();
    sse_family();
    sse_move_family();
    sse_misc_family();
}

OpForms *asm_optab_lookup(const char *op) { return strmap_get(&optab, op); }

void asm_optab_each(void (*fn)(OpForms *o, void *arg), void *arg) {
    for (int i = 0; i < optab.cap; i++)
        if (optab.slots[i].key)
            fn(optab.slots[i].value, arg);
}

const char *asm_canon_op(const char *op) {
    const char *a = strmap_get(&aliases, op);
    return a ? a : intern(op);
}
