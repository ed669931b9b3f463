/* ast.h - the syntax tree: built by the parser (parse.y), annotated by the
 * type checker (check*.c), read by the back end (ssa builder).
 *
 * One Node struct with a kind and a union of per-kind payloads; the grammar
 * production each kind comes from is noted beside it (Go spec names).
 * Lists are NodeList: arena arrays that never change after parsing.
 * Fields marked [checker] are zero after parsing and set by the type checker. */
#ifndef COMPILER_AST_H
#define COMPILER_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Object Object;
typedef struct ConstValue ConstValue;
typedef struct Selection Selection;

/* A //go:linkname localname [importpath.name] directive (added by the parser). */
typedef struct Linkname {
    const char *local;
    const char *remote;     /* NULL when only the local name was given */
    Pos pos;
} Linkname;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

/* Operators and keyword tokens that the tree needs to remember. */
typedef enum Op {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_QUO, OP_REM,             /* + - * / % */
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_AND_NOT,  /* & | ^ << >> &^ */
    OP_LAND, OP_LOR, OP_ARROW, OP_INC, OP_DEC,          /* && || <- ++ -- */
    OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,     /* == != < <= > >= */
    OP_NOT,                                             /* ! */
    OP_ASSIGN, OP_DEFINE,                               /* = := */
    OP_BREAK, OP_CONTINUE, OP_GOTO, OP_FALLTHROUGH,     /* branch statements */
    OP_IMPORT, OP_CONST, OP_TYPE, OP_VAR,               /* GenDecl keywords */
} Op;

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

