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

/* The message after "unexpected X", chosen by the context the expected set shows. */
static const char *context_msg(Parser *p, Expected *e) {
    int k = p->last_kind;
    if ((k == PARSE_YYEOF || (k == ';' && strcmp(p->last_tok.lit, "EOF") == 0)) && has(e, "}"))
        return ", expecting }";
    if (k == LBODY && has(e, ";"))
        return ", expecting semicolon or newline";     /* for header with one ';' */
    if (has(e, "string literal") && has(e, ";") && has(e, "}"))
        return " in struct type; possibly missing semicolon or newline or }";
    if (p->prev_kind == IDENT && p->prev2_kind == TYPE)
        return " in type declaration";
    if (e->n == 2 && has(e, "name") && has(e, "(") &&
        (p->prev_kind == VAR || p->prev_kind == CONST || p->prev_kind == TYPE))
        return ", expecting name";
    if (has(e, ",") && has(e, "}") && !has(e, ";"))
        return " in composite literal; possibly missing comma or }";
    if (has(e, ",") && has(e, ")") && (has(e, "...") || has(e, "+")))
        return " in argument list; possibly missing comma or )";
    if (has(e, ",") && has(e, ")") && !has(e, ";"))
        return " in parameter list; possibly missing comma or )";
    if (has(e, ";") && p->lex.depth == 0 && p->lex.nhack == 0)
        return " after top level declaration";
    if (has(e, ";") && has(e, "}"))
        return " at end of statement";
    if (has(e, "name") && has(e, "int literal") && has(e, "("))
        return ", expecting expression";
    if (has(e, "case") && has(e, "default") && has(e, "}"))
        return ", expecting case or default or }";
    if (e->n == 0 || e->n > 3)
        return "";
    const char *msg = ", expecting ";
    for (int i = 0; i < e->n; i++)
        msg = arena_printf(perm_arena, "%s%s%s", msg, i == 0 ? "" : i == e->n - 1 ? " or " : ", ",
                           go_name(e->names[i]));
    return msg;
}

void parse_report_syntax_error(Parser *p, const char **expected, int n) {
    Expected e = {ARENA_NEWN(perm_arena, const char *, n + 1), n};
    for (int i = 0; i < n; i++)
        e.names[i] = bare(expected[i]);
    Pos pos = p->last_tok.pos;
    int kind = p->last_kind;
    if (kind == PARSE_YYEOF && p->errors > 0)
        return;     /* avoid meaningless follow-up errors at the end */
    if (has(&e, "package") && n == 1) {
        parse_error(p, pos, "syntax error: package statement must be first");
        return;
    }
    if (has(&e, "func") && has(&e, "var") && has(&e, "import")) {
        if ((kind == '{' || kind == LBODY) && p->last_bodyless)
            parse_error(p, pos, "syntax error: unexpected semicolon or newline before {");
        else
            parse_error(p, pos, "syntax error: non-declaration statement outside function body");
        return;
    }
    if (kind == VAR && (p->prev_kind == IF || p->prev_kind == FOR || p->prev_kind == SWITCH)) {
        pos.col += 4;   /* Go reports it after the keyword */
        parse_error(p, pos, "syntax error: var declaration not allowed in %s initializer",
                    p->prev_kind == IF ? "if" : p->prev_kind == FOR ? "for" : "switch");
        return;
    }
    if (n == 2 && has(&e, "if") && has(&e, "{")) {
        parse_error(p, pos, "syntax error: else must be followed by if or statement block");
        return;
    }
    parse_error(p, pos, "syntax error: unexpected %s%s", unexpected(p), context_msg(p, &e));
}
