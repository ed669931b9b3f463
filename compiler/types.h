/* types.h - Go types, objects (named entities), scopes, constants and the
 * checked package: the contract between the type checker and the back end.
 *
 * The type checker (check*.c) owns this file and may add fields and
 * functions; existing names keep their meaning so the back end can rely on
 * them. Sizes and offsets follow Go's amd64 layout (types_layout).
 *
 * What types_check guarantees on the tree (the back end's view):
 *  - every expression node: mode, type (final: untyped constants and
 *    untyped values such as comparisons carry the type the context gave
 *    them), cval when mode == MODE_CONST (then type is the constant's type);
 *  - identifiers: ident.obj (vars, params, consts, funcs, types, labels);
 *    selectors: selector.selection (fields with their embedding path, methods,
 *    qualified pkg.Name); func decls and literals: their OBJ_FUNC with
 *    link_name as Go 1.19 names it (main.f, main.T.M, main.(*T).M,
 *    main.init.0, main.f.func1, main.f.func1.1, main.glob..func1);
 *  - comma-ok forms (v, ok = m[k] / x.(T) / <-c) have the right-hand node in
 *    MODE_COMMAOK; a map index used as a plain value is MODE_MAPINDEX;
 *  - type switch clauses: case_clause.implicit is the clause's variable;
 *  - func literals: func_lit.func and the captured variables (OBJF_CAPTURED);
 *  - panic(x): x keeps its own (defaulted) type, panic(nil) is interface{};
 *  - implicit conversions (a value assigned, passed, returned, sent or
 *    compared where an interface is expected) are not nodes: the value keeps
 *    its own type and the target's type tells the back end to convert;
 *  - what the checker does not support (complex numbers, generics, imports
 *    other than unsafe) is reported as "gocc: ... not supported yet". */
#ifndef COMPILER_TYPES_H
#define COMPILER_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "buf.h"
#include "strmap.h"

typedef struct Scope Scope;
typedef struct Package Package;

typedef enum TypeKind {
    TYPE_INVALID,
    /* basic types, in Go's order */
    TYPE_BOOL,
    TYPE_INT, TYPE_INT8, TYPE_INT16, TYPE_INT32, TYPE_INT64,
    TYPE_UINT, TYPE_UINT8, TYPE_UINT16, TYPE_UINT32, TYPE_UINT64, TYPE_UINTPTR,
    TYPE_FLOAT32, TYPE_FLOAT64, TYPE_COMPLEX64, TYPE_COMPLEX128,
    TYPE_STRING, TYPE_UNSAFE_POINTER,
    /* types of untyped constants and nil */
    TYPE_UNTYPED_BOOL, TYPE_UNTYPED_INT, TYPE_UNTYPED_RUNE, TYPE_UNTYPED_FLOAT,
    TYPE_UNTYPED_COMPLEX, TYPE_UNTYPED_STRING, TYPE_UNTYPED_NIL,
    /* composite types */
    TYPE_ARRAY, TYPE_SLICE, TYPE_STRUCT, TYPE_POINTER, TYPE_FUNC,
    TYPE_INTERFACE, TYPE_MAP, TYPE_CHAN,
    TYPE_NAMED,         /* a defined type: obj + underlying + methods */
    TYPE_TUPLE,         /* parameter/result lists and multi-value expressions */
} TypeKind;

typedef struct Field {
    const char *name;   /* "" for anonymous parameters; the type name for embedded fields */
    Type *type;
    int64_t offset;     /* struct fields: byte offset; tuples: offset in an ABI0-style frame */
    bool embedded;
    const char *tag;
    Package *pkg;       /* package of an unexported name */
    Pos pos;
} Field;

struct Type {
    TypeKind kind;
    int64_t size;       /* bytes; valid after types_layout() */
    int64_t align;
    Type *elem;         /* array, slice, pointer, chan, map value */
    Type *key;          /* map key */
    int64_t len;        /* array length */
    ChanDir dir;        /* chan */
    Field *fields;      /* struct fields, tuple elements */
    int nfields;
    Type *params;       /* func: TYPE_TUPLE */
    Type *results;      /* func: TYPE_TUPLE */
    bool variadic;      /* func: last param is ...T (its type is []T) */
    Object **methods;   /* interface: full method set sorted by name; named: declared methods */
    int nmethods;
    Object *obj;        /* named: its OBJ_TYPE */
    Type *underlying;   /* named: the underlying type (never TYPE_NAMED) */
    const char *link_name; /* for type descriptors later: "type:main.T" style, or NULL */
    Type *recv;         /* func: the receiver's type for a method signature, else NULL */
    bool laid_out;      /* types_layout has run (or is running) on this type */
};

