/* diag.h - diagnostics in the `file:line:col: message` form, and file helpers.
 *
 * Every tool reports user errors through diag_error(); after
 * DIAG_MAX_ERRORS errors Go-style "too many errors" ends the run. A tool
 * checks diag_errors() before writing any output, so a failed run never
 * leaves a partial output file behind. */
#ifndef SUPPORT_DIAG_H
#define SUPPORT_DIAG_H

#include <stddef.h>

enum { DIAG_MAX_ERRORS = 10 };

typedef struct Pos {
    const char *file;   /* interned file name as given on the command line */
    int line, col;      /* 1-based; col counts bytes like Go's; 0 = unknown */
} Pos;

/* Order positions by file name, then line, then column (<0, 0, >0 like strcmp). */
int pos_compare(Pos a, Pos b);

/* Report an error at pos (col 0 prints file:line only). */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Report an error without a position ("gocc: ..." prefix is the caller's). */
void diag_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print "gocc: <msg>" to stderr and exit 2: for internal errors and usage faults. */
_Noreturn void diag_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int diag_errors(void);
void diag_reset(void);

/* Read a whole file; returns NULL and reports an error if it cannot. *len gets its size. */
char *read_file(const char *path, size_t *len);
/* Write data to path atomically (temp file + rename; devices such as
 * /dev/null are written in place); returns 0 on success. */
int write_file(const char *path, const void *data, size_t len);

#endif
