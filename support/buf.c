/* buf.c - growable byte buffers and pointer vectors (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void buf_append(Buf *b, const void *p, size_t n) {
    buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
}

void buf_putc(Buf *b, int c) {
    buf_reserve(b, 1);
    b->data[b->len++] = (unsigned char)c;
}

void buf_puts(Buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    buf_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_put_u16le(Buf *b, uint16_t v) {
    unsigned char x[2] = {v & 0xff, v >> 8};
    buf_append(b, x, 2);
}

void buf_put_u32le(Buf *b, uint32_t v) {
    for (int i = 0; i < 4; i++)
        buf_putc(b, (v >> (8 * i)) & 0xff);
}

void buf_put_u64le(Buf *b, uint64_t v) {
    for (int i = 0; i < 8; i++)
        buf_putc(b, (int)((v >> (8 * i)) & 0xff));
}

void buf_zero(Buf *b, size_t n) {
    buf_reserve(b, n);
    memset(b->data + b->len, 0, n);
    b->len += n;
}

void buf_align(Buf *b, size_t align) {
    if (align > 1 && b->len % align)
        buf_zero(b, align - b->len % align);
}

char *buf_cstr(Buf *b) {
    buf_reserve(b, 1);
    b->data[b->len] = 0;
    return (char *)b->data;
}

void buf_free(Buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc(v->items, sizeof(void *) * (size_t)v->cap);
    }
    v->items[v->len++] = item;
}

void *vec_pop(Vec *v) { return v->len ? v->items[--v->len] : NULL; }

void vec_free(Vec *v) {
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}
