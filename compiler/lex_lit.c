/* lex_lit.c - the lexer's checks that regular expressions do not express
 * well: UTF-8 validity of the whole file, malformed numbers, escape values
 * in rune and string literals, non-ASCII identifier characters, and //go:
 * directives. Messages are the ones Go's scanner prints. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "parse_impl.h"
#include "parse.tab.h"

void lex_error(Lexer *lx, Pos pos, const char *fmt, ...) {
    (void)lx;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_add_error(lx, pos, msg);
}

void lex_add_error(Lexer *lx, Pos pos, const char *msg) {
    if (lx->nerrs == lx->caperrs) {
        lx->caperrs = lx->caperrs ? 2 * lx->caperrs : 16;
        SyntaxError *n = ARENA_NEWN(perm_arena, SyntaxError, lx->caperrs);
        if (lx->nerrs)
            memcpy(n, lx->errs, sizeof *n * (size_t)lx->nerrs);
        lx->errs = n;
    }
    SyntaxError *e = &lx->errs[lx->nerrs];
    e->pos = pos;
    e->msg = arena_strdup(perm_arena, msg);
    e->seq = lx->nerrs++;
}

static int error_cmp(const void *a, const void *b) {
    const SyntaxError *x = a, *y = b;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col)
        return x->pos.col < y->pos.col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void lex_flush_errors(Lexer *lx) {
    if (lx->nerrs == 0)
        return;
    qsort(lx->errs, (size_t)lx->nerrs, sizeof *lx->errs, error_cmp);
    for (int i = 0; i < lx->nerrs; i++)
        diag_error(lx->errs[i].pos, "%s", lx->errs[i].msg);
    lx->nerrs = 0;
}

/* Decodes one UTF-8 sequence at s (n bytes available); returns its length,
 * or 0 if it is not valid UTF-8. */
static int utf8_decode(const unsigned char *s, size_t n, unsigned *r) {
    if (s[0] < 0x80) {
        *r = s[0];
        return 1;
    }
    int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || s[0] > 0xF4 || (size_t)len > n)
        return 0;
    unsigned v = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const unsigned min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
        return 0;
    *r = v;
    return len;
}

void lex_check_utf8(Lexer *lx) {
    const unsigned char *s = (const unsigned char *)lx->cur, *end = (const unsigned char *)lx->lim;
    const unsigned char *ls = (const unsigned char *)lx->linestart;
    int line = 1;
    while (s < end) {
        Pos pos = {lx->file, line, (int)(s - ls) + 1};
        unsigned r;
        int n = 1;
        if (*s == '\n') {
            line++;
            ls = s + 1;
        } else if (*s == 0) {
            lex_error(lx, pos, "invalid NUL character");
        } else if (*s >= 0x80) {
            n = utf8_decode(s, (size_t)(end - s), &r);
            if (n == 0) {
                lex_error(lx, pos, "invalid UTF-8 encoding");
                n = 1;
            } else if (r == 0xFEFF) {
                lex_error(lx, pos, "invalid BOM in the middle of the file");
            }
        }
        s += n;
    }
}

