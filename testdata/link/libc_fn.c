/* libc_fn.c - archive member needed only by liba. */
int libc_fn(void) { return 41; }
