/* mem_slice.c - mem_slice.go in C: append one element at a time through
 * runtime.growslice for 8-, 1- and 24-byte elements, printing each new
 * capacity (Go 1.19's growth rule and size-class rounding must give the
 * same sequence), checking the contents, then make([]int, -1) panics as in
 * Go. Output compared with mem_slice.err up to the goroutine header. */
#include "mem_test.h"

static const struct rtt_type int_t = {.size = 8, .align = 8, .fieldalign = 8, .kind = 2};
static const struct rtt_type byte_t = {.size = 1, .align = 1, .fieldalign = 1, .kind = 8};
static const struct rtt_type t3_t = {.size = 24, .align = 8, .fieldalign = 8, .kind = 17};

struct sl {
    uint8_t *p;
    intptr_t len, cap;
};

/* Append one element of et->size bytes, filled with byte v. */
static void push(struct sl *s, const struct rtt_type *et, intptr_t *lastcap, uint8_t v) {
    if (s->len == s->cap) {
        struct rtt_slice n = rt_growslice(et, s->p, s->len, s->cap, s->len + 1);
        s->p = n.ptr;
        s->cap = n.cap;
    }
    for (uintptr_t k = 0; k < et->size; k++)
        s->p[(uintptr_t)s->len * et->size + k] = v;
    s->len++;
    if (s->cap != *lastcap) {
        *lastcap = s->cap;
        rt_printint(s->cap);
        pr(" ");
    }
}

void main_main(void) __asm__("main.main");
void main_main(void) {
    static const struct rtt_type *types[3] = {&int_t, &byte_t, &t3_t};
    struct sl s[3] = {{0}};
    for (int t = 0; t < 3; t++) {
        intptr_t last = -1;
        for (int i = 0; i < 3000; i++)
            push(&s[t], types[t], &last, (uint8_t)i);
        rt_printnl();
    }
    intptr_t ok = 0;
    for (int i = 0; i < 3000; i++)
        if (s[0].p[i * 8] == (uint8_t)i && s[1].p[i] == (uint8_t)i && s[2].p[i * 24 + 23] == (uint8_t)i)
            ok++;
    pr("ok ");
    rt_printint(ok);
    rt_printnl();
    rt_makeslice(&int_t, -1, 0);
}
