/* preproc.c - the C-like preprocessor of Plan 9 assembly: #include,
 * #define (object- and function-like, with `\` continuations that become
 * statement breaks), #undef, #ifdef/#ifndef/#else/#endif, #line and -D.
 * It pulls raw tokens from lex.c and hands expanded tokens to the parser. */
#include <string.h>
#include <sys/stat.h>

#include "asm.h"

enum { MAX_INCLUDE = 32, MAX_FRAMES = 200, MAX_COND = 64 };

typedef struct Macro {
    const char *name;
    int funclike, nparams;
    const char **params;
    Token *body;
    int nbody;
} Macro;

typedef struct Frame {  /* a macro expansion being read; nesting depth bounds recursion */
    Token *toks;
    int n, i;
} Frame;

typedef struct Input {
    Lexer *lx;
    const char *path;   /* real path, for #include lookups relative to it */
    int conddepth;
} Input;

typedef struct Cond {
    int active;         /* tokens are being emitted */
    int parent;         /* enclosing region active */
    int inelse;
    Pos pos;
} Cond;

struct PP {
    Arena *a;
    Vec incdirs;
    StrMap macros;
    Input in[MAX_INCLUDE];
    int nin;
    Frame fr[MAX_FRAMES];
    int nfr;
    Cond cond[MAX_COND];
    int ncond;
    Token pushback;
    int haspush;
};

PP *asm_pp_new(Arena *a) {
    PP *pp = ARENA_NEW(a, PP);
    pp->a = a;
    return pp;
}

void asm_pp_include_dir(PP *pp, const char *dir) { vec_push(&pp->incdirs, (void *)dir); }

static int active(PP *pp) { return pp->ncond == 0 || pp->cond[pp->ncond - 1].active; }

/* Reads the next raw token from the innermost file; pops finished includes. */
static Token raw_next(PP *pp) {
    while (pp->nin > 0) {
        Input *in = &pp->in[pp->nin - 1];
        Token t = asm_lex_next(in->lx);
        if (t.kind != TK_EOF)
            return t;
        if (pp->ncond > in->conddepth) {
            diag_error(pp->cond[pp->ncond - 1].pos, "unterminated #ifdef/#ifndef");
            pp->ncond = in->conddepth;
        }
        pp->nin--;
        if (pp->nin > 0) {
            t.kind = TK_NL;
            return t;
        }
        return t;
    }
    Token t = {0};
    return t;
}

/* Collects the rest of a directive line (raw, unexpanded); BSNL tokens are kept. */
static Token *collect_line(PP *pp, int *n) {
    Vec v = {0};
    for (;;) {
        Token t = asm_lex_next(pp->in[pp->nin - 1].lx);
        if (t.kind == TK_NL || t.kind == TK_EOF)
            break;
        Token *c = ARENA_NEW(pp->a, Token);
        *c = t;
        vec_push(&v, c);
    }
    Token *out = ARENA_NEWN(pp->a, Token, v.len + 1);
    for (int i = 0; i < v.len; i++)
        out[i] = *VEC_AT(v, Token *, i);
    *n = v.len;
    vec_free(&v);
    return out;
}

static int file_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *find_include(PP *pp, const char *name) {
    if (file_exists(name) || name[0] == '/')
        return name;
    const char *cur = pp->in[0].path;  /* Go: the directory of the file on the command line */
    const char *slash = strrchr(cur, '/');
    if (slash) {
        char *p = arena_printf(pp->a, "%.*s/%s", (int)(slash - cur), cur, name);
        if (file_exists(p))
            return p;
    }
    for (int i = 0; i < pp->incdirs.len; i++) {
        char *p = arena_printf(pp->a, "%s/%s", VEC_AT(pp->incdirs, const char *, i), name);
        if (file_exists(p))
            return p;
    }
    return NULL;
}

static void do_include(PP *pp, Pos pos, Token *t, int n) {
    if (n != 1 || t[0].kind != TK_STRING) {
        diag_error(pos, "#include: expected \"file\"");
        return;
    }
    const char *path = find_include(pp, t[0].s);
    if (!path) {
        diag_error(pos, "#include: cannot find \"%s\"", t[0].s);
        return;
    }
    if (pp->nin >= MAX_INCLUDE) {
        diag_error(pos, "#include: nested too deeply (recursive include?)");
        return;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        diag_error(pos, "#include: cannot read \"%s\"", path);
        return;
    }
    pp->in[pp->nin++] = (Input){asm_lex_open(pp->a, path, src, len), path, pp->ncond};
}

