/* tls.c - C thread-local storage, which the linker refuses. */
__thread int tv;
int cmain(void) { return ++tv; }
