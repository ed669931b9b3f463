/* switch.c - compiled at -O0: a jump table in .rodata relocated against .text's section symbol. */
#include "sys.h"
int pick(int x) {
    switch (x) {
    case 0: return 11;
    case 1: return 22;
    case 2: return 33;
    case 3: return 44;
    case 4: return 55;
    case 5: return 66;
    case 6: return 77;
    default: return 1;
    }
}
int cmain(void) {
    int sum = 0;
    for (int i = 0; i < 9; i++)
        sum += pick(i);
    say(sum == 310 ? "switch ok\n" : "switch BAD\n");
    return sum == 310 ? 0 : 1;
}
