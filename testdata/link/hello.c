/* hello.c - prints through a data pointer; exit status counter + table[2] = 8. */
#include "sys.h"
const char *msg = "hello\n";
int counter;
long table[4] = {1, 2, 3, 4};
void unused_fn(void) { say("unused\n"); }
int cmain(void) {
    counter += 5;
    say(msg);
    return counter + (int)table[2];
}
