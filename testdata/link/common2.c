/* common2.c - the same common symbol from another file. */
int shared_common;
int bump(void) { return shared_common + 2; }
