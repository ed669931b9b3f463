/* undef.c - references functions nobody defines. */
int missing_fn(void);
extern int missing_data;
int cmain(void) { return missing_fn() + missing_data; }
