/* lex.re - the Go lexer (re2c): turns source bytes into the tokens of
 * parse.y, following the Go spec's "Lexical elements": identifiers, keywords,
 * operators, all literal forms, comments, and automatic semicolon insertion.
 *
 * Well-formed literals are recognised by the regular expressions below; a
 * malformed one falls through to a looser rule whose text is checked by
 * lex_lit.c, which reports Go's error message. Escape values and non-ASCII
 * identifier characters are also checked there. */
#include <string.h>

#include "arena.h"
#include "parse_impl.h"
#include "parse.tab.h"
#include "strmap.h"

void lex_init(Lexer *lx, const char *file, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    char *copy = arena_alloc(perm_arena, len + 1);   /* zeroed: NUL sentinel */
    memcpy(copy, src, len);
    lx->file = intern(file);
    lx->start = lx->cur = lx->linestart = copy;
    lx->lim = copy + len;
    lx->line = 1;
    /* A byte order mark is allowed (and ignored) at the very start; like Go,
     * columns on the first line still count its three bytes. */
    if (len >= 3 && memcmp(copy, "\xEF\xBB\xBF", 3) == 0)
        lx->cur = copy + 3;
    lex_check_utf8(lx);
}

static Pos pos_at(Lexer *lx, const char *p) {
    Pos pos = {lx->file, lx->line, (int)(p - lx->linestart) + 1};
    return pos;
}

/* Skips blanks and comments on the current line without consuming anything;
 * a newline that would end the statement counts as the next token. */
Pos lex_peek_pos(Lexer *lx) {
    const char *p = lx->cur;
    for (;;) {
        while (p < lx->lim && (*p == ' ' || *p == '\t' || *p == '\r'))
            p++;
        if (p + 1 < lx->lim && p[0] == '/' && p[1] == '/') {
            while (p < lx->lim && *p != '\n')
                p++;
        } else if (p + 1 < lx->lim && p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end || memchr(p, '\n', (size_t)(end - p)))
                break;
            p = end + 2;
        } else {
            break;
        }
    }
    return pos_at(lx, p);
}

static void newline(Lexer *lx, const char *after) {
    lx->line++;
    lx->linestart = after;
}

/* Parentheses and brackets save and clear the loophack flag (see Lexer). */
static void hack_push(Lexer *lx) {
    if (lx->nhack == lx->capack) {
        lx->capack = lx->capack ? 2 * lx->capack : 16;
        int *n = arena_alloc(perm_arena, sizeof(int) * (size_t)lx->capack);
        if (lx->nhack)
            memcpy(n, lx->hackstack, sizeof(int) * (size_t)lx->nhack);
        lx->hackstack = n;
    }
    lx->hackstack[lx->nhack++] = lx->loophack;
    lx->loophack = 0;
}

static void hack_pop(Lexer *lx) {
    if (lx->nhack > 0)
        lx->loophack = lx->hackstack[--lx->nhack];
}

/* Skips a general comment starting at lx->tok ("/" "*" already matched);
 * returns 1 if it contained a newline. */
static int general_comment(Lexer *lx) {
    const char *p = lx->cur;
    int saw_newline = 0;
    Pos start = pos_at(lx, lx->tok);
    for (;;) {
        if (p >= lx->lim) {
            lex_error(lx, start, "comment not terminated");
            lx->cur = lx->lim;
            return saw_newline;
        }
        if (p[0] == '*' && p[1] == '/') {
            lx->cur = p + 2;
            return saw_newline;
        }
        if (*p == '\n') {
            saw_newline = 1;
            newline(lx, p + 1);
        }
        p++;
    }
}

/* Skips the escape at p (a backslash) inside a malformed literal, reporting
 * its problem unless one was already reported; returns the position after it. */
