/* ar.c - reads and writes `ar` archives (see ar.h).
 *
 * Reading accepts GNU archives (`/` symbol index, `//` long-name table,
 * `name/` short names), Go's plain archives (names without a trailing `/`, no
 * index) and BSD `#1/len` names. Writing produces what GNU `ar rcsD` would:
 * a `/` index of the global symbols defined by ELF members, a `//` table for
 * names longer than 15 bytes, and deterministic member headers. */
#include "ar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "elfobj.h"

enum { AR_HDR = 60 };
static const char ar_magic[] = "!<arch>\n";

/* Parses a space-padded decimal field; returns -1 if it is not one. */
static long long ar_decimal(const unsigned char *p, int n) {
    long long v = 0;
    int i = 0, digits = 0;
    for (; i < n && p[i] >= '0' && p[i] <= '9'; i++, digits++) {
        if (v > (1LL << 40))
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    for (; i < n; i++)
        if (p[i] != ' ')
            return -1;
    return digits ? v : -1;
}

/* Looks up "/N" in the long-name table; names end with "/\n" (GNU) or "\n". */
static const char *ar_longname(Arena *arena, const unsigned char *tab, size_t tablen, long long off) {
    if (!tab || off < 0 || (size_t)off >= tablen)
        return NULL;
    size_t end = (size_t)off;
    while (end < tablen && tab[end] != '\n')
        end++;
    if (end > (size_t)off && tab[end - 1] == '/')
        end--;
    return arena_strndup(arena, (const char *)tab + off, end - (size_t)off);
}

/* The member name in a 16-byte header field (without GNU's trailing '/'). */
static const char *ar_shortname(Arena *arena, const unsigned char *p) {
    int n = 16;
    while (n > 0 && p[n - 1] == ' ')
        n--;
    if (n > 1 && p[n - 1] == '/')
        n--;
    return arena_strndup(arena, (const char *)p, (size_t)n);
}

static int ar_bad(const char *path, const char *what) {
    diag_error((Pos){path, 0, 0}, "malformed archive: %s", what);
    return -1;
}

/* Decodes member m's name from its header h; BSD names are taken from the
 * front of the body. Returns NULL (after reporting) when it is malformed. */
static const char *ar_member_name(Arena *arena, const char *path, const unsigned char *h, ArMember *m,
                                  const unsigned char *longnames, size_t longlen) {
    const char *name;
    if (h[0] == '/' && h[1] >= '0' && h[1] <= '9') {
        if (!(name = ar_longname(arena, longnames, longlen, ar_decimal(h + 1, 15))))
            ar_bad(path, "bad long member name");
        return name;
    }
    if (memcmp(h, "#1/", 3) == 0) {
        long long n = ar_decimal(h + 3, 13);
        if (n < 0 || (size_t)n > m->size)
            return ar_bad(path, "bad BSD member name"), NULL;
        name = arena_strndup(arena, (const char *)m->data, strnlen((const char *)m->data, (size_t)n));
        m->data += n;
        m->size -= (size_t)n;
        return name;
    }
    return ar_shortname(arena, h);
}

static int ar_is_index(const unsigned char *h) {
    return memcmp(h, "/               ", 16) == 0 || memcmp(h, "/SYM64/         ", 16) == 0 ||
           memcmp(h, "__.SYMDEF", 9) == 0;
}

int ar_read(Arena *arena, const char *path, const unsigned char *data, size_t len,
            ArMember **members, int *nmembers) {
    if (len < 8 || memcmp(data, ar_magic, 8) != 0)
        return ar_bad(path, len >= 8 && memcmp(data, "!<thin>\n", 8) == 0
                                ? "thin archives are not supported" : "missing !<arch> header");
    Vec out = {0};
    const unsigned char *longnames = NULL;
    size_t longlen = 0, off = 8;
    while (off < len && !(len - off == 1 && data[off] == '\n')) { /* a final pad byte may end it */
        const unsigned char *h = data + off;
        if (len - off < AR_HDR || h[58] != '`' || h[59] != '\n')
            return vec_free(&out), ar_bad(path, "bad member header");
        long long size = ar_decimal(h + 48, 10);
        if (size < 0 || (size_t)size > len - off - AR_HDR)
            return vec_free(&out), ar_bad(path, "member size outside the file");
        ArMember m = {NULL, h + AR_HDR, (size_t)size};
        off += AR_HDR + m.size + (m.size & 1);
        if (ar_is_index(h))
            continue; /* symbol index: rebuilt from the members when needed */
        if (memcmp(h, "//              ", 16) == 0) {
            longnames = m.data;
            longlen = m.size;
            continue;
        }
        if (!(m.name = ar_member_name(arena, path, h, &m, longnames, longlen)))
            return vec_free(&out), -1;
        ArMember *p = ARENA_NEW(arena, ArMember);
        *p = m;
        vec_push(&out, p);
    }
    *nmembers = out.len;
    *members = ARENA_NEWN(arena, ArMember, out.len ? out.len : 1);
    for (int i = 0; i < out.len; i++)
        (*members)[i] = *VEC_AT(out, ArMember *, i);
    vec_free(&out);
    return 0;
}

/* ---- writing ---- */

/* A member header as GNU `ar D` writes it: zero dates and ids, mode 644 for
 * members, 0 for the index, blank for the long-name table. */
static void ar_header(Buf *out, const char *name, size_t size) {
    char h[AR_HDR + 1];
    int longtab = strcmp(name, "//") == 0, index = strcmp(name, "/") == 0;
    const char *zero = longtab ? "" : "0";
    snprintf(h, sizeof h, "%-16.16s%-12s%-6s%-6s%-8s%-10zu`\n", name, zero, zero, zero,
             longtab ? "" : index ? "0" : "644", size);
    buf_append(out, h, AR_HDR);
}

static void ar_body(Buf *out, const void *data, size_t size) {
    buf_append(out, data, size);
    if (size & 1)
        buf_putc(out, '\n');
}

/* Global symbols defined by one member (empty unless it is an ELF object). */
static void ar_member_symbols(Arena *arena, const ArMember *m, Vec *names) {
    if (m->size < SELFMAG || memcmp(m->data, ELFMAG, SELFMAG) != 0)
        return;
    ObjFile *f = elfobj_read(arena, m->name, m->data, m->size);
    if (!f)
        return;
    for (int i = 0; i < f->nsymbols; i++) {
        ObjSymbol *s = f->symbols[i];
        if (s->bind != STB_LOCAL && s->shndx != SHN_UNDEF && s->type != STT_SECTION && s->name[0])
            vec_push(names, (void *)s->name);
    }
    for (int i = 0; i < f->nsections; i++)
        buf_free(&f->sections[i]->data);
}

static int ar_needs_longname(const char *name) {
    return strlen(name) > 15 || strchr(name, '/') || strchr(name, ' ');
}

static void ar_put_be32(Buf *b, uint32_t v) {
    unsigned char x[4] = {v >> 24, v >> 16, v >> 8, v};
    buf_append(b, x, 4);
}

/* The global symbols of every member, for the `/` index. */
typedef struct ArIndex {
    Vec *syms;              /* per member: names it defines */
    size_t nsyms, size;     /* entries; byte size of the index member (even) */
    int any_elf;            /* no ELF member, no index (Go's archives) */
} ArIndex;

static void ar_index_collect(Arena *arena, const ArMember *members, int n, ArIndex *ix) {
    size_t strbytes = 0;
    ix->syms = ARENA_NEWN(arena, Vec, n ? n : 1);
    for (int i = 0; i < n; i++) {
        ar_member_symbols(arena, &members[i], &ix->syms[i]);
        ix->any_elf |= members[i].size >= SELFMAG && memcmp(members[i].data, ELFMAG, SELFMAG) == 0;
        ix->nsyms += (size_t)ix->syms[i].len;
        for (int k = 0; k < ix->syms[i].len; k++)
            strbytes += strlen(VEC_AT(ix->syms[i], char *, k)) + 1;
    }
    ix->size = (4 + 4 * ix->nsyms + strbytes + 1) & ~(size_t)1; /* GNU pads with NUL, inside */
}

/* Writes the index; memberoff is the file offset of the first member's header. */
static void ar_index_write(const ArMember *members, int n, ArIndex *ix, size_t memberoff, Buf *out) {
    size_t start = out->len;
    ar_header(out, "/", ix->size);
    ar_put_be32(out, (uint32_t)ix->nsyms);
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < ix->syms[i].len; k++)
            ar_put_be32(out, (uint32_t)memberoff);
        memberoff += AR_HDR + members[i].size + (members[i].size & 1);
    }
    for (int i = 0; i < n; i++)
        for (int k = 0; k < ix->syms[i].len; k++) {
            const char *name = VEC_AT(ix->syms[i], char *, k);
            buf_append(out, name, strlen(name) + 1);
        }
    while (out->len < start + AR_HDR + ix->size)
        buf_putc(out, 0);
}

