/* symabis.c - reads the -symabis file written by `asm -gensymabis`
 * (reference/two-phase.md §1): lines `def|ref <symbol> <ABI>`, `#` comments
 * and blank lines ignored, a leading `"".` replaced by the package path. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "check.h"

/* Returns the number of entries read into *out, or -1 after reporting errors. */
int types_read_symabis(const char *path, const char *pkgpath, SymabisEntry **out) {
    size_t len;
    char *data = read_file(path, &len);
    if (!data)
        return -1;
    Vec v = {0};
    int line = 0, bad = 0;
    for (char *p = data; *p;) {
        char *eol = strchr(p, '\n');
        if (eol)
            *eol = 0;
        line++;
        char verb[16], sym[1024], abi[32], extra[2];
        int n = sscanf(p, "%15s %1023s %31s %1s", verb, sym, abi, extra);
        if (n > 0 && verb[0] != '#') {
            Pos pos = {path, line, 0};
            if (n != 3 || (strcmp(verb, "def") && strcmp(verb, "ref")) ||
                (strcmp(abi, "ABI0") && strcmp(abi, "ABIInternal"))) {
                diag_error(pos, "malformed symabis line: %s", p);
                bad++;
            } else {
                SymabisEntry *e = ARENA_NEW(perm_arena, SymabisEntry);
                e->def = !strcmp(verb, "def");
                e->abi_internal = !strcmp(abi, "ABIInternal");
                e->name = !strncmp(sym, "\"\".", 3) ? arena_printf(perm_arena, "%s.%s", pkgpath, sym + 3)
                                                    : arena_strdup(perm_arena, sym);
                vec_push(&v, e);
            }
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    SymabisEntry *arr = ARENA_NEWN(perm_arena, SymabisEntry, v.len ? v.len : 1);
    for (int i = 0; i < v.len; i++)
        arr[i] = *(SymabisEntry *)v.items[i];
    int n = v.len;
    vec_free(&v);
    *out = arr;
    return bad ? -1 : n;
}
