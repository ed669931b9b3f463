/* check.h - internal interface between the type checker's files (check*.c,
 * universe.c, symabis.c): the checker state, declaration info, constants API
 * and helpers. Not for the back end: it reads types.h only. */
#ifndef COMPILER_CHECK_H
#define COMPILER_CHECK_H

#include "compile.h"
#include "types.h"

/* Checker-internal object flag: declared by the := being checked. */
enum { OBJF_CHECK_NEW = 1 << 20 };

/* Package-level declaration info, hung on Object.check. */
typedef struct DeclInfo {
    Node *spec;         /* N_VALUE_SPEC, N_TYPE_SPEC or N_FUNC_DECL */
    int index;          /* position of the name in its spec */
    Scope *file_scope;  /* where the declaration's names resolve */
    int state;          /* 0 unresolved, 1 in progress, 2 done */
    Vec deps;           /* package-level Object* this declaration refers to */
    bool alias_reentered;   /* an alias's right-hand side is being evaluated again */
} DeclInfo;

/* The function whose body is being checked, for closures: the outermost
 * context is the declared function (or package-level initialisers). */
typedef struct ClosureCtx {
    Object *fn;                 /* the function or closure; NULL at package level */
    struct ClosureCtx *outer_ctx; /* enclosing context; NULL for a declared function */
    Vec captures;               /* closures: captured variables, in first-use order */
    int nclosures;              /* closures numbered within fn */
} ClosureCtx;

/* A block of statements, for goto checks (check_goto.c). */
typedef struct BlockInfo {
    struct BlockInfo *parent;
    Pos start;          /* where Go says the block starts ({ or case) */
    int index;          /* index of the statement being checked */
    Vec decls;          /* DeclMark*: variable declarations, by statement index */
} BlockInfo;

typedef struct Checker {
    Package *pkg;
    const CompileOptions *opts;
    Scope *universe;
    Scope *scope;       /* innermost scope while checking */
    Object *decl;       /* package-level object whose declaration is being checked */
    Object *func;       /* function whose body is being checked */
    Type *sig;          /* its signature */
    Vec locals;         /* local vars of the current function (for "declared but not used") */
    ConstValue *iota;   /* value of iota inside a const spec, else NULL */
    Vec labels;         /* per function: label Objects */
    StrMap label_index; /* per function body: name -> label Object */
    ClosureCtx *closure; /* innermost function context (closure naming, captures) */
    ClosureCtx glob_ctx; /* package-level initialisers (closures named pkg.glob..funcN) */
    Vec blank_vars;     /* package-level `var _ = ...` (initialised, no storage) */
    Vec source_order;   /* package-level consts, vars and funcs in source order */
    Vec pending_keys;   /* N_MAP_TYPE nodes whose key type was still being declared */
    Vec pending_named;  /* pairs (named, rhs named): type T2 T1 with T1 incomplete */
    Vec named_from;     /* all such pairs, kept for cycle reports */
    Vec pending_embeds; /* pairs (N_INTERFACE_TYPE, embedded named type still incomplete) */
    Vec pending_embedded; /* Field (type, pos) of embedded fields whose type was incomplete */
    BlockInfo *block;   /* innermost statement block (goto checks) */
    Vec gotos;          /* GotoInfo* of the current function */
    StrMap symabis_defs;  /* -symabis: name -> SymabisEntry of "def" lines */
    StrMap symabis_refs0; /* -symabis: name -> "ref ... ABI0" lines */
    Vec dot_imports;    /* hidden OBJ_PKGNAME per `import . "p"`, marked used via p's names */
} Checker;

