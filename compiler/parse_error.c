/* parse_error.c - turns bison's "unexpected token, expected set" into the
 * syntax error messages Go's own (hand-written) parser prints for the same
 * mistakes: "unexpected newline, expecting comma or )", "non-declaration
 * statement outside function body", "unexpected x at end of statement"... */
#include <string.h>

#include "arena.h"
#include "parse_impl.h"
#include "parse.tab.h"

/* The current token as Go's messages name it. */
static const char *unexpected(Parser *p) {
    Tok *t = &p->last_tok;
    switch (p->last_kind) {
    case PARSE_YYEOF: return "EOF";
    case ';': return t->lit ? t->lit : "semicolon";
    case IDENT: return t->lit;
    case INT: case FLOAT: case IMAG: case CHAR: case STRING:
        return arena_printf(perm_arena, "literal %s", t->lit);
    case ASSIGN_OP: return arena_printf(perm_arena, "%s=", ast_op_string(t->op));
    case LBODY: return "{";
    case ',': return "comma";
    default: break;
    }
    /* Everything else is spelled as in the source. */
    const char *s = p->lex.start + (p->lex.tok - p->lex.start);
    size_t n = (size_t)(p->lex.cur - p->lex.tok);
    return arena_strndup(perm_arena, s, n);
}

/* A bison token name without its quotes: "'('" -> "(", "\"func\"" -> "func". */
static const char *bare(const char *name) {
    size_t n = strlen(name);
    if (n >= 2 && (name[0] == '\'' || name[0] == '"') && name[n - 1] == name[0])
        return arena_strndup(perm_arena, name + 1, n - 2);
    return name;
}

typedef struct Expected {
    const char **names;
    int n;
} Expected;

static int has(Expected *e, const char *name) {
    for (int i = 0; i < e->n; i++)
        if (strcmp(e->names[i], name) == 0)
            return 1;
    return 0;
}

/* Go's spelling of a token in an "expecting" list. */
static const char *go_name(const char *name) {
    if (strcmp(name, ",") == 0)
        return "comma";
    if (strcmp(name, ";") == 0)
        return "semicolon or newline";
    if (strcmp(name, "{ (block)") == 0)
        return "{";
    return name;
}

static int is_eof(Parser *p) {
    return p->last_kind == PARSE_YYEOF || (p->last_kind == ';' && strcmp(p->last_tok.lit, "EOF") == 0);
}

/* ", expecting A, B or C" for a short expected set, else "". */
static const char *expecting_list(Expected *e) {
    if (has(e, ")") && e->n <= 3)
        return ", expecting )";     /* Go names only the closing token */
    if (has(e, "]") && e->n <= 3)
        return ", expecting ]";
    if (e->n == 0 || e->n > 3)
        return "";
    const char *msg = ", expecting ";
    for (int i = 0; i < e->n; i++)
        msg = arena_printf(perm_arena, "%s%s%s", msg, i == 0 ? "" : i == e->n - 1 ? " or " : ", ",
                           go_name(e->names[i]));
    return msg;
}

/* Contexts of if/for/switch headers and case clauses. */
static const char *header_context(Parser *p, Expected *e) {
    int k = p->last_kind, pk = p->prev_kind;
    const char *hdr = p->lex.header_kw == FOR ? "for" : p->lex.header_kw == IF ? "if" : "switch";
    if (k == LBODY && has(e, ";") && has(e, "name"))
        return ", expecting for loop condition";        /* for x; { */
    if (k == LBODY && has(e, ";"))
        return ", expecting semicolon or newline";      /* for i := 0; i < n { */
    if (k == ';' && has(e, "{ (block)"))
        return arena_printf(perm_arena, ", expecting { after %s clause", hdr);
    if (has(e, "{ (block)") && (pk == IF || pk == SWITCH || pk == FOR))
        return ", expecting expression";
    if (has(e, "case") && has(e, "default") && has(e, "}") && (has(e, "int literal") || !has(e, ";")))
        return ", expecting case or default or }";
    if (has(e, "case") && has(e, ";"))
        return " at end of statement";
    if (has(e, "{ (block)") && pk == ';')
        return ", expecting expression";    /* if x; return */
    if (has(e, "{ (block)") && p->lex.header_semis == 0)
        return ", expecting {";
    if (has(e, "{ (block)"))
        return arena_printf(perm_arena, ", expecting { after %s clause", hdr);
    return NULL;
}

