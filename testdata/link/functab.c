/* functab.c - reads the linker-built runtime.functab: prints every function's
 * name in address order and finds the function holding a code address. */
#include "sys.h"
struct ftentry {
    unsigned long entry, end;
    const char *name;
};
struct functab {
    unsigned long n;
    struct ftentry e[];
};
extern const struct functab functab __asm__("runtime.functab");
extern const char efunctab[] __asm__("runtime.efunctab");

static const char *funcname(unsigned long pc) {
    for (unsigned long i = 0; i < functab.n; i++)
        if (functab.e[i].entry <= pc && pc < functab.e[i].end)
            return functab.e[i].name;
    return "?";
}

__attribute__((noinline)) int helper(int x) { return x + 1; }
void never_called(void) { say("never\n"); }

int cmain(void) {
    for (unsigned long i = 0; i < functab.n; i++) {
        say(functab.e[i].name);
        say(i + 1 < functab.n && functab.e[i].entry >= functab.e[i + 1].entry ? " UNSORTED\n" : "\n");
    }
    say("helper+3 is in ");
    say(funcname((unsigned long)helper + 3));
    say("\n");
    return helper((const char *)&functab < efunctab ? 41 : 0);
}