static void do_define(PP *pp, Pos pos, Token *t, int n) {
    if (n < 1 || t[0].kind != TK_IDENT) {
        diag_error(pos, "#define: expected macro name");
        return;
    }
    Macro *m = ARENA_NEW(pp->a, Macro);
    m->name = t[0].s;
    int i = 1;
    if (n > 1 && t[1].kind == '(' && !t[1].space) {
        m->funclike = 1;
        m->params = ARENA_NEWN(pp->a, const char *, n);
        i = 2;
        while (i < n && t[i].kind != ')') {
            if (t[i].kind != TK_IDENT) {
                diag_error(pos, "#define %s: bad parameter list", m->name);
                return;
            }
            m->params[m->nparams++] = t[i++].s;
            if (i < n && t[i].kind == ',')
                i++;
        }
        if (i >= n) {
            diag_error(pos, "#define %s: missing ')' in parameter list", m->name);
            return;
        }
        i++;
    }
    m->body = t + i;
    m->nbody = n - i;
    for (int k = 0; k < m->nbody; k++)
        if (m->body[k].kind == TK_BSNL)
            m->body[k].kind = TK_NL;
    strmap_put(&pp->macros, m->name, m);
}

void asm_pp_define(PP *pp, const char *def) {
    const char *eq = strchr(def, '=');
    const char *name = eq ? arena_strndup(pp->a, def, (size_t)(eq - def)) : def;
    const char *val = eq ? eq + 1 : "1";
    char *src = arena_printf(pp->a, "%s %s", name, val);
    Lexer *lx = asm_lex_open(pp->a, "<command line>", src, strlen(src));
    Token *toks = ARENA_NEWN(pp->a, Token, strlen(src) + 2);
    int n = 0;
    for (Token t; (t = asm_lex_next(lx)).kind != TK_EOF && t.kind != TK_NL;)
        toks[n++] = t;
    do_define(pp, (Pos){"<command line>", 0, 0}, toks, n);
}

static void do_cond(PP *pp, Pos pos, const char *dir, Token *t, int n) {
    if (!strcmp(dir, "ifdef") || !strcmp(dir, "ifndef")) {
        if (n != 1 || t[0].kind != TK_IDENT) {
            diag_error(pos, "#%s: expected macro name", dir);
            n = 0;
        }
        if (pp->ncond >= MAX_COND) {
            diag_error(pos, "#%s: nested too deeply", dir);
            return;
        }
        int def = n == 1 && strmap_get(&pp->macros, t[0].s) != NULL;
        int want = dir[2] == 'd' ? def : !def;
        int parent = active(pp);
        pp->cond[pp->ncond++] = (Cond){parent && want, parent, 0, pos};
        return;
    }
    if (pp->ncond <= pp->in[pp->nin - 1].conddepth) {
        diag_error(pos, "#%s without #ifdef", dir);
        return;
    }
    Cond *c = &pp->cond[pp->ncond - 1];
    if (!strcmp(dir, "else")) {
        if (c->inelse)
            diag_error(pos, "#else after #else");
        c->inelse = 1;
        c->active = c->parent && !c->active;
    } else
        pp->ncond--;
}

static void directive(PP *pp, Pos pos) {
    int n;
    Token *t = collect_line(pp, &n);
    if (n == 0)
        return;
    if (t[0].kind != TK_IDENT) {
        if (active(pp))
            diag_error(pos, "bad # directive");
        return;
    }
    const char *d = t[0].s;
    if (!strcmp(d, "ifdef") || !strcmp(d, "ifndef") || !strcmp(d, "else") || !strcmp(d, "endif")) {
        do_cond(pp, pos, d, t + 1, n - 1);
        return;
    }
    if (!active(pp))
        return;
    if (!strcmp(d, "include"))
        do_include(pp, pos, t + 1, n - 1);
    else if (!strcmp(d, "define"))
        do_define(pp, pos, t + 1, n - 1);
    else if (!strcmp(d, "undef")) {
        if (n != 2 || t[1].kind != TK_IDENT)
            diag_error(pos, "#undef: expected macro name");
        else
            strmap_put(&pp->macros, t[1].s, NULL);
    } else if (!strcmp(d, "line")) {
        if (n < 2 || t[1].kind != TK_INT || (n > 2 && t[2].kind != TK_STRING) || n > 3)
            diag_error(pos, "#line: expected line number and optional \"file\"");
        else
            asm_lex_setline(pp->in[pp->nin - 1].lx, n > 2 ? t[2].s : NULL, (int)t[1].ival);
    } else if (!strcmp(d, "if") || !strcmp(d, "elif"))
        diag_error(pos, "#%s is not supported", d);
    else
        diag_error(pos, "unknown directive #%s", d);
}