typedef enum ObjKind {
    OBJ_BAD, OBJ_PKGNAME, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL,
} ObjKind;

typedef enum Builtin {
    BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_CLOSE, BUILTIN_COMPLEX, BUILTIN_COPY, BUILTIN_DELETE,
    BUILTIN_IMAG, BUILTIN_LEN, BUILTIN_MAKE, BUILTIN_NEW, BUILTIN_PANIC, BUILTIN_PRINT,
    BUILTIN_PRINTLN, BUILTIN_REAL, BUILTIN_RECOVER,
    BUILTIN_UNSAFE_SIZEOF, BUILTIN_UNSAFE_ALIGNOF, BUILTIN_UNSAFE_OFFSETOF, BUILTIN_UNSAFE_ADD,
    BUILTIN_UNSAFE_SLICE,
} Builtin;

enum ObjFlags {
    OBJF_GLOBAL = 1 << 0,       /* package-level var/func/const/type */
    OBJF_PARAM = 1 << 1,        /* function parameter (incl. receiver) */
    OBJF_RESULT = 1 << 2,       /* named or anonymous result variable */
    OBJF_CAPTURED = 1 << 3,     /* referenced by a closure */
    OBJF_ADDR_TAKEN = 1 << 4,   /* &x, or x.f / x[i] addressed */
    OBJF_USED = 1 << 5,
    OBJF_ASM_BODY = 1 << 6,     /* body-less func defined in assembly (from -symabis) */
    OBJF_ABI0 = 1 << 7,         /* func uses ABI0 (assembly); otherwise ABIInternal */
    OBJF_RUNTIME_CABI = 1 << 8, /* builtin runtime entry point: System V call (docs/abi.md §2) */
    OBJF_ABI0_REF = 1 << 9,     /* Go func with a body that assembly references as ABI0 (-symabis
                                   "ref" line): it needs an ABI0 wrapper (reference/two-phase.md §2) */
};

struct Object {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    Package *pkg;
    ConstValue *cval;       /* OBJ_CONST */
    Node *decl;             /* declaring node: N_FUNC_DECL, N_VALUE_SPEC, N_TYPE_SPEC, N_FIELD, N_IDENT... */
    Builtin builtin;        /* OBJ_BUILTIN */
    Package *imported;      /* OBJ_PKGNAME */
    unsigned flags;         /* OBJF_* */
    const char *link_name;  /* linker symbol: "main.f", "main.(*T).M", "main.f.func1" */
    Object *outer_func;     /* local vars: the OBJ_FUNC whose frame holds them */
    void *backend;          /* scratch for the back end */
    void *check;            /* scratch for the type checker (declaration info) */
};

/* x.f as resolved by the checker. */
typedef enum SelKind {
    SEL_FIELD,          /* struct field, possibly through embedded fields (path) */
    SEL_METHOD,         /* method value or call x.M */
    SEL_METHOD_EXPR,    /* T.M or (*T).M */
    SEL_QUALIFIED,      /* pkg.Name: obj is the imported object */
} SelKind;

struct Selection {
    SelKind kind;
    Object *obj;        /* the method's OBJ_FUNC or the qualified object; NULL for fields (see path) */
    int *path;          /* field indices from the operand's struct type down to the target */
    int npath;
    bool indirect;      /* a pointer is dereferenced along the path */
    Type *recv;         /* the type of the receiver expression as written */
};

struct Scope {
    Scope *parent;
    StrMap names;       /* name -> Object* */
    bool is_func;       /* the outermost scope of a function body */
    bool missing_dot_import; /* file scope with `import . "p"` of a package gocc lacks */
};

/* Constants (check_const.c). The representation is the checker's business;
 * the back end reads values through these accessors only. */
