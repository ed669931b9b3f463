/* check_composite.c - composite literals (T{...}) and slice expressions
 * (a[lo:hi:max]). */
#include "check.h"

void check_composite_lit(Checker *c, Node *n) {
    check_unsupported(c, check_start_pos(n), "composite literals");
    n->mode = MODE_INVALID;
    n->type = TYPE(TYPE_INVALID);
}

void check_slice_expr(Checker *c, Node *n) {
    check_unsupported(c, check_start_pos(n), "slice expressions");
    n->mode = MODE_INVALID;
    n->type = TYPE(TYPE_INVALID);
}