/* Header names of the members; long ones go to the `//` table as "name/\n". */
static char **ar_header_names(Arena *arena, const ArMember *members, int n, Buf *longtab) {
    char **hname = ARENA_NEWN(arena, char *, n ? n : 1);
    for (int i = 0; i < n; i++) {
        if (ar_needs_longname(members[i].name)) {
            hname[i] = arena_printf(arena, "/%zu", longtab->len);
            buf_printf(longtab, "%s/\n", members[i].name);
        } else {
            hname[i] = arena_printf(arena, "%s/", members[i].name);
        }
    }
    if (longtab->len & 1)
        buf_putc(longtab, '\n'); /* GNU pads the table inside its size */
    return hname;
}

void ar_write(const ArMember *members, int nmembers, Buf *out) {
    Arena arena = {0};
    ArIndex ix = {0};
    Buf longtab = {0};
    ar_index_collect(&arena, members, nmembers, &ix);
    char **hname = ar_header_names(&arena, members, nmembers, &longtab);
    size_t memberoff = 8 + (ix.any_elf ? AR_HDR + ix.size : 0) + (longtab.len ? AR_HDR + longtab.len : 0);
    buf_append(out, ar_magic, 8);
    if (ix.any_elf)
        ar_index_write(members, nmembers, &ix, memberoff, out);
    if (longtab.len) {
        ar_header(out, "//", longtab.len);
        ar_body(out, longtab.data, longtab.len);
    }
    for (int i = 0; i < nmembers; i++) {
        ar_header(out, hname[i], members[i].size);
        ar_body(out, members[i].data, members[i].size);
    }
    for (int i = 0; i < nmembers; i++)
        vec_free(&ix.syms[i]);
    buf_free(&longtab);
    arena_free(&arena);
}