static const char *skip_escape(Lexer *lx, const char *p, char quote, int *reported) {
    const char *e = p++;
    if (p >= lx->lim)
        return p;
    if ((*p && strchr("abfnrtv\\", *p)) || *p == quote)
        return p + 1;
    int digits = 0, base = 16;
    if (*p >= '0' && *p <= '7') {
        digits = 3, base = 8;
    } else if (*p == 'x' || *p == 'u' || *p == 'U') {
        digits = *p == 'x' ? 2 : *p == 'u' ? 4 : 8;
        p++;
    } else {
        if (!*reported)
            lex_error(lx, pos_at(lx, p), "unknown escape");
        *reported = 1;
        return p;
    }
    for (; digits > 0 && p < lx->lim; digits--, p++) {
        int c = *p | 0x20, d = base;
        if (*p >= '0' && *p <= '9')
            d = *p - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        if (d >= base) {
            if (!*reported)
                lex_error(lx, pos_at(lx, p), "invalid character %s in %s escape",
                          *p == '\n' ? "'\\n'" : arena_printf(perm_arena, "'%c'", *p),
                          base == 8 ? "octal" : "hexadecimal");
            *reported = 1;
            return p;
        }
    }
    if (!*reported)
        lex_check_quoted(lx, e, (size_t)(p - e), pos_at(lx, e), 0);
    return p;
}

/* Scans a malformed quoted literal the way Go's scanner does, reporting its
 * first problem; lx->tok is at the opening quote. Leaves lx->cur after it. */