typedef enum ConstKind { CONST_BOOL, CONST_STRING, CONST_INT, CONST_FLOAT, CONST_COMPLEX } ConstKind;
ConstKind const_kind(const ConstValue *c);
bool const_bool(const ConstValue *c);
const char *const_string(const ConstValue *c, int64_t *len);
int64_t const_int64(const ConstValue *c);      /* exact for values of integer types */
uint64_t const_uint64(const ConstValue *c);    /* two's complement bits for any integer value */
double const_float64(const ConstValue *c);
float const_float32(const ConstValue *c);
void const_complex128(const ConstValue *c, double *re, double *im);
void const_print(struct Buf *out, const ConstValue *c);  /* Go syntax, as in go_asm.h */

/* A package-level variable initialisation, in the order Go runs them. */
typedef struct InitEntry {
    Object **lhs;       /* one, or several for `var a, b = f()` */
    int nlhs;
    Node *rhs;          /* the initialiser expression */
} InitEntry;

struct Package {
    const char *path;   /* import path ("main" for the main package) */
    const char *name;
    Scope *scope;
    Node **files;
    int nfiles;
    Vec funcs;          /* Object* of every package-level func and method, in source order */
    Vec globals;        /* Object* of package-level vars, in source order */
    Vec inits;          /* InitEntry*, in initialisation (dependency) order */
    Vec init_funcs;     /* Object* of init() functions, in source order */
    Vec types;          /* Object* of package-level named types, in source order */
    Vec consts;         /* Object* of package-level constants, in source order */
    Vec imports;        /* Package* directly imported */
    Vec closures;       /* OBJ_FUNC of every function literal (decl = its N_FUNC_LIT), in check order */
    bool is_runtime;    /* compiling package runtime (-std -p runtime) */
    bool missing;       /* an import gocc could not provide (already reported) */
};

/* Predeclared types, filled in by types_init(). */
extern Type *types_basic[TYPE_UNTYPED_NIL + 1];
extern Type *types_byte, *types_rune;  /* the aliases: identical to uint8/int32, spelled byte/rune */
#define TYPE(k) (types_basic[k])

void types_init(void);
Type *types_new(TypeKind kind);
Type *types_pointer(Type *elem);
Type *types_slice(Type *elem);
Type *types_array(Type *elem, int64_t len);
Type *types_tuple(Field *fields, int n);        /* fields copied by reference */
Type *types_func(Type *params, Type *results, bool variadic);
Type *types_named(Object *obj);                 /* underlying set later by the checker */
Type *types_default(Type *t);                   /* untyped int -> int, ...; others unchanged */
bool types_is_numeric(Type *t);
bool types_is_ordered(Type *t);
bool types_comparable(Type *t);
bool types_is_pointer(Type *t);                 /* *T or unsafe.Pointer */
/* The package being compiled (for unqualified names in types_string). */
extern Package *types_local_pkg;

/* The builtin runtime declarations (compiler/builtin/runtime.go), checked as
 * the hidden package "runtime". Returns the OBJ_FUNC (OBJF_RUNTIME_CABI,
 * link_name "runtime.<name>") or NULL if runtime.go declares no such func. */
Object *types_runtime_func(const char *name);

/* Reads a -symabis file (symabis.c); "". becomes pkgpath. Returns the
 * number of entries in *out, or -1 after reporting errors. */
struct SymabisEntry;
int types_read_symabis(const char *path, const char *pkgpath, struct SymabisEntry **out);
Type *types_underlying(Type *t);
bool types_identical(Type *a, Type *b);
bool types_identical_ignore_tags(Type *a, Type *b);
bool types_is_integer(Type *t);
bool types_is_unsigned(Type *t);
bool types_is_float(Type *t);
bool types_is_complex(Type *t);
bool types_is_string(Type *t);
bool types_is_boolean(Type *t);
bool types_is_untyped(Type *t);
bool types_is_interface(Type *t);
void types_layout(Type *t);                     /* computes size/align/offsets once */
const char *types_string(Type *t);              /* Go's spelling, e.g. "map[string][]int" */

/* Export data (export.c, import.c): -export writes it; imports read it
 * from the archives listed in the -importcfg file. types_import reports
 * errors (missing package, import cycle) at pos and returns NULL. */
int types_write_export(Package *pkg, Buf *out);
Package *types_import(const char *path, const char *importcfg, const char *self, Pos pos);

#endif
