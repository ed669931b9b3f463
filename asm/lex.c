/* lex.c - the raw tokenizer of Plan 9 assembly source: identifiers (with
 * `·` → `.` and `∕` → `/`), numbers, character and string constants,
 * punctuation, comments, newlines and backslash-newlines. Macro expansion
 * and directives are the preprocessor's job (preproc.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"

struct Lexer {
    Arena *arena;
    const char *src;
    size_t pos, len;
    const char *file;   /* interned, may be changed by #line */
    int line;
    int bol;
};

Lexer *asm_lex_open(Arena *a, const char *path, const char *src, size_t len) {
    Lexer *lx = ARENA_NEW(a, Lexer);
    lx->arena = a;
    lx->src = src;
    lx->len = len;
    lx->file = intern(path);
    lx->line = 1;
    lx->bol = 1;
    return lx;
}

const char *asm_lex_file(Lexer *lx) { return lx->file; }

void asm_lex_setline(Lexer *lx, const char *file, int nextline) {
    if (file)
        lx->file = intern(file);
    lx->line = nextline;        /* the directive line (and its newline) is already consumed */
}

static int peekc(Lexer *lx, size_t k) { return lx->pos + k < lx->len ? (unsigned char)lx->src[lx->pos + k] : -1; }

static int is_middot(Lexer *lx) { return peekc(lx, 0) == 0xc2 && peekc(lx, 1) == 0xb7; }
static int is_divslash(Lexer *lx) { return peekc(lx, 0) == 0xe2 && peekc(lx, 1) == 0x88 && peekc(lx, 2) == 0x95; }

static int ident_start(Lexer *lx) {
    int c = peekc(lx, 0);
    return c == '_' || isalpha(c) || is_middot(lx) || is_divslash(lx);
}

static Token lex_ident(Lexer *lx, Token t) {
    Buf b = {0};
    for (;;) {
        int c = peekc(lx, 0);
        if (is_middot(lx)) {
            buf_putc(&b, '.');
            lx->pos += 2;
        } else if (is_divslash(lx)) {
            buf_putc(&b, '/');
            lx->pos += 3;
        } else if (c == '_' || isalnum(c) || (c == '.' && b.len > 0 && (peekc(lx, 1) == '_' || isalnum(peekc(lx, 1)) ||
                                                                        peekc(lx, 1) == 0xc2))) {
            buf_putc(&b, c);
            lx->pos++;
        } else
            break;
    }
    t.kind = TK_IDENT;
    t.s = internn((char *)b.data, b.len);
    t.n = b.len;
    buf_free(&b);
    return t;
}

static Token lex_number(Lexer *lx, Token t) {
    size_t start = lx->pos;
    int isfloat = 0;
    if (peekc(lx, 0) == '0' && (peekc(lx, 1) == 'x' || peekc(lx, 1) == 'X')) {
        lx->pos += 2;
        while (isxdigit(peekc(lx, 0)))
            lx->pos++;
    } else {
        while (isdigit(peekc(lx, 0)))
            lx->pos++;
        if (peekc(lx, 0) == '.' && isdigit(peekc(lx, 1))) {
            isfloat = 1;
            lx->pos++;
            while (isdigit(peekc(lx, 0)))
                lx->pos++;
        } else if (peekc(lx, 0) == '.' && !isalpha(peekc(lx, 1))) {
            isfloat = 1;
            lx->pos++;
        }
        if (peekc(lx, 0) == 'e' || peekc(lx, 0) == 'E') {
            size_t k = 1;
            if (peekc(lx, k) == '+' || peekc(lx, k) == '-')
                k++;
            if (isdigit(peekc(lx, k))) {
                isfloat = 1;
                lx->pos += k;
                while (isdigit(peekc(lx, 0)))
                    lx->pos++;
            }
        }
    }
    char *text = arena_strndup(lx->arena, lx->src + start, lx->pos - start);
    if (isalnum(peekc(lx, 0)) || peekc(lx, 0) == '_') {
        diag_error(t.pos, "malformed number %s%c", text, peekc(lx, 0));
        while (isalnum(peekc(lx, 0)) || peekc(lx, 0) == '_')
            lx->pos++;
    }
    if (isfloat) {
        t.kind = TK_FLOAT;
        t.fval = strtod(text, NULL);
    } else {
        t.kind = TK_INT;
        t.ival = strtoull(text, NULL, 0);
    }
    return t;
}