/* ---- constants (check_const.c) ---- */
enum { REPR_OK, REPR_OVERFLOW, REPR_TRUNCATED, REPR_MISMATCH, REPR_REPORTED /* error already given */ };
ConstValue *const_make_bool(bool b);
ConstValue *const_make_string(const char *s, int64_t len);
ConstValue *const_make_int64(int64_t v);
ConstValue *const_from_literal(LitKind kind, const char *text);
ConstValue *const_to_float(const ConstValue *c);
ConstValue *const_rune_string(const ConstValue *c);
ConstValue *const_to_int(const ConstValue *c);
int const_representable(const ConstValue *c, Type *t, ConstValue **out);
ConstValue *const_unary(Op op, const ConstValue *x, Type *t);
ConstValue *const_binary(Op op, const ConstValue *x, const ConstValue *y, bool intdiv);
ConstValue *const_shift(Op op, const ConstValue *x, uint64_t s);
bool const_compare(Op op, const ConstValue *x, const ConstValue *y);
bool const_is_zero(const ConstValue *c);
int const_sign(const ConstValue *c);
bool const_is_int(const ConstValue *c);
bool const_too_big(const ConstValue *c);
bool const_fits_uint(const ConstValue *c, uint64_t max);
const char *const_text(const ConstValue *c);
void const_quote(Buf *out, const char *s, int64_t n);
ConstValue *const_make_complex(const ConstValue *re, const ConstValue *im);
const ConstValue *const_real(const ConstValue *c);  /* c itself unless complex */
const ConstValue *const_imag(const ConstValue *c);  /* 0 unless complex */

/* ---- complex(r, i), real(z), imag(z) (check_cconst.c) ---- */
void check_builtin_complex(Checker *c, Node *call);
bool check_builtin_complex_tuple(Checker *c, Node *call);   /* complex(f()); false if not a tuple */
void check_builtin_real_imag(Checker *c, Node *call, bool real);

/* ---- complex constants (check_cconst.c) ---- */
typedef ConstValue *(*ConstParser)(const char *text);
ConstValue *cconst_imag_literal(const char *text, ConstParser parse_int, ConstParser parse_float);
int cconst_representable(const ConstValue *c, Type *t, ConstValue **out);
ConstValue *cconst_unary(Op op, const ConstValue *x);
ConstValue *cconst_binary(Op op, const ConstValue *x, const ConstValue *y);
bool cconst_equal(const ConstValue *x, const ConstValue *y);

/* ---- scopes and objects (universe.c) ---- */
Scope *scope_new(Scope *parent, bool is_func);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name);
Object *scope_insert(Scope *s, Object *obj);  /* returns the previous object or NULL */
Object *obj_new(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg);
Scope *universe_scope(void);
Package *unsafe_package(void);

/* ---- declarations and types (check_decl.c) ---- */
void check_obj_decl(Checker *c, Object *obj);
Type *check_type_expr(Checker *c, Node *n);
Type *check_signature(Checker *c, Node *ftype, Node *recv, Scope *scope, bool declare);
void check_local_decl(Checker *c, Node *gen_decl);
void check_pending_map_keys(Checker *c);
void check_resolve_pending(Checker *c, bool final);
void check_pending_embedded(Checker *c);
void check_func_body(Checker *c, Object *fn);
void check_declare_params(Checker *c, Node *recv, Node *ftype, Type *sig);
bool check_is_blank(const char *name);

/* ---- expressions (check_expr.c) ---- */
void check_expr(Checker *c, Node *n, Type *hint);       /* single value or type */
void check_multi_expr(Checker *c, Node *n);             /* call may yield a tuple */
void check_assign_error(NodeList rhs, int nvars, int nvals);
void check_expr_or_type(Checker *c, Node *n);
void check_require_value(Checker *c, Node *n);
void check_assignment(Checker *c, Node *x, Type *t, const char *context);
void check_convert_untyped(Checker *c, Node *x, Type *target);
void check_set_final_type(Node *n, Type *t);
bool check_assignable(Type *v, Node *x);
const char *expr_string(Node *n);
const char *operand_string(Node *n);
void check_use(Checker *c, Node *n);                    /* mark idents used after errors */
void check_record_dep(Checker *c, Object *obj);
Node *unparen(Node *n);
bool check_is_invalid(Type *t);

