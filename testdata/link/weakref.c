/* weakref.c - a weak reference to libc_fn: resolves to 0 and must not pull the member in. */
extern int libc_fn(void) __attribute__((weak));
int cmain(void) { return libc_fn ? 1 : 7; }
