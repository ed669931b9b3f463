/* dup2.c - a second strong definition of dup_sym. */
int dup_sym = 2;
