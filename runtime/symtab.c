/* symtab.c - the function table as Go sees it: runtime.Callers (the
 * return addresses up the calling goroutine's frame-pointer chain),
 * FuncForPC and a Func's name and file:line. A *Func is the address of the
 * function's entry in the linker's table (struct rt_func), so FuncForPC
 * gives the same pointer for every pc of one function, as in Go. The Go
 * side is in extern.go, reached through the shims of extern_amd64.s. */
#include "runtime.h"

static intptr_t rt_cstrlen(const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* Is name a function of Go code (it has a package), not a C helper? */
static int rt_isgoname(const char *name) {
    for (; *name; name++)
        if (*name == '.')
            return 1;
    return 0;
}

/* runtime.Callers: pcs[0..n) gets the return addresses of the frames above
 * runtime.Callers, after skipping skip of them (runtime.Callers itself
 * counts as one, its pc being inpc). bp is runtime.Callers's frame
 * pointer. Frames of the C runtime are left out. Returns the count. */
intptr_t rt_callers(intptr_t skip, uintptr *pcs, intptr_t n, uintptr bp, uintptr inpc) {
    struct g *gp = g;
    intptr_t k = 0, seen = 0;
    uintptr pc = inpc;
    for (int depth = 0; depth < 10000 && k < n; depth++) {
        intptr_t i = rt_findfunc(pc - 1);
        if (i >= 0 && rt_isgoname(rt_functab.f[i].name)) {
            if (seen++ >= skip)
                pcs[k++] = pc;
        }
        int seg = bp && (bp & 7) == 0 ? rt_stack_seg(gp, bp, 16) : 0;
        if (seg == 0)
            break;
        uintptr next = ((uintptr *)bp)[0];
        pc = rt_stack_retpc(gp, ((uintptr *)bp)[1]);
        if (pc == 0 || (next != 0 && next <= bp && rt_stack_seg(gp, next, 16) == seg))
            break;
        bp = next;
    }
    return k;
}

/* runtime.FuncForPC: the table entry of the function holding pc, or NULL. */
const struct rt_func *rt_funcforpc(uintptr pc) {
    intptr_t i = rt_findfunc(pc);
    return i < 0 ? NULL : &rt_functab.f[i];
}

/* (*Func).Name */
rt_string rt_funcnameof(const struct rt_func *f) {
    return (rt_string){(const uint8_t *)f->name, rt_cstrlen(f->name)};
}

/* (*Func).FileLine: the line of pc in f, its file in *file; 0 and "?"
 * when unknown. */
intptr_t rt_funcfileline(const struct rt_func *f, uintptr pc, rt_string *file) {
    const char *name = "?";
    intptr_t line = 0;
    rt_pcline(f - rt_functab.f, pc, &name, &line);
    *file = (rt_string){(const uint8_t *)name, rt_cstrlen(name)};
    return line;
}
