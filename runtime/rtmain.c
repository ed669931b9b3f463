/* rtmain.c - runtime.main, the first goroutine: package initialisation in
 * dependency order (docs/abi.md §4), then main.main, then exit(0). C calls
 * the Go functions through the gocall trampoline. */
#include "runtime.h"

/* The layout of a package's P..inittask (docs/abi.md §4). */
struct rt_inittask {
    uintptr state;      /* 0 not started, 1 running, 2 done */
    uintptr ndeps;
    uintptr nfns;
    uintptr words[];    /* ndeps *inittask, then nfns function PCs */
};

static void rt_doinit(struct rt_inittask *t) {
    if (t->state == 2)
        return;
    if (t->state == 1)
        rt_fatal("recursive call during initialization - linker skew");
    t->state = 1;
    for (uintptr i = 0; i < t->ndeps; i++)
        rt_doinit((struct rt_inittask *)t->words[i]);
    for (uintptr i = 0; i < t->nfns; i++) {
        struct funcval fv = {t->words[t->ndeps + i]};
        rt_gocall(&fv);
    }
    t->state = 2;
}

extern struct rt_inittask rt_main_inittask __asm__("main..inittask");
extern char rt_main_main[] __asm__("main.main");

void rt_main(void) __asm__("runtime.main");
void rt_main(void) {
    rt_startsysmon();
    rt_mainstarted = 1;
    rt_doinit(&rt_main_inittask);
    struct funcval fv = {(uintptr)rt_main_main};
    rt_gocall(&fv);
    rt_exit(0);
}
