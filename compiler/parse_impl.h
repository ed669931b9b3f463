/* parse_impl.h - shared between the lexer (lex.re, lex_*.c) and the parser
 * (parse.y, parse_*.c): tokens, the lexer state, the parser state and the
 * small helpers the grammar actions call. Nothing outside the syntax stage
 * includes this; the rest of the compiler sees only ast.h and compile.h. */
#ifndef COMPILER_PARSE_IMPL_H
#define COMPILER_PARSE_IMPL_H

#include <stddef.h>

#include "ast.h"
#include "buf.h"

/* The semantic value of a token. */
typedef struct Tok {
    Pos pos;
    const char *lit;        /* identifier or literal text; "newline"/"semicolon"/"EOF" for ';' */
    Op op;                  /* the operator of an assign-op token (+= gives OP_ADD) */
    unsigned pragmas;       /* FUNC tokens: //go: directives seen since the last declaration */
    const char *linkname;   /* FUNC tokens: "local remote" text of a //go:linkname, or NULL */
    int body;               /* lbrace: 1 if the brace was an LBODY (see Lexer.loophack) */
} Tok;

/* The header of an if, for or switch statement while it is parsed. */
typedef struct Header {
    Node *init, *cond, *post;   /* statements as written (cond not yet an expression) */
    Node *range;                /* N_RANGE_STMT without body, for "for ... range" */
    Tok semi;                   /* the first ';' of the header */
    int nsemi;                  /* how many ';' the header had */
} Header;

/* A growable list used while parsing; becomes a NodeList when done. */
typedef struct PList {
    Node **items;
    int len, cap;
} PList;

typedef struct Lexer {
    const char *file;       /* interned file name */
    const char *start;      /* the source, NUL-terminated copy */
    const char *cur;        /* next byte to read */
    const char *lim;        /* end of the source */
    const char *linestart;  /* first byte of the current line */
    const char *tok;        /* first byte of the token being scanned */
    int line;
    int nlsemi;             /* a newline here ends a statement */
    int at_eof;             /* the final EOF has been returned */
    /* Composite literals versus blocks in if/for/switch/select headers:
     * after one of those keywords, a '{' outside any ( or [ is returned as
     * LBODY. Rules that consumed an LBODY as their own opening brace
     * (composite literals of array/map/struct types, struct and interface
     * types, function literals) re-arm it when they end. */
    int loophack;
    int depth;              /* brace nesting, for error messages */
    int header_kw;          /* the last if/for/switch/select keyword, for error messages */
    int header_semis;       /* ';' seen in that header so far */
    int *hackstack;
    int nhack, capack;
    /* //go: directives waiting for the next func declaration. */
    unsigned pragmas;
    const char *linkname;
    Linkname *linknames;    /* all //go:linkname directives of the file */
    int nlinknames, caplinknames;
    Pos last_pos;           /* position of the last token returned */
    /* Errors of the file (lexical and syntax), printed sorted by position
     * when parsing ends, as Go does. */
    struct SyntaxError *errs;
    int nerrs, caperrs;
} Lexer;

typedef struct SyntaxError {
    Pos pos;
    const char *msg;
    int seq;
} SyntaxError;

typedef struct Parser {
    Lexer lex;
    Node *file;             /* result */
    int errors;             /* syntax errors reported (including suppressed ones) */
    int last_err_line;      /* Go reports only one syntax error per line */
    int seen_decl;          /* a non-import declaration has been seen */
    int last_bodyless;      /* the last top-level decl was a func without body */
    Tok last_tok;           /* the lookahead token, for error messages */
    int last_kind;          /* its token kind */
    int prev_kind, prev2_kind;  /* the two tokens before it */
    PList *type_guards;     /* x.(type) nodes, to reject those outside type switches */
    PList *guards_used;
} Parser;

/* lex.re */
void lex_init(Lexer *lx, const char *file, const char *src, size_t len);
int lex_next(Lexer *lx, Tok *tok);      /* returns a bison token kind */
Pos lex_peek_pos(Lexer *lx);            /* where the next token (or newline) starts */

/* lex_lit.c: checks of literal bodies and identifiers, with Go's messages. */
void lex_check_utf8(Lexer *lx);
/* Checks a number; returns the length Go's scanner would take and sets *kind. */
size_t lex_check_number(Lexer *lx, const char *s, size_t n, Pos pos, int *kind);
void lex_check_quoted(Lexer *lx, const char *s, size_t n, Pos pos, char quote);
void lex_check_ident(Lexer *lx, const char *s, size_t n, Pos pos);
void lex_directive(Lexer *lx, const char *s, size_t n, Pos pos);
void lex_error(Lexer *lx, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void lex_add_error(Lexer *lx, Pos pos, const char *msg);
void lex_flush_errors(Lexer *lx);   /* prints the collected errors, sorted */

/* parse_util.c: list building and grammar-action helpers. */
PList *plist_new(void);
PList *plist1(Node *n);
PList *plist_push(PList *l, Node *n);
NodeList plist_done(PList *l);
Node *parse_ident(Tok t);
Node *parse_lit(Tok t, LitKind kind);
Node *parse_unary(Tok t, Op op, Node *x);
Node *parse_binary(Parser *p, Tok t, Op op, Node *x, Node *y);
Node *parse_nest(Parser *p, Node *n, Node *child);
Node *parse_gen_decl(Tok t, Op tok, PList *specs, int grouped);
void parse_const_group(Parser *p, PList *specs);
NodeList parse_params(Parser *p, PList *raw, const char *what);
Node *parse_func_type(Parser *p, Pos pos, PList *params, PList *results);
Node *parse_field_raw(Node *name, Node *type, int dots, Pos dotpos);
Header *parse_header(Node *init, Node *cond, Node *post, Tok *semi, int nsemi);
Node *parse_if(Parser *p, Tok kw, Header *h, Node *body, Node *els);
Node *parse_bad_header(Parser *p, Tok kw, Node *body);
Node *parse_switch(Parser *p, Tok kw, Header *h, Tok lb, PList *clauses, Tok rb);
Node *parse_select(Parser *p, Tok kw, Tok lb, PList *clauses, Tok rb);
Node *parse_for(Parser *p, Tok kw, Header *h, Node *body);
Node *parse_range(Parser *p, Tok pos, PList *lhs, Op tok, Node *x);
Node *parse_block(Tok lb, PList *stmts, Tok rb);
Node *parse_call(Parser *p, Node *fun, Tok lp, PList *args, int dots, Tok rp);
Node *parse_index(Parser *p, Node *x, Tok lb, PList *indices, Tok rb);
Node *parse_complit(Node *type, Tok lb, PList *elts, Tok rb);
Node *parse_func_decl(Parser *p, Tok fn, PList *recv, Tok name, Node *type, Node *body);
Node *parse_value_spec(PList *names, Node *type, PList *values);
Node *parse_assign(Parser *p, PList *lhs, Tok op, Op kind, PList *rhs);
Node *parse_case(Parser *p, Tok kw, PList *list, Node *comm);
void parse_case_end(Parser *p);
void parse_rearm(Parser *p, Tok lbrace);
void parse_error(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void parse_generic_error(Parser *p, Pos pos, int is_type);
void parse_check_guards(Parser *p);
/* Reports the syntax error at the current token; expected holds the names
 * (as in parse.y's %token declarations) of the tokens that could follow. */
void parse_report_syntax_error(Parser *p, const char **expected, int nexpected);

#endif
