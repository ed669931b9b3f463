/* weakuse.c - returns twice the DUPOK symbol. */
extern long dupok_val;
int cmain(void) { return (int)(2 * dupok_val); }
