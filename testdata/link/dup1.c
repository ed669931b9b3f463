/* dup1.c - defines dup_sym (so does dup2.c). */
int dup_sym = 1;
int cmain(void) { return dup_sym; }
