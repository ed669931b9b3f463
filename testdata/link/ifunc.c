/* ifunc.c - an IFUNC symbol, which the linker refuses (a direct call would run the resolver). */
static int impl(void) { return 1; }
static int (*resolve(void))(void) { return impl; }
int pick(void) __attribute__((ifunc("resolve")));
int cmain(void) { return pick(); }