static int lower(int c) { return c | 0x20; }
static int is_dec(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* Scans digits of base at s[*i]; bit 0 of the result: a digit was seen,
 * bit 1: an '_' was seen. The first digit too large for base goes to *invalid. */
static int scan_digits(const char *s, size_t n, size_t *i, int base, long *invalid) {
    int ds = 0;
    for (; *i < n; (*i)++) {
        int c = (unsigned char)s[*i];
        if (c == '_') {
            ds |= 2;
            continue;
        }
        if (base <= 10 ? !is_dec(c) : !is_hex(c))
            break;
        ds |= 1;
        if (base < 10 && c >= '0' + base && invalid && *invalid < 0)
            *invalid = (long)*i;
    }
    return ds;
}

/* Index of the first '_' that does not separate two digits, or -1. */
static long invalid_sep(const char *s, size_t n) {
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        x1 = lower(s[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)s[i];
        if (d == '_') {
            if (p != '0')
                return (long)i;
        } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (long)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (long)n - 1 : -1;
}

static Pos at(Pos pos, size_t off) {
    pos.col += (int)off;
    return pos;
}

/* Go's number scanner, run on a malformed literal to find its message. */
size_t lex_check_number(Lexer *lx, const char *s, size_t n, Pos pos, int *kind) {
    size_t i = 0;
    int base = 10, prefix = 0, digsep = 0, ok = 1, point = 0;
    long invalid = -1;
    *kind = INT;
    if (s[0] != '.') {
        if (s[0] == '0') {
            i = 1;
            int c = i < n ? lower(s[i]) : 0;
            if (c == 'x' || c == 'o' || c == 'b') {
                base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
                prefix = c;
                i++;
            } else {
                base = 8, prefix = '0', digsep = 1;
            }
        }
        digsep |= scan_digits(s, n, &i, base, &invalid);
        if (i < n && s[i] == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, at(pos, i), "invalid radix point in %s literal", base_name(base));
                ok = 0;
            }
            i++;
            point = 1;
        }
    } else {
        i = 1;
        point = 1;
    }
    if (point) {
        *kind = FLOAT;
        digsep |= scan_digits(s, n, &i, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        lex_error(lx, at(pos, i), "%s literal has no digits", base_name(base));
        ok = 0;
    }
    int e = i < n ? lower(s[i]) : 0;
    if (e == 'e' || e == 'p') {
        if (ok && e == 'e' && prefix != 0 && prefix != '0') {
            lex_error(lx, at(pos, i), "'%c' exponent requires decimal mantissa", s[i]);
            ok = 0;
        } else if (ok && e == 'p' && prefix != 'x') {
            lex_error(lx, at(pos, i), "'%c' exponent requires hexadecimal mantissa", s[i]);
            ok = 0;
        }
        i++;
        *kind = FLOAT;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        digsep = scan_digits(s, n, &i, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            lex_error(lx, at(pos, i), "exponent has no digits");
            ok = 0;
        }
    } else if (prefix == 'x' && *kind == FLOAT && ok) {
        lex_error(lx, at(pos, i), "hexadecimal mantissa requires a 'p' exponent");
        ok = 0;
    }
    if (i < n && s[i] == 'i') {
        *kind = IMAG;
        i++;
    }
    if (*kind == INT && invalid >= 0 && ok) {
        lex_error(lx, at(pos, (size_t)invalid), "invalid digit '%c' in %s literal", s[invalid], base_name(base));
        ok = 0;
    }
    if ((digsep & 2) && ok) {
        long k = invalid_sep(s, i);
        if (k >= 0)
            lex_error(lx, at(pos, (size_t)k), "'_' must separate successive digits");
    }
    return i;
}

/* Checks the values of the escapes in a well-formed rune or string literal. */
void lex_check_quoted(Lexer *lx, const char *s, size_t n, Pos pos, char quote) {
    (void)quote;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '\\')
            continue;
        size_t j = i + 1;
        int c = s[j], digits = 0, base = 16;
        if (c >= '0' && c <= '7')
            digits = 3, base = 8;
        else if (c == 'x' || c == 'u' || c == 'U')
            digits = c == 'x' ? 2 : c == 'u' ? 4 : 8, j++;
        else {
            i = j;
            continue;
        }
        unsigned long v = 0;
        for (int k = 0; k < digits && j < n; k++, j++)
            v = v * (unsigned long)base + (unsigned long)(is_dec(s[j]) ? s[j] - '0' : lower(s[j]) - 'a' + 10);
        if (base == 8 && v > 255)
            lex_error(lx, at(pos, j), "octal escape value %lu > 255", v);
        else if (c != 'x' && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)))
            lex_error(lx, at(pos, j), "escape is invalid Unicode code point U+%04lX", v);
        i = j - 1;
    }
}

/* Non-ASCII runes accepted in identifiers: everything except the symbol
 * and punctuation blocks below (a compact approximation of Unicode letters
 * and digits that agrees with Go on common text). */
static int rune_is_letter(unsigned r) {
    static const unsigned bad[][2] = {
        {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7},
        {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F}, {0x2190, 0x2BFF},
        {0x3000, 0x3004}, {0x3008, 0x3020}, {0xFE10, 0xFE6F}, {0xFEFF, 0xFEFF},
        {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (r >= bad[i][0] && r <= bad[i][1])
            return 0;
    return 1;
}

void lex_check_ident(Lexer *lx, const char *s, size_t n, Pos pos) {
    for (size_t i = 0; i < n;) {
        unsigned r;
        const unsigned char *u = (const unsigned char *)s + i;
        if (*u < 0x80) {
            i++;
            continue;
        }
        int len = utf8_decode(u, n - i, &r);
        if (len == 0) {     /* reported by lex_check_utf8 */
            i++;
            continue;
        }
        if (!rune_is_letter(r))
            lex_error(lx, at(pos, i), "invalid character U+%04X '%.*s' in identifier", r, len, s + i);
        i += (size_t)len;
    }
}

/* Records a //go: directive (s is the whole comment, n its length). */
/* Adds a //go:linkname to the file's list; text is "local [remote]". */
static void add_linkname(Lexer *lx, const char *text, Pos pos) {
    if (lx->nlinknames == lx->caplinknames) {
        lx->caplinknames = lx->caplinknames ? 2 * lx->caplinknames : 8;
        Linkname *n = ARENA_NEWN(perm_arena, Linkname, lx->caplinknames);
        if (lx->nlinknames)
            memcpy(n, lx->linknames, sizeof *n * (size_t)lx->nlinknames);
        lx->linknames = n;
    }
    Linkname *l = &lx->linknames[lx->nlinknames++];
    size_t w = strcspn(text, " \t");
    l->local = arena_strndup(perm_arena, text, w);
    text += w + strspn(text + w, " \t");
    l->remote = *text ? arena_strndup(perm_arena, text, strcspn(text, " \t")) : NULL;
    l->pos = pos;
}

void lex_directive(Lexer *lx, const char *s, size_t n, Pos pos) {
    static const struct { const char *name; unsigned flag; } names[] = {
        {"nosplit", PRAGMA_NOSPLIT}, {"noinline", PRAGMA_NOINLINE},
        {"noescape", PRAGMA_NOESCAPE}, {"systemstack", PRAGMA_SYSTEMSTACK},
    };
    s += 5, n -= 5;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != '\t')
        w++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (w == strlen(names[i].name) && memcmp(s, names[i].name, w) == 0)
            lx->pragmas |= names[i].flag;
    if (w == 8 && memcmp(s, "linkname", 8) == 0) {
        while (w < n && (s[w] == ' ' || s[w] == '\t'))
            w++;
        lx->linkname = arena_strndup(perm_arena, s + w, n - w);
        add_linkname(lx, lx->linkname, pos);
    }
}
