/* symabis.c - `-gensymabis`: for each statement, writes Go's `def <sym> <ABI>`
 * (TEXT) and `ref <sym> <ABI>` (operands of exactly the form
 * [$|*]name[<ABI>][+N](SB)) lines, with `·` spelled `"".` as Go does. */
#include <string.h>

#include "asm.h"

/* Recognises [$|*]name[<ABI>][+Int](SB); returns the name or NULL. */
static const char *func_address(Asm *as, Token *t, int n, const char **abi) {
    int i = 0;
    *abi = "ABI0";
    if (i < n && (t[i].kind == '$' || t[i].kind == '*'))
        i++;
    if (i >= n)
        return NULL;
    const char *name;
    if (t[i].kind == TK_IDENT && asm_lookup_reg(t[i].s) == REG_NONE)
        name = asm_symname(as, t[i].s, t[i].n);
    else if (t[i].kind == TK_STRING)
        name = arena_strndup(as->arena, t[i].s, t[i].n);
    else
        return NULL;
    i++;
    if (i < n && t[i].kind == '<') {
        if (i + 1 < n && t[i + 1].kind == '>')
            return NULL;    /* static symbol */
        if (i + 2 >= n || t[i + 1].kind != TK_IDENT || t[i + 2].kind != '>')
            return NULL;
        if (!strcmp(t[i + 1].s, "ABIInternal"))
            *abi = "ABIInternal";
        else if (strcmp(t[i + 1].s, "ABI0"))
            return NULL;
        i += 3;
    }
    if (i < n && t[i].kind == '+') {
        if (i + 1 >= n || t[i + 1].kind != TK_INT)
            return NULL;
        i += 2;
    }
    if (i + 3 != n || t[i].kind != '(' || t[i + 1].kind != TK_IDENT || strcmp(t[i + 1].s, "SB") ||
        t[i + 2].kind != ')')
        return NULL;
    return name;
}

/* The gocc extension `TEXT f(SB), NOSPLIT|ABIInternal, $0` (parse.c): the
 * word ABIInternal among the flags makes the function ABIInternal. */
static int has_abiinternal_flag(Token *t, int n) {
    for (int i = 0; i < n; i++)
        if (t[i].kind == TK_IDENT && !strcmp(t[i].s, "ABIInternal"))
            return 1;
    return 0;
}

void asm_symabis_stmt(Asm *as, const char *op, Token **ops, int *opn, int nops) {
    const char *abi, *name;
    int first = 0;
    if (!strcmp(op, "TEXT")) {
        if (nops > 0 && (name = func_address(as, ops[0], opn[0], &abi))) {
            if (nops > 2 && has_abiinternal_flag(ops[1], opn[1]))
                abi = "ABIInternal";
            buf_printf(&as->symabis, "def %s %s\n", name, abi);
        }
        return;
    }
    if (!strcmp(op, "DATA") || !strcmp(op, "FUNCDATA")) {
        if (nops < 2)
            return;
        first = 1;
    }
    for (int i = first; i < nops; i++)
        if ((name = func_address(as, ops[i], opn[i], &abi)))
            buf_printf(&as->symabis, "ref %s %s\n", name, abi);
}