int asm_pp_push_file(PP *pp, const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return -1;
    pp->in[pp->nin++] = (Input){asm_lex_open(pp->a, path, src, len), path, pp->ncond};
    return 0;
}

/* Next token with directives handled but without macro expansion. */
static Token source_next(PP *pp) {
    if (pp->haspush) {
        pp->haspush = 0;
        return pp->pushback;
    }
    for (;;) {
        if (pp->nfr > 0) {
            Frame *f = &pp->fr[pp->nfr - 1];
            if (f->i < f->n)
                return f->toks[f->i++];
            pp->nfr--;
            continue;
        }
        Token t = raw_next(pp);
        if (t.kind == TK_EOF)
            return t;
        if (t.kind == '#' && t.bol) {
            directive(pp, t.pos);
            continue;
        }
        if (!active(pp) || t.kind == TK_BSNL)
            continue;
        return t;
    }
}

/* Collects the actual arguments of a function-like macro call. */
static int collect_args(PP *pp, Macro *m, Pos pos, Vec *args) {
    int depth = 0;
    Vec cur = {0};
    for (;;) {
        Token t = source_next(pp);
        if (t.kind == TK_EOF) {
            diag_error(pos, "unterminated call of macro %s", m->name);
            return -1;
        }
        if (depth == 0 && (t.kind == ',' || t.kind == ')')) {
            Vec *a = ARENA_NEW(pp->a, Vec);
            *a = cur;
            cur = (Vec){0};
            vec_push(args, a);
            if (t.kind == ')')
                break;
            continue;
        }
        if (t.kind == '(')
            depth++;
        if (t.kind == ')')
            depth--;
        Token *c = ARENA_NEW(pp->a, Token);
        *c = t;
        vec_push(&cur, c);
    }
    if (args->len == 1 && m->nparams == 0 && VEC_AT(*args, Vec *, 0)->len == 0)
        args->len = 0;
    if (args->len != m->nparams) {
        diag_error(pos, "macro %s: got %d arguments, want %d", m->name, args->len, m->nparams);
        return -1;
    }
    return 0;
}

static int param_index(Macro *m, const char *s) {
    for (int i = 0; i < m->nparams; i++)
        if (m->params[i] == s)
            return i;
    return -1;
}

/* Pushes the expansion of macro m invoked at t; returns 0 if t is left alone. */
static int expand(PP *pp, Macro *m, Token t) {
    Vec args = {0};
    if (m->funclike) {
        Token nx = source_next(pp);
        if (nx.kind != '(') {
            pp->pushback = nx;
            pp->haspush = 1;
            return 0;
        }
        if (collect_args(pp, m, t.pos, &args) < 0)
            return 1;
    }
    if (pp->nfr >= MAX_FRAMES) {
        diag_error(t.pos, "macro %s: expansion nested too deeply (recursive macro?)", m->name);
        return 1;
    }
    int cap = m->nbody;
    for (int i = 0; i < m->nbody; i++) {
        int k = m->body[i].kind == TK_IDENT ? param_index(m, m->body[i].s) : -1;
        if (k >= 0)
            cap += VEC_AT(args, Vec *, k)->len;
    }
    Token *out = ARENA_NEWN(pp->a, Token, cap + 1);
    int n = 0;
    for (int i = 0; i < m->nbody; i++) {
        int k = m->body[i].kind == TK_IDENT ? param_index(m, m->body[i].s) : -1;
        if (k < 0)
            out[n++] = m->body[i];
        else
            for (int j = 0; j < VEC_AT(args, Vec *, k)->len; j++)
                out[n++] = *VEC_AT(*VEC_AT(args, Vec *, k), Token *, j);
    }
    for (int i = 0; i < n; i++) {
        out[i].pos = t.pos;
        out[i].bol = 0;
    }
    vec_free(&args);
    pp->fr[pp->nfr++] = (Frame){out, n, 0};
    return 1;
}

Token asm_pp_next(PP *pp) {
    for (;;) {
        Token t = source_next(pp);
        if (t.kind == TK_IDENT) {
            Macro *m = strmap_get(&pp->macros, t.s);
            if (m && expand(pp, m, t))
                continue;
        }
        return t;
    }
}
