/* abs32.c - -fno-pic absolute addressing: R_X86_64_32S (indexed table), R_X86_64_32 (address as imm). */
#include "sys.h"
long table[16];
static char buf[100];
void fill(char *p, int n);
void fill(char *p, int n) {
    for (int i = 0; i < n; i++)
        p[i] = (char)('a' + i);
}
__attribute__((noinline)) void store(int i, long v) { table[i] = v; }
__attribute__((noinline)) long load(int i) { return table[i]; }
int cmain(void) {
    fill(buf, 3);
    buf[3] = '\n';
    sys3(1, 1, (long)buf, 4);
    for (int i = 0; i < 16; i++)
        store(i, i * 3);
    long s = 0;
    for (int i = 0; i < 16; i++)
        s += load(i);
    return (int)(s - 360 + 3);
}
