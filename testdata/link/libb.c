/* libb.c - archive member nobody needs: must not be pulled in. */
int libb_unneeded(void) { return 99; }
