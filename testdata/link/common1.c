/* common1.c - a tentative definition (-fcommon): SHN_COMMON. */
int shared_common;
int bump(void);
int cmain(void) { shared_common = 40; return bump(); }