static void bad_quoted(Lexer *lx, char quote) {
    const char *p = lx->tok + 1;
    Pos start = pos_at(lx, lx->tok);
    int n = 0, reported = 0;
    for (;; n++) {
        if (p >= lx->lim) {
            if (!reported)
                lex_error(lx, start, quote == '\'' ? "rune literal not terminated" : "string not terminated");
            break;
        }
        if (*p == quote) {
            p++;
            if (quote == '\'' && !reported && n == 0)
                lex_error(lx, pos_at(lx, p - 1), "empty rune literal or unescaped '");
            else if (quote == '\'' && !reported && n != 1)
                lex_error(lx, start, "more than one character in rune literal");
            break;
        }
        if (*p == '\n' && quote == '`') {
            newline(lx, ++p);
        } else if (*p == '\n') {
            if (!reported)
                lex_error(lx, pos_at(lx, p), quote == '\'' ? "newline in rune literal" : "newline in string");
            break;
        } else if (*p == '\\' && quote != '`') {
            p = skip_escape(lx, p, quote, &reported);
        } else {    /* one UTF-8 character */
            p++;
            while (p < lx->lim && (*(const unsigned char *)p & 0xC0) == 0x80)
                p++;
        }
    }
    lx->cur = p;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    dec = [0-9];
    bin = [01];
    oct = [0-7];
    hex = [0-9a-fA-F];
    decs = dec ("_"? dec)*;
    bins = bin ("_"? bin)*;
    octs = oct ("_"? oct)*;
    hexs = hex ("_"? hex)*;
    decimal_lit = "0" | [1-9] ("_"? decs)?;
    binary_lit = "0" [bB] "_"? bins;
    octal_lit = "0" [oO]? "_"? octs;
    hex_lit = "0" [xX] "_"? hexs;
    int_lit = decimal_lit | binary_lit | octal_lit | hex_lit;
    dec_exp = [eE] [+-]? decs;
    dec_float = decs "." decs? dec_exp? | decs dec_exp | "." decs dec_exp?;
    hex_mant = "_"? hexs "." hexs? | "_"? hexs | "." hexs;
    hex_exp = [pP] [+-]? decs;
    hex_float = "0" [xX] hex_mant hex_exp;
    float_lit = dec_float | hex_float;
    imag_lit = (decs | int_lit | float_lit) "i";
    num_junk = (dec | "." dec) ([0-9a-zA-Z_.] | [eEpP] [+-])*;

    esc_num = oct{3} | "x" hex{2} | "u" hex{4} | "U" hex{8};
    rune_esc = "\\" ([abfnrtv\\'] | esc_num);
    str_esc = "\\" ([abfnrtv\\"] | esc_num);
    u8 = [\xc0-\xdf][\x80-\xbf] | [\xe0-\xef][\x80-\xbf]{2} | [\xf0-\xf7][\x80-\xbf]{3};
    rune_lit = "'" ([^'\\\n\x80-\xff] | u8 | rune_esc) "'";
    string_lit = "\"" ([^"\\\n] | str_esc)* "\"";
    raw_lit = "`" [^`]* "`";

    id_start = [a-zA-Z_\x80-\xff];
    ident = id_start [a-zA-Z_0-9\x80-\xff]*;
*/

/* Returns kind after recording the semicolon-insertion state it implies. */
static int done(Lexer *lx, Tok *t, int kind, int nlsemi) {
    if (kind == ';' && lx->loophack)
        lx->header_semis++;
    lx->nlsemi = nlsemi;
    lx->last_pos = t->pos;
    t->lit = t->lit ? t->lit : NULL;
    return kind;
}

static int literal(Lexer *lx, Tok *t, int kind) {
    t->lit = arena_strndup(perm_arena, lx->tok, (size_t)(lx->cur - lx->tok));
    return done(lx, t, kind, 1);
}

static int assign_op(Lexer *lx, Tok *t, Op op) {
    t->op = op;
    return done(lx, t, ASSIGN_OP, 0);
}

/* A keyword that starts a block header arms the loophack. */
static int header_kw(Lexer *lx, Tok *t, int kind) {
    lx->loophack = 1;
    lx->header_kw = kind;
    lx->header_semis = 0;
    return done(lx, t, kind, 0);
}

/* A FUNC token takes the pending //go: directives. */
static int func_kw(Lexer *lx, Tok *t) {
    t->pragmas = lx->pragmas;
    t->linkname = lx->linkname;
    lx->pragmas = 0;
    lx->linkname = NULL;
    return done(lx, t, FUNC, 0);
}

/* Declaration keywords drop directives that were not followed by a func. */
static int decl_kw(Lexer *lx, Tok *t, int kind) {
    if (lx->nhack == 0) {
        lx->pragmas = 0;
        lx->linkname = NULL;
    }
    return done(lx, t, kind, 0);
}

int lex_next(Lexer *lx, Tok *t) {
    const unsigned char *YYCURSOR, *YYMARKER = NULL, *YYLIMIT = (const unsigned char *)lx->lim;
    for (;;) {
        memset(t, 0, sizeof *t);
        lx->tok = lx->cur;
        YYCURSOR = (const unsigned char *)lx->cur;
        t->pos = pos_at(lx, lx->tok);
#define TEXT_LEN ((size_t)((const char *)YYCURSOR - lx->tok))
#define ADVANCE (lx->cur = (const char *)YYCURSOR)
    /*!re2c
    $ {
        if (lx->nlsemi) {
            t->lit = "EOF";
            return done(lx, t, ';', 0);
        }
        lx->at_eof = 1;
        return done(lx, t, PARSE_YYEOF, 0);
    }
    [ \t\r]+ { ADVANCE; continue; }
    "\n" {
        ADVANCE;
        newline(lx, lx->cur);
        if (lx->nlsemi) {
            t->lit = "newline";
            return done(lx, t, ';', 0);
        }
        continue;
    }
    "//" [^\n]* {
        ADVANCE;
        if (t->pos.col == 1 && TEXT_LEN > 5 && memcmp(lx->tok, "//go:", 5) == 0)
            lex_directive(lx, lx->tok, TEXT_LEN, t->pos);
        continue;
    }
    "/*" {
        ADVANCE;
        if (general_comment(lx) && lx->nlsemi) {
            t->lit = "newline";
            return done(lx, t, ';', 0);
        }
        continue;
    }

    "break"       { ADVANCE; return done(lx, t, BREAK, 1); }
    "case"        { ADVANCE; return done(lx, t, CASE, 0); }
    "chan"        { ADVANCE; return done(lx, t, CHAN, 0); }
    "const"       { ADVANCE; return decl_kw(lx, t, CONST); }
    "continue"    { ADVANCE; return done(lx, t, CONTINUE, 1); }
    "default"     { ADVANCE; return done(lx, t, DEFAULT, 0); }
    "defer"       { ADVANCE; return done(lx, t, DEFER, 0); }
    "else"        { ADVANCE; return done(lx, t, ELSE, 0); }
    "fallthrough" { ADVANCE; return done(lx, t, FALLTHROUGH, 1); }
    "for"         { ADVANCE; return header_kw(lx, t, FOR); }
    "func"        { ADVANCE; return func_kw(lx, t); }
    "go"          { ADVANCE; return done(lx, t, GO, 0); }
    "goto"        { ADVANCE; return done(lx, t, GOTO, 0); }
    "if"          { ADVANCE; return header_kw(lx, t, IF); }
    "import"      { ADVANCE; return decl_kw(lx, t, IMPORT); }
    "interface"   { ADVANCE; return done(lx, t, INTERFACE, 0); }
    "map"         { ADVANCE; return done(lx, t, MAP, 0); }
    "package"     { ADVANCE; return done(lx, t, PACKAGE, 0); }
    "range"       { ADVANCE; return done(lx, t, RANGE, 0); }
    "return"      { ADVANCE; return done(lx, t, RETURN, 1); }
    "select"      { ADVANCE; return header_kw(lx, t, SELECT); }
    "struct"      { ADVANCE; return done(lx, t, STRUCT, 0); }
    "switch"      { ADVANCE; return header_kw(lx, t, SWITCH); }
    "type"        { ADVANCE; return decl_kw(lx, t, TYPE); }
    "var"         { ADVANCE; return decl_kw(lx, t, VAR); }

    ident {
        ADVANCE;
        t->lit = internn(lx->tok, TEXT_LEN);
        lex_check_ident(lx, lx->tok, TEXT_LEN, t->pos);
        return done(lx, t, IDENT, 1);
    }

    int_lit   { ADVANCE; return literal(lx, t, INT); }
    float_lit { ADVANCE; return literal(lx, t, FLOAT); }
    imag_lit  { ADVANCE; return literal(lx, t, IMAG); }
    num_junk {
        int kind = INT;
        lx->cur = lx->tok + lex_check_number(lx, lx->tok, TEXT_LEN, t->pos, &kind);
        return literal(lx, t, kind);
    }

    rune_lit {
        ADVANCE;
        lex_check_quoted(lx, lx->tok, TEXT_LEN, t->pos, '\'');
        return literal(lx, t, CHAR);
    }
    "'"  { bad_quoted(lx, '\''); return literal(lx, t, CHAR); }
    string_lit {
        ADVANCE;
        lex_check_quoted(lx, lx->tok, TEXT_LEN, t->pos, '"');
        return literal(lx, t, STRING);
    }
    "\"" { bad_quoted(lx, '"'); return literal(lx, t, STRING); }
    raw_lit {
        ADVANCE;
        for (const char *p = lx->tok; p < lx->cur; p++)
            if (*p == '\n')
                newline(lx, p + 1);
        literal(lx, t, STRING);
        if (memchr(t->lit, '\r', TEXT_LEN)) {     /* carriage returns are not part of the value */
            char *w = (char *)t->lit;
            for (const char *r = t->lit; *r; r++)
                if (*r != '\r')
                    *w++ = *r;
            *w = 0;
        }
        return STRING;
    }
    "`"  { bad_quoted(lx, '`'); return literal(lx, t, STRING); }

    "+"   { ADVANCE; return done(lx, t, '+', 0); }
    "-"   { ADVANCE; return done(lx, t, '-', 0); }
    "*"   { ADVANCE; return done(lx, t, '*', 0); }
    "/"   { ADVANCE; return done(lx, t, '/', 0); }
    "%"   { ADVANCE; return done(lx, t, '%', 0); }
    "&"   { ADVANCE; return done(lx, t, '&', 0); }
    "|"   { ADVANCE; return done(lx, t, '|', 0); }
    "^"   { ADVANCE; return done(lx, t, '^', 0); }
    "<<"  { ADVANCE; return done(lx, t, SHL, 0); }
    ">>"  { ADVANCE; return done(lx, t, SHR, 0); }
    "&^"  { ADVANCE; return done(lx, t, ANDNOT, 0); }
    "+="  { ADVANCE; return assign_op(lx, t, OP_ADD); }
    "-="  { ADVANCE; return assign_op(lx, t, OP_SUB); }
    "*="  { ADVANCE; return assign_op(lx, t, OP_MUL); }
    "/="  { ADVANCE; return assign_op(lx, t, OP_QUO); }
    "%="  { ADVANCE; return assign_op(lx, t, OP_REM); }
    "&="  { ADVANCE; return assign_op(lx, t, OP_AND); }
    "|="  { ADVANCE; return assign_op(lx, t, OP_OR); }
    "^="  { ADVANCE; return assign_op(lx, t, OP_XOR); }
    "<<=" { ADVANCE; return assign_op(lx, t, OP_SHL); }
    ">>=" { ADVANCE; return assign_op(lx, t, OP_SHR); }
    "&^=" { ADVANCE; return assign_op(lx, t, OP_AND_NOT); }
    "&&"  { ADVANCE; return done(lx, t, LAND, 0); }
    "||"  { ADVANCE; return done(lx, t, LOR, 0); }
    "<-"  { ADVANCE; return done(lx, t, ARROW, 0); }
    "++"  { ADVANCE; return done(lx, t, INC, 1); }
    "--"  { ADVANCE; return done(lx, t, DEC, 1); }
    "=="  { ADVANCE; return done(lx, t, EQ, 0); }
    "<"   { ADVANCE; return done(lx, t, '<', 0); }
    ">"   { ADVANCE; return done(lx, t, '>', 0); }
    "="   { ADVANCE; return done(lx, t, '=', 0); }
    "!"   { ADVANCE; return done(lx, t, '!', 0); }
    "~"   { ADVANCE; return done(lx, t, '~', 0); }
    "!="  { ADVANCE; return done(lx, t, NE, 0); }
    "<="  { ADVANCE; return done(lx, t, LE, 0); }
    ">="  { ADVANCE; return done(lx, t, GE, 0); }
    ":="  { ADVANCE; return done(lx, t, DEFINE, 0); }
    "..." { ADVANCE; return done(lx, t, ELLIPSIS, 0); }
    "("   { ADVANCE; hack_push(lx); return done(lx, t, '(', 0); }
    "["   { ADVANCE; hack_push(lx); return done(lx, t, '[', 0); }
    ")"   { ADVANCE; hack_pop(lx); return done(lx, t, ')', 1); }
    "]"   { ADVANCE; hack_pop(lx); return done(lx, t, ']', 1); }
    "{" {
        ADVANCE;
        lx->depth++;
        if (lx->loophack) {
            lx->loophack = 0;
            return done(lx, t, LBODY, 0);
        }
        return done(lx, t, '{', 0);
    }
    "}"   { ADVANCE; lx->depth--; return done(lx, t, '}', 1); }
    ","   { ADVANCE; return done(lx, t, ',', 0); }
    ";"   { ADVANCE; t->lit = "semicolon"; return done(lx, t, ';', 0); }
    "."   { ADVANCE; return done(lx, t, '.', 0); }
    ":"   { ADVANCE; return done(lx, t, ':', 0); }

    * {
        ADVANCE;
        unsigned char c = (unsigned char)*lx->tok;
        if (c == 0)
            ;   /* NUL bytes were reported by lex_check_utf8 */
        else if (c >= 0x20 && c < 0x7f)
            lex_error(lx, t->pos, "invalid character U+%04X '%c'", c, c);
        else
            lex_error(lx, t->pos, "invalid character U+%04X", c);
        continue;
    }
    */
    }
}
