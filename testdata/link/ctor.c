/* ctor.c - a C constructor (.init_array), which the linker refuses. */
int ready;
__attribute__((constructor)) static void init(void) { ready = 1; }
int cmain(void) { return ready; }
