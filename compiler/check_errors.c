/* check_errors.c - the type checker's error reports. Like Go's compiler,
 * errors are collected and printed sorted by position: all of them at the
 * end of checking, or the first DIAG_MAX_ERRORS as soon as there are that
 * many (diag then ends the run with "too many errors"). Equal errors on
 * one line are reported once, as Go does. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"

typedef struct Report {
    Pos pos;
    const char *msg;
    int seq;
} Report;

static Vec pending;
static int pending_total;

static int pos_cmp(const void *a, const void *b) {
    const Report *x = *(Report *const *)a, *y = *(Report *const *)b;
    int c = pos_compare(x->pos, y->pos);
    return c ? c : x->seq - y->seq;
}

void check_flush_errors(void) {
    qsort(pending.items, (size_t)pending.len, sizeof(void *), pos_cmp);
    Vec v = pending;
    pending = (Vec){0};
    for (int i = 0; i < v.len; i++) {
        Report *r = v.items[i];
        diag_error(r->pos, "%s", r->msg);
    }
    vec_free(&v);
}

void check_error(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        diag_fatal("out of memory");
    va_end(ap);
    /* like Go's compiler: only one of several equal errors on a line */
    static Pos last_pos;
    static const char *last_msg;
    if (last_msg && last_pos.file == pos.file && last_pos.line == pos.line && !strcmp(last_msg, msg)) {
        free(msg);
        return;
    }
    Report *r = ARENA_NEW(perm_arena, Report);
    r->pos = pos;
    r->msg = arena_strdup(perm_arena, msg);
    last_pos = pos;
    last_msg = r->msg;
    r->seq = pending_total++;
    free(msg);
    vec_push(&pending, r);
    if (diag_errors() + pending.len >= DIAG_MAX_ERRORS)
        check_flush_errors();
}

int check_error_count(void) { return pending.len; }