typedef enum ChanDir { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

typedef enum NodeKind {
    /* Expressions */
    N_BAD_EXPR,
    N_IDENT,            /* identifier */
    N_BASIC_LIT,        /* int_lit | float_lit | imaginary_lit | rune_lit | string_lit */
    N_COMPOSITE_LIT,    /* LiteralType LiteralValue */
    N_FUNC_LIT,         /* "func" Signature FunctionBody */
    N_PAREN,            /* "(" Expression ")" */
    N_SELECTOR,         /* PrimaryExpr "." identifier */
    N_INDEX,            /* PrimaryExpr "[" Expression "]" */
    N_SLICE_EXPR,       /* PrimaryExpr "[" [lo] ":" [hi] [":" max] "]" */
    N_TYPE_ASSERT,      /* PrimaryExpr "." "(" Type ")"  (type == NULL for .(type)) */
    N_CALL,             /* PrimaryExpr "(" [ArgumentList [","]] ")" */
    N_STAR,             /* "*" UnaryExpr (dereference or pointer type) */
    N_UNARY,            /* unary_op UnaryExpr */
    N_BINARY,           /* Expression binary_op Expression */
    N_KEY_VALUE,        /* Key ":" Element (inside composite literals) */
    /* Type expressions */
    N_ARRAY_TYPE,       /* "[" Length "]" Elem | "[" "]" Elem (slice) | "[" "..." "]" Elem */
    N_STRUCT_TYPE,      /* "struct" "{" { FieldDecl ";" } "}" */
    N_FUNC_TYPE,        /* "func" Signature */
    N_INTERFACE_TYPE,   /* "interface" "{" { MethodSpec ";" } "}" */
    N_MAP_TYPE,         /* "map" "[" KeyType "]" ElementType */
    N_CHAN_TYPE,        /* ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType */
    N_ELLIPSIS,         /* "..." Type in a parameter list; "..." alone in [...]T */
    N_FIELD,            /* FieldDecl, ParameterDecl, MethodSpec, Receiver */
    /* Statements */
    N_BAD_STMT,
    N_DECL_STMT,        /* Declaration inside a function */
    N_EMPTY_STMT,
    N_LABELED_STMT,     /* Label ":" Statement */
    N_EXPR_STMT,        /* ExpressionStmt */
    N_SEND_STMT,        /* Channel "<-" Expression */
    N_INCDEC_STMT,      /* Expression ( "++" | "--" ) */
    N_ASSIGN_STMT,      /* ExpressionList assign_op ExpressionList | ShortVarDecl */
    N_GO_STMT,          /* "go" Expression */
    N_DEFER_STMT,       /* "defer" Expression */
    N_RETURN_STMT,      /* "return" [ ExpressionList ] */
    N_BRANCH_STMT,      /* break | continue | goto | fallthrough [ Label ] */
    N_BLOCK_STMT,       /* "{" StatementList "}" */
    N_IF_STMT,          /* "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] */
    N_CASE_CLAUSE,      /* ExprCaseClause / TypeCaseClause */
    N_SWITCH_STMT,      /* ExprSwitchStmt */
    N_TYPE_SWITCH_STMT, /* TypeSwitchStmt */
    N_COMM_CLAUSE,      /* CommClause of a select */
    N_SELECT_STMT,      /* "select" "{" { CommClause } "}" */
    N_FOR_STMT,         /* "for" [ Condition | ForClause ] Block */
    N_RANGE_STMT,       /* "for" [ ExpressionList ( "=" | ":=" ) ] "range" Expression Block */
    /* Declarations */
    N_IMPORT_SPEC,      /* [ "." | PackageName ] ImportPath */
    N_VALUE_SPEC,       /* ConstSpec / VarSpec */
    N_TYPE_SPEC,        /* AliasDecl / TypeDef */
    N_GEN_DECL,         /* import/const/type/var, grouped or not */
    N_FUNC_DECL,        /* FunctionDecl / MethodDecl */
    N_FILE,             /* SourceFile */
} NodeKind;

/* How an expression may be used, as decided by the type checker. */
typedef enum ExprMode {
    MODE_INVALID,       /* not checked, or an error was reported */
    MODE_NOVALUE,       /* call of a function without results */
    MODE_BUILTIN,       /* a builtin function name (only callable) */
    MODE_TYPE,          /* denotes a type */
    MODE_CONST,         /* constant; cval is set */
    MODE_VARIABLE,      /* addressable value */
    MODE_MAPINDEX,      /* map index expression (assignable, not addressable) */
    MODE_VALUE,         /* any other value */
    MODE_COMMAOK,       /* value that may produce a second bool (x.(T), <-c, m[k]) */
} ExprMode;

/* Function pragmas from //go: comments directly above a func declaration. */
enum {
    PRAGMA_NOSPLIT = 1 << 0,
    PRAGMA_NOINLINE = 1 << 1,
    PRAGMA_NOESCAPE = 1 << 2,
    PRAGMA_SYSTEMSTACK = 1 << 3,
};

struct Node {
    NodeKind kind;
    Pos pos;            /* position of the node's first token (operator for binary) */
    int height;         /* parser: nesting depth of left-recursive expressions below
                         * (binary, selector, call, index chains), bounded so that
                         * recursive passes cannot overflow the stack */
                        /* (added by the parser: where Go's own nodes sit, e.g. a call's
                         * '(' or a selector's '.', is kept in extra Pos fields below) */

    /* [checker] for expressions */
    ExprMode mode;
    Type *type;         /* final type; untyped constants get their converted type */
    ConstValue *cval;   /* the value when mode == MODE_CONST */

    union {
        struct { const char *name; Object *obj; /* [checker] */ } ident;
        struct { LitKind kind; const char *value; /* source text */ } lit;
        struct { Node *type; /* NULL when elided */ NodeList elts; Pos rbrace; Pos lbrace; } composite;
        struct {
            Node *type;             /* N_FUNC_TYPE */
            Node *body;             /* N_BLOCK_STMT */
            Object **captures;      /* [checker] free variables, in first-use order */
            int ncaptures;
            Object *func;           /* [checker] synthetic OBJ_FUNC naming the closure (pkg.outer.func1) */
        } func_lit;
        struct { Node *x; } paren;
        struct { Node *x; Node *sel; /* N_IDENT */ Selection *selection; /* [checker] */ Pos dot; } selector;
        struct { Node *x; NodeList indices; /* len > 1 only in generic instantiation: error */ Pos lbrack; } index;
        struct { Node *x, *lo, *hi, *max; bool slice3; Pos lbrack; } slice;
        struct { Node *x; Node *type; Pos dot; } assert;
        struct { Node *fun; NodeList args; bool has_dots; Pos lparen, rparen; } call;
        struct { Node *x; } star;
        struct { Op op; Node *x; } unary;
        struct { Op op; Node *x, *y; } binary;
        struct { Node *key, *value; Pos colon; } kv;

        struct { Node *len; /* NULL for a slice; N_ELLIPSIS for [...]T */ Node *elem; } array_type;
        struct { NodeList fields; Pos rbrace; } struct_type;
        struct { NodeList params, results; /* N_FIELD lists */ } func_type;
        struct { NodeList methods; /* N_FIELD: one name + N_FUNC_TYPE, or embedded type */ } interface_type;
        struct { Node *key, *value; } map_type;
        struct { ChanDir dir; Node *elem; } chan_type;
        struct { Node *elem; /* NULL in [...]T */ } ellipsis;
        struct {
            NodeList names;         /* N_IDENT; empty for anonymous params and embedded fields */
            Node *type;
            Node *tag;              /* N_BASIC_LIT string or NULL */
            bool embedded;
        } field;

        struct { Node *decl; /* N_GEN_DECL */ } decl_stmt;
        struct { Node *label; /* N_IDENT */ Node *stmt; } labeled;
        struct { Node *x; } expr_stmt;
        struct { Node *chan, *value; Pos arrow; } send;
        struct { Node *x; Op op; /* OP_INC / OP_DEC */ } incdec;
        struct { NodeList lhs, rhs; Op op; /* OP_ASSIGN, OP_DEFINE, or the binary op of x op= y */ Pos oppos; } assign;
        struct { Node *call; } go_defer;    /* N_GO_STMT and N_DEFER_STMT */
        struct { NodeList results; } ret;
        struct { Op tok; Node *label; /* N_IDENT or NULL */ } branch;
        struct { NodeList stmts; Pos rbrace; } block;
        struct { Node *init, *cond, *then, *els; /* els: N_IF_STMT, N_BLOCK_STMT or NULL */ } if_stmt;
        struct { NodeList list; /* empty for default */ NodeList body; bool is_default; Object *implicit; /* [checker] type switch var */ } case_clause;
        struct { Node *init, *tag; /* tag may be NULL */ Node *body; /* N_BLOCK_STMT of N_CASE_CLAUSE */ } switch_stmt;
        struct {
            Node *init;
            Node *bind;             /* N_IDENT of `v := x.(type)` or NULL */
            Node *x;                /* the operand of .(type) */
            Node *body;             /* N_BLOCK_STMT of N_CASE_CLAUSE */
        } type_switch;
        struct { Node *comm; /* N_SEND_STMT, recv stmt, or NULL for default */ NodeList body; } comm_clause;
        struct { Node *body; /* N_BLOCK_STMT of N_COMM_CLAUSE */ } select_stmt;
        struct { Node *init, *cond, *post, *body; } for_stmt;
        struct { Node *key, *value; Op tok; /* OP_DEFINE, OP_ASSIGN or OP_NONE */ Node *x, *body; } range_stmt;

        struct { Node *name; /* N_IDENT (may be "." or "_") or NULL */ Node *path; /* string N_BASIC_LIT */ } import_spec;
        struct {
            NodeList names;         /* N_IDENT */
            Node *type;             /* or NULL */
            NodeList values;        /* for consts: copied from the previous spec when omitted */
            int iota;               /* index of the spec in its const group */
            bool implicit;          /* values repeated from an earlier spec */
        } value_spec;
        struct { Node *name; Node *type; bool alias; } type_spec;
        struct { Op tok; NodeList specs; bool grouped; } gen_decl;
        struct {
            Node *recv;             /* N_FIELD or NULL */
            Node *name;             /* N_IDENT */
            Node *type;             /* N_FUNC_TYPE */
            Node *body;             /* N_BLOCK_STMT, or NULL for a body-less declaration */
            unsigned pragmas;       /* PRAGMA_* */
            const char *linkname;   /* //go:linkname localname importpath.name, or NULL */
            Object *obj;            /* [checker] */
        } func_decl;
        struct {
            Node *pkg_name;         /* N_IDENT */
            NodeList decls;
            NodeList imports;       /* N_IMPORT_SPEC */
            Linkname *linknames;    /* every //go:linkname of the file, in order */
            int nlinknames;
        } file;
    };
};

/* Node construction helpers (ast.c). */
Node *ast_new(NodeKind kind, Pos pos);
NodeList ast_list(Node **items, int len);   /* copies items into the AST arena */
const char *ast_kind_name(NodeKind kind);
/* Deep copy of an expression or type (statements inside function literals
 * are shared); used for the values an implicit const spec repeats. */
Node *ast_copy(Node *n);
NodeList ast_copy_list(NodeList l);
const char *ast_op_string(Op op);           /* "+", "<<", "&^", ":=", ... */
/* Writes an indented dump of the tree (gocc tool compile -d ast). */
struct Buf;
void ast_dump(struct Buf *out, Node *n);
/* Writes an expression, type or simple statement in Go syntax, as Go's error
 * messages quote them ("x == 1", "f(a, b)", "[]int"); long parts abbreviated. */
void ast_print(struct Buf *out, Node *n);
void ast_print_list(struct Buf *out, NodeList l);   /* comma-separated */

#endif
