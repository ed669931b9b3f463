/* bss.c - a big zero-filled array, and data holding R_X86_64_64 pointers. */
#include "sys.h"
static char big[1 << 20];
int x = 7;
int *px = &x;
int **ppx = &px;
int cmain(void) {
    for (long i = 0; i < (long)sizeof big; i++)
        if (big[i])
            return 1;
    big[12345] = 1;
    **ppx += 3;
    say("bss ok\n");
    return x + big[12345];
}