/* Decodes one escape after a backslash; returns the byte value. */
static int lex_escape(Lexer *lx, Pos pos) {
    int c = peekc(lx, 0);
    lx->pos++;
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'v': return 11;
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'x': {
        int v = 0;
        for (int i = 0; i < 2; i++) {
            int d = peekc(lx, 0);
            if (!isxdigit(d)) {
                diag_error(pos, "bad \\x escape");
                return 0;
            }
            v = v * 16 + (isdigit(d) ? d - '0' : (tolower(d) - 'a' + 10));
            lx->pos++;
        }
        return v;
    }
    default:
        if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int i = 0; i < 2 && peekc(lx, 0) >= '0' && peekc(lx, 0) <= '7'; i++) {
                v = v * 8 + (peekc(lx, 0) - '0');
                lx->pos++;
            }
            return v & 0xff;
        }
        diag_error(pos, "unknown escape \\%c", c);
        return 0;
    }
}

static Token lex_quoted(Lexer *lx, Token t, int q) {
    Buf b = {0};
    lx->pos++;
    for (;;) {
        int c = peekc(lx, 0);
        if (c < 0 || c == '\n') {
            diag_error(t.pos, "unterminated %s", q == '"' ? "string" : "character constant");
            break;
        }
        lx->pos++;
        if (c == q)
            break;
        if (c == '\\')
            c = lex_escape(lx, t.pos);
        buf_putc(&b, c);
    }
    if (q == '\'') {
        t.kind = TK_INT;
        t.ival = 0;
        if (b.len == 1)
            t.ival = b.data[0];
        else if (b.len > 1) { /* UTF-8 rune */
            t.ival = b.data[0] & 0x1f;
            for (size_t i = 1; i < b.len; i++)
                t.ival = t.ival << 6 | (b.data[i] & 0x3f);
        }
    } else {
        t.kind = TK_STRING;
        t.s = arena_strndup(lx->arena, b.len ? (char *)b.data : "", b.len);
        t.n = b.len;
    }
    buf_free(&b);
    return t;
}

/* Skips blanks and comments; returns 1 if any were skipped. Newlines inside
 * block comments count lines but do not end the statement. */
static int skip_space(Lexer *lx) {
    int any = 0;
    for (;;) {
        int c = peekc(lx, 0);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            lx->pos++;
        } else if (c == '/' && peekc(lx, 1) == '/') {
            while (peekc(lx, 0) >= 0 && peekc(lx, 0) != '\n')
                lx->pos++;
        } else if (c == '/' && peekc(lx, 1) == '*') {
            lx->pos += 2;
            while (peekc(lx, 0) >= 0 && !(peekc(lx, 0) == '*' && peekc(lx, 1) == '/')) {
                if (peekc(lx, 0) == '\n')
                    lx->line++;
                lx->pos++;
            }
            lx->pos += 2;
            if (lx->pos > lx->len)
                lx->pos = lx->len;
        } else
            return any;
        any = 1;
    }
}

Token asm_lex_next(Lexer *lx) {
    Token t = {0};
    t.space = skip_space(lx);
    t.bol = lx->bol;
    t.pos = (Pos){lx->file, lx->line, 0};
    lx->bol = 0;
    int c = peekc(lx, 0);
    if (c < 0) {
        t.kind = TK_EOF;
        return t;
    }
    if (c == '\n') {
        lx->pos++;
        lx->line++;
        lx->bol = 1;
        t.kind = TK_NL;
        return t;
    }
    if (c == '\\') {    /* backslash, optional blanks and // comment, newline */
        size_t k = 1;
        while (peekc(lx, k) == ' ' || peekc(lx, k) == '\t' || peekc(lx, k) == '\r')
            k++;
        if (peekc(lx, k) == '/' && peekc(lx, k + 1) == '/')
            while (peekc(lx, k) >= 0 && peekc(lx, k) != '\n')
                k++;
        if (peekc(lx, k) == '\n') {
            lx->pos += k + 1;
            lx->line++;
            t.kind = TK_BSNL;
            return t;
        }
    }
    if (ident_start(lx))
        return lex_ident(lx, t);
    if (isdigit(c) || (c == '.' && isdigit(peekc(lx, 1))))
        return lex_number(lx, t);
    if (c == '"' || c == '\'')
        return lex_quoted(lx, t, c);
    if (c == '<' && peekc(lx, 1) == '<') {
        lx->pos += 2;
        t.kind = TK_LSH;
        return t;
    }
    if (c == '>' && peekc(lx, 1) == '>') {
        lx->pos += 2;
        t.kind = TK_RSH;
        return t;
    }
    lx->pos++;
    if (c < 33 || c > 126) {
        diag_error(t.pos, "unexpected character %#x", c);
        return asm_lex_next(lx);
    }
    t.kind = c;
    return t;
}