/* Contexts recognised by the previous tokens or a small expected set. */
static const char *token_context(Parser *p, Expected *e) {
    int k = p->last_kind, pk = p->prev_kind;
    if (pk == '(' && p->prev2_kind == '.')
        return ", expecting type";
    if (pk == RETURN)
        return ", expecting expression";
    if (pk == ')' && e->n == 1 && has(e, "name"))
        return ", expecting name or (";     /* func (r T) ( */
    if (k == ']' && pk == '[')
        return ", expecting operand";
    if (has(e, ":") && has(e, "]") && has(e, ","))
        return ", expecting comma, : or ]";
    if (has(e, "]") && !has(e, ",") && !has(e, ":") && has(e, "||"))
        return ", expecting ]";
    if (has(e, ":") && has(e, ":=") && has(e, "=") && !has(e, ";"))
        return ", expecting :";             /* case x y: */
    if (has(e, ":=") && has(e, "=") && has(e, ",") && !has(e, ";"))
        return ", expecting := or = or comma";
    if (pk == '(' && has(e, ")") && has(e, "...") && !has(e, "int literal"))
        return ", expecting )";
    if (has(e, ")") && has(e, "||") && !has(e, ",") && !has(e, ";"))
        return ", expecting )";             /* (x y) */
    if (pk == IDENT && p->prev2_kind == VAR && has(e, "chan") && !has(e, "int literal"))
        return ", expecting type";          /* var x ]int */
    if (e->n == 2 && has(e, "name") && has(e, ")"))
        return ", expecting name";
    if (e->n == 2 && has(e, "name") && has(e, "(") && (pk == VAR || pk == CONST || pk == TYPE))
        return ", expecting name";
    if (pk == IDENT && p->prev2_kind == TYPE)
        return " in type declaration";
    return NULL;
}

/* Contexts of lists and blocks: struct types, literals, argument and
 * parameter lists, grouped declarations, statement lists. */
static const char *list_context(Parser *p, Expected *e) {
    int k = p->last_kind;
    int depth = p->lex.depth - (k == '{' || k == LBODY);
    int exprs = has(e, "int literal");  /* an operand could start here */
    if (has(e, "name") && has(e, "*") && has(e, "}") && !exprs && !has(e, ";"))
        return ", expecting field name or embedded type";
    if (p->prev_kind == IDENT && has(e, "string literal") && has(e, "chan") && has(e, ";") && !exprs)
        return ", expecting type";
    if (has(e, "string literal") && has(e, ";") && has(e, "}") && !exprs)
        return " in struct type; possibly missing semicolon or newline or }";
    if (has(e, ",") && has(e, "}") && !has(e, ";"))
        return " in composite literal; possibly missing comma or }";
    if (has(e, ";") && has(e, ")"))
        return " in grouped declaration; possibly missing semicolon or newline or )";
    if (has(e, ",") && has(e, ")") && has(e, "..."))
        return " in argument list; possibly missing comma or )";
    if (has(e, ",") && has(e, ")") && !has(e, ";"))
        return " in parameter list; possibly missing comma or )";
    if (has(e, ";") && depth == 0 && p->lex.nhack == 0)
        return " after top level declaration";
    if (has(e, "}") && has(e, "if") && has(e, "for"))
        return ", expecting }";     /* a token that cannot start a statement */
    if (has(e, ";") && has(e, "}"))
        return " at end of statement";
    if (has(e, "name") && exprs && has(e, "("))
        return ", expecting expression";
    return NULL;
}

/* The message after "unexpected X", chosen by the context the expected set
 * shows (Go's parser knows its context; bison's expected set reveals it). */
static const char *context_msg(Parser *p, Expected *e) {
    const char *m;
    if (is_eof(p) && has(e, "}"))
        return ", expecting }";
    if ((m = header_context(p, e)) || (m = token_context(p, e)) || (m = list_context(p, e)))
        return m;
    return expecting_list(e);
}

/* Messages that Go prints without naming the unexpected token; NULL if none applies. */
static const char *plain_msg(Parser *p, Expected *e) {
    int k = p->last_kind;
    int lit = k == INT || k == FLOAT || k == IMAG || k == CHAR;
    if (has(e, "package") && e->n == 1)
        return "package statement must be first";
    if (has(e, "string literal") && has(e, ".") && has(e, "name") && !has(e, "int literal") &&
        !has(e, "*"))
        return lit ? "import path must be a string" : "missing import path";
    if (has(e, "func") && has(e, "var") && has(e, "import")) {
        if ((k == '{' || k == LBODY) && p->last_bodyless)
            return "unexpected semicolon or newline before {";
        return "non-declaration statement outside function body";
    }
    if (e->n == 2 && has(e, "if") && has(e, "{"))
        return "else must be followed by if or statement block";
    if (e->n == 1 && has(e, "string literal"))
        return lit ? "import path must be a string" : "missing import path";
    if ((p->prev_kind == CHAN || (p->prev_kind == ARROW && p->prev2_kind == CHAN)) &&
        !(e->n == 1 && has(e, "chan")))
        return "missing channel element type";
    if (k == ';' && has(e, "{ (block)") && p->lex.header_kw == SWITCH)
        return "missing { after switch clause";
    if (k == ';' && has(e, "{ (block)") && p->lex.header_kw == SELECT)
        return "missing { after select clause";
    return NULL;
}

void parse_report_syntax_error(Parser *p, const char **expected, int n) {
    Expected e = {ARENA_NEWN(perm_arena, const char *, n + 1), n};
    for (int i = 0; i < n; i++)
        e.names[i] = bare(expected[i]);
    Pos pos = p->last_tok.pos;
    if (p->last_kind == PARSE_YYEOF && (p->errors > 0 || p->lex.nerrs > 0))
        return;     /* avoid meaningless follow-up errors at the end */
    const char *msg = plain_msg(p, &e);
    if (msg)
        parse_error(p, pos, "syntax error: %s", msg);
    else
        parse_error(p, pos, "syntax error: unexpected %s%s", unexpected(p), context_msg(p, &e));
}
