/* liba.c - archive member pulled in by usea.o; itself needs libc_fn (another member). */
int libc_fn(void);
int liba(void) { return libc_fn() + 1; }
