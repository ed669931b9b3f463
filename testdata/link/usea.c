/* usea.c - main object of the archive tests: needs liba from an archive. */
int liba(void);
int cmain(void) { return liba(); }
