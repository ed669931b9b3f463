/* buf.h - growable byte buffers (Buf) and growable pointer vectors (Vec).
 *
 * Buf collects bytes: section contents, assembly text, file images.
 * Vec collects pointers: lists of nodes, symbols, instructions. Both use the
 * C heap so they can grow without bound; free them with buf_free/vec_free. */
#ifndef SUPPORT_BUF_H
#define SUPPORT_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
    unsigned char *data;
    size_t len, cap;
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_append(Buf *b, const void *p, size_t n);
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_put_u16le(Buf *b, uint16_t v);
void buf_put_u32le(Buf *b, uint32_t v);
void buf_put_u64le(Buf *b, uint64_t v);
void buf_zero(Buf *b, size_t n);          /* append n zero bytes */
void buf_align(Buf *b, size_t align);     /* pad with zeros to a multiple of align */
char *buf_cstr(Buf *b);                   /* NUL-terminates (not counted in len) */
void buf_free(Buf *b);

typedef struct Vec {
    void **items;
    int len, cap;
} Vec;

void vec_push(Vec *v, void *item);
void *vec_pop(Vec *v);
void vec_free(Vec *v);
#define VEC_AT(v, T, i) ((T)(v).items[(i)])

#endif