Pos check_start_pos(Node *n);
void check_invalidate(Node *n);                         /* mode invalid, type invalid */
int check_implicit_convert(Checker *c, Node *x, Type *target);  /* REPR_*; no error report */
int check_untyped_rank(Type *t);                        /* untyped int < rune < float < complex */
void check_unary(Checker *c, Node *n);                  /* check_ops.c */
void check_mark_addr_taken(Node *x);                    /* &x: OBJF_ADDR_TAKEN on x's root variable */
void check_binary(Checker *c, Node *n);
const char *check_incomparable_cause(Type *t);          /* "slice can only be compared to nil", ... */
void check_selector(Checker *c, Node *n);               /* check_select.c */
void check_index_expr(Checker *c, Node *n);
bool check_index(Checker *c, Node *i, int64_t length);  /* integer, >= 0, < length if known */
void check_call(Checker *c, Node *n);                   /* check_call.c */
void check_func_lit(Checker *c, Node *n);
void check_capture(Checker *c, Object *o);

/* ---- composite literals and slicing (check_composite.c) ---- */
void check_composite_lit(Checker *c, Node *n);
void check_slice_expr(Checker *c, Node *n);

/* ---- assigning value lists (check_assign.c) ---- */
typedef struct RhsList {
    NodeList exprs;     /* the right-hand expressions as written */
    Type **types;       /* type of each value (NULL if invalid) */
    int n;              /* number of values */
    bool tuple;         /* the values are the results of one call */
    bool any_invalid;   /* a value had an error (already reported) */
    bool commaok;       /* v, ok = m[k] and friends: the second value is untyped bool */
} RhsList;
void check_rhs_list(Checker *c, NodeList rhs, RhsList *l, int nvars);
Type *check_assign_value(Checker *c, RhsList *l, int i, Type *t, const char *context);
void check_count_mismatch(RhsList *l, int nvars);
void check_return_values(Checker *c, Node *s, Type *res);
Type *check_lhs_expr(Checker *c, Node *x, bool *ok);     /* assignment target; NULL type for _ */
void check_assign_stmt(Checker *c, Node *s);
void check_incdec(Checker *c, Node *s);

/* ---- interfaces (check_iface.c) ---- */
Type *check_interface_type(Checker *c, Node *n);
void check_complete_interfaces(Checker *c);
const char *check_missing_method(Type *t, Type *iface);   /* NULL if t implements iface */
Object *check_find_method(Type *t, const char *name, bool *ptr_only);  /* check_select.c */
void check_type_assert(Checker *c, Node *n);
void check_type_switch(Checker *c, Node *s, void (*body)(Checker *, NodeList, void *), void *arg);

/* ---- builtins (check_builtin.c) ---- */
void check_builtin_call(Checker *c, Node *call, Object *b);
void check_conversion(Checker *c, Node *call, Type *t);

/* ---- statements (check_stmt.c) ---- */
void check_block(Checker *c, Node *block);
bool check_is_terminating(Node *s, const char *label);

/* ---- goto rules (check_goto.c) ---- */
void check_block_enter(Checker *c, Pos start);
void check_block_leave(Checker *c);
void check_block_decl(Checker *c, Pos pos, const char *name);
void check_block_label(Checker *c, Object *label);
void check_block_goto(Checker *c, Node *label);
void check_goto_resolve(Checker *c);

/* ---- init order (check_init.c) ---- */
void check_init_order(Checker *c);

/* ---- packages (check.c, check_runtime.c) ---- */
Package *check_package(Node **files, int nfiles, const CompileOptions *opts, const char *path);
bool check_load_runtime(void);
void check_value_cycles(Checker *c, Object **types, int n);  /* "invalid recursive type" */

/* ---- errors (check_errors.c): collected, printed sorted by position ---- */
void check_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_flush_errors(void);
int check_error_count(void);
void check_unsupported(Checker *c, Pos pos, const char *feature);

/* Does n contain a function call or a receive (not a conversion or a constant builtin)? */
bool check_has_call(Node *n);

#endif
