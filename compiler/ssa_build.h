/* ssa_build.h - the state of the typed-AST -> SSA builder, shared by
 * ssa_build.c (variables, blocks, statements), ssa_expr.c (expressions,
 * calls, builtins) and ssa_compile.c (package level: functions, data,
 * inittask).
 *
 * There is no separate IR: the builder walks the checked tree and emits SSA
 * directly with the algorithm of Braun et al., "Simple and Efficient
 * Construction of SSA Form" (CC 2013): each local variable word is written
 * per block (write_var), reads look backwards through predecessors, placing
 * phis at joins, and blocks whose predecessors are not all known yet are
 * "unsealed" and get operandless phis that are completed when sealed. Phis
 * that turn out trivial become copies, cleaned up by the phielim pass. */
#ifndef COMPILER_SSA_BUILD_H
#define COMPILER_SSA_BUILD_H

#include "compile.h"
#include "regalloc.h"
#include "ssa.h"
#include "types.h"

/* A Go value has at most 2 words today; a call's results at most 9 (ABIInternal registers). */
enum { MAXWORDS = 9, ABI_REG_WORDS = 9 };

/* A Go value as machine words (a string is ptr, len). */
typedef struct Words {
    Value *v[MAXWORDS];
    int n;
} Words;

/* Shape of one word of a Go type. */
typedef struct WordType {
    int width;
    bool sign;
    bool flt;           /* float32 (width 4) or float64 (8): an XMM word */
} WordType;

/* A local variable: words var..var+nwords-1 in the Braun tables. */
typedef struct Var {
    int id;
    int nwords;
    WordType wt[MAXWORDS];
    bool boxed;         /* lives in memory: the one word is its address (ssa_mem.c) */
    bool stack;         /* boxed in the frame's stack-object area at stkoff (escape.c) */
    int64_t stkoff;
    Type *type;
} Var;

typedef struct DefEntry {
    uint64_t key;       /* var id << 32 | block id, +1 so 0 means empty */
    Value *val;
} DefEntry;

typedef struct IncPhi IncPhi;
typedef struct AbiSig AbiSig;

/* break / continue targets of the enclosing statements. */
typedef struct Target {
    struct Target *outer;
    const char *label;  /* label of the statement or NULL */
    Block *brk, *cont;  /* cont NULL for switch */
} Target;

/* Package-wide state (ssa_compile.c). */
typedef struct Unit {
    Arena *arena;
    Package *pkg;
    const CompileOptions *opts;
    Buf *out;           /* the .s text */
    StrMap strings;     /* string constant bytes -> StrConst (ssa_compile.c) */
    Vec strlist;        /* the StrConsts in first-use order */
    StrMap etypes;      /* element type descriptors written (ssa_slice.c) */
    bool dump;          /* -d ssa: dump every function after each pass */
    const char *dumpfunc;   /* -d ssa=NAME: only this one */
    StrMap funcvals;    /* static funcval symbols "pkg.f·f" -> the function's symbol (ssa_func.c) */
    Vec funcvallist;    /* those symbols in first-use order */
    StrMap fmwrappers;  /* "pkg.T.M-fm" -> the method's Object (ssa_func.c) */
    Vec fmlist;         /* those names in first-use order */
    Vec gowraps;        /* GoWrap*: the functions go statements start (ssa_func.c) */
    Vec callwraps;      /* CallWrap*: wrappers of other go/defer calls (ssa_defer.c) */
    StrMap ptrwrappers; /* "pkg.(*T).M" for value methods M used as (*T).M -> M */
    Vec ptrlist;
    Vec ifwraps;        /* IfaceWrap*: method wrappers for interface calls (ssa_iface_wrap.c) */
} Unit;

typedef struct Builder {
    Unit *u;
    SsaFunc *f;
    Block *cur;
    DefEntry *defs;
    int defcap, deflen;
    IncPhi **incomplete;    /* by block id */
    Vec pending;            /* phis (var in aux) whose operands are still to be read */
    int incap;
    int nvars;
    Target *targets;
    StrMap labels;          /* label name -> Block* */
    Var **results;          /* named result variables, or NULL */
    Type *sig;
    Block *fallthrough;     /* body of the next case in a switch */
    AbiSig *abi;            /* where the function's arguments and results are (ssa_abi.c) */
    bool has_defer;         /* a defer statement was built (ssa_defer.c) */
    int result_slots;       /* stack-object offset of the named results' address slots (ssa_defer.c) */
    struct ArgOverride *over;   /* a go/defer call wrapper: argument nodes -> captured words */
    int nover;
} Builder;

/* ssa_build.c */
Block *bld_block(Builder *b);                   /* new unsealed block */
void bld_seal(Builder *b, Block *blk);
void bld_jump(Builder *b, Block *to);           /* ends cur with a jump, continues in dead code */
void bld_branch(Builder *b, Value *cond, Block *t, Block *f);
void bld_start(Builder *b, Block *blk);         /* continue emitting in blk */
void bld_start_dead(Builder *b);                /* continue in unreachable code */
Var *bld_new_var(Builder *b, Type *t);
Var *bld_var_of(Builder *b, Object *o);
void bld_write_var(Builder *b, Var *v, Words w);
Words bld_read_var(Builder *b, Var *v);
void bld_unsupported(Builder *b, Pos pos, const char *what);
/* The integer constant c in the current block. */
static inline Value *konst(Builder *b, int64_t c, Pos pos) { return ssa_const(b->f, b->cur, c, pos); }

int bld_type_words(Type *t, WordType *wt);      /* -1 if not supported */
/* Whether values of type t can hold pointers (the collector must scan them). */
bool bld_has_pointers(Type *t);
Type *bld_under(Type *t);
bool bld_is_unsigned(Type *t);
void bld_func_body(Builder *b, Object *fn);

/* ssa_expr.c */
Words bld_expr(Builder *b, Node *e);
Value *bld_expr1(Builder *b, Node *e);
void bld_cond(Builder *b, Node *e, Block *t, Block *f);
void bld_branch_compare(Builder *b, Op op, Type *t, Words x, Words y, Block *yes, Block *no, Pos pos);
Words bld_call(Builder *b, Node *call);
Object *bld_named_object(Node *e);              /* the object of x or pkg.x, else NULL */
Words bld_zero(Builder *b, Type *t, Pos pos);
Words bld_convert_words(Builder *b, Words w, Type *from, Type *to, Pos pos);
Value *bld_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos);
Words bld_binary(Builder *b, Op op, Type *t, Words x, Words y, Type *yt, Pos pos);
Value *bld_int_op(Builder *b, SsaOp op, Type *t, Value *x, Value *y, Pos pos);
void bld_store_global(Builder *b, Object *o, Words w, Pos pos);
Value *bld_call_runtime(Builder *b, const char *name, Value **args, int nargs, int nres, Value **res, Pos pos);

/* ssa_float.c */
Value *bld_float_const(Builder *b, Type *t, double d, Pos pos);
Words bld_float_const_words(Builder *b, Node *e);
Value *bld_float_binary(Builder *b, Op op, Type *t, Value *x, Value *y, Pos pos);
Value *bld_float_compare(Builder *b, Op op, Value *x, Value *y, Pos pos);
Value *bld_float_neg(Builder *b, Type *t, Value *x, Pos pos);
bool bld_fits_regs(Value **words, int n);      /* at most 9 integer and 15 float words */
Value *bld_float_convert(Builder *b, Value *x, Type *from, Type *to, Pos pos);  /* from or to is a float */
void bld_set_word(Value *v, WordType wt);       /* width and class of a word */
void bld_set_classes(Value **words, WordType *wt, int n);   /* ARG/SELECT: aux = index in its class */
uint64_t bld_float_bits(ConstValue *c, Type *t);   /* a constant's IEEE bits as type t */

/* escape.c: which boxed locals may live in the frame (run once per package). */
void esc_analyze(Package *pkg, const CompileOptions *opts);
bool esc_on_stack(Object *o);
/* Gives a boxed Var of o its stack slot when escape analysis allows it. */
void bld_stack_var(Builder *b, Object *o, Var *v);
Value *bld_stack_addr(Builder *b, Var *v, Pos pos);
bool esc_enabled(void);     /* false with -d noescape: everything on the heap */
/* ssa_mem.c: frame memory for a value only ever copied from (zero: clear it first). */
Value *bld_temp(Builder *b, Type *t, bool zero, Pos pos);
Value *bld_lit_cell(Builder *b, Node *lit, Type *t);   /* a struct/array composite literal's memory */

/* ssa_complex.c: complex64/complex128 as two float words */
bool bld_is_complex(Type *t);
Words bld_complex_const(Builder *b, Node *e);
Words bld_complex_convert(Builder *b, Words w, Type *from, Type *to, Pos pos);
Words bld_complex_neg(Builder *b, Type *t, Words x, Pos pos);
bool bld_complex_binary(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Words *out);
bool bld_complex_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Value **out);
bool bld_complex_builtin(Builder *b, Node *call, Object *o, Words *out);
void bld_print_complex(Builder *b, Type *t, Words w, Pos pos);

/* ssa_mem.c: memory-resident values (structs, arrays, address-taken
 * variables). A struct or array value is one word: the address of its bytes;
 * whoever stores it copies them. */
bool bld_is_mem(Type *t);
int64_t bld_word_off(const WordType *wt, int i);   /* memory offset of word i of a value */
int bld_abi_words(Type *t, WordType *wt);       /* register words per ABIInternal, -1 if not supported */
Words bld_abi_unpack(Builder *b, Type *t, Words w, Pos pos);
Words bld_abi_pack(Builder *b, Type *t, Words leaves, Pos pos);
Value *bld_alloc(Builder *b, Type *t, Pos pos);
/* typedesc*.c: type descriptors of every type (docs/abi.md §8/§9), DUPOK,
 * each written once per unit; static itabs. */
const char *td_symbol(Unit *u, Type *t);                /* "type.main.T" */
/* The descriptors of the package's own named types T and *T (importers only refer to them). */
void unit_emit_type_descriptors(Unit *u);
const char *td_itab(Unit *u, Type *t, Type *iface);     /* "go.itab.main.T,main.I" */
const char *td_link(Unit *u, Type *t);                  /* t's spelling in symbol names */
Value *bld_typedesc(Builder *b, Type *t, Pos pos);      /* the address of t's descriptor */
/* ssa_iface.c: interface values. */
bool bld_to_eface(Builder *b, Type *t, Words w, Value *out[2], Pos pos);   /* any(x), x of type t in w */
/* x (of type from) as a value of interface type to; w unchanged if to is not an interface. */
Words bld_iface_convert(Builder *b, Words w, Type *from, Type *to, Pos pos);
Value *bld_iface_data(Builder *b, Type *t, Words w, Pos pos);   /* the data word of x of concrete type t */
bool bld_is_iface_method(Node *sel);                   /* x.M with M an interface's method */
Words bld_iface_call(Builder *b, Node *call);          /* x.M(args) for such an x.M */
/* go/defer x.M(args): appends &tab.fun[i] (called like a funcval) and the data word to words;
 * returns the signature with the data word as receiver. A nil x panics now, as in Go. */
Type *bld_iface_callee(Builder *b, Node *sel, Value **words, int *n);
/* Method name of the interface value iv (of type itype) called with args (one Words per parameter). */
Words bld_iface_call_words(Builder *b, Type *itype, const char *name, Words iv, Words *args, Pos pos);
bool bld_iface_method_value(Builder *b, Node *e, Words *out);   /* x.M as a func value, x an interface */
/* ssa_iface_wrap.c: wrappers called through itabs with the data word as receiver. */
typedef enum IfaceWrapKind {
    IWRAP_IFN,           /* f(data word, args): method m of t reached through path */
    IWRAP_IFACE_FM,      /* closure {code, tab, data}: method value of an interface value */
    IWRAP_IFACE_EXPR,    /* f(i I, args): method expression I.M */
    IWRAP_EXPR,          /* f(s S, args): method expression S.M of a promoted M */
    IWRAP_BOUND,         /* closure {code, data word}: method value x.M (any receiver) */
} IfaceWrapKind;
const char *bld_iface_wrapper(Unit *u, const char *name, IfaceWrapKind kind, Type *t, Object *m, Type *holder,
                              int *path, int npath);
/* x.M, a method value or a promoted method expression, when ssa_func.c's
 * wrappers cannot take it (receiver not in registers, variadic M, promotion). */
bool bld_iface_bound_method(Builder *b, Node *e, Words *out);
void unit_emit_iface_wrappers(Unit *u);
Value *bld_offset(Builder *b, Value *p, int64_t off, Pos pos);
Words bld_load(Builder *b, Type *t, Value *addr, Pos pos);
void bld_store(Builder *b, Type *t, Value *addr, Words w, Pos pos);
void bld_nilcheck(Builder *b, Value *p, Pos pos);
void bld_check(Builder *b, Value *fail, const char *name, Value **args, int nargs, Pos pos);
Value *bld_addr(Builder *b, Node *e);           /* address of an addressable expression */
bool bld_mem_expr(Builder *b, Node *e, Words *out);     /* selectors, *p, &x, indexing, literals */
bool bld_mem_read(Builder *b, Object *o, Words *out);   /* boxed locals, aggregate globals */
bool bld_mem_assign(Builder *b, Node *lhs, Words w);    /* boxed locals, fields, elements, *p */
bool bld_mem_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos, Value **out);
bool bld_mem_builtin(Builder *b, Node *call, Object *o, Words *out);
int bld_abi_flatten(Builder *b, Type *tuple, Words w, Value **out, int max, Pos pos);
Words bld_abi_collect(Builder *b, Type *tuple, Words leafw, Pos pos);
Words bld_snapshot(Builder *b, Type *t, Words w, Pos pos);
Value *bld_lhs_addr(Builder *b, Node *lhs);
void bld_assign_existing(Builder *b, Node *lhs, Words w);
/* ssa_unsafe.c: unsafe.Add, unsafe.Slice. */
bool bld_unsafe_builtin(Builder *b, Node *call, Object *o, Words *out);
bool bld_assign_index_first(Builder *b, Node *lhs, Node *rhs);   /* a[f()] = g(): f before g */
void bld_assign_parallel(Builder *b, Node **lhs, Words *vals, int n, Pos pos);  /* addresses first, then stores */
bool check_has_call(Node *n);                       /* check_builtin.c */
typedef struct LhsEarly LhsEarly;
LhsEarly *bld_lhs_early(Builder *b, Node *lhs);     /* lhs with a call: operands before the rhs; else NULL */
Value *bld_lhs_late(Builder *b, LhsEarly *e);       /* then its address */
typedef struct LhsPlan LhsPlan;
LhsPlan *bld_lhs_begin(Builder *b, Node **lhs, int n);              /* phase one, before the rhs */
void bld_lhs_end(Builder *b, LhsPlan *p, Words *vals, Pos pos);     /* phase two: the stores */

/* ssa_method.c: method declarations and calls. */
void bld_method_recv_param(Builder *b, Node *recv, AbiSig *as);
Words bld_method_recv(Builder *b, Node *sel);
Words bld_method_expr_call(Builder *b, Node *call);  /* no new cell for a declaring identifier */

/* ssa_slice.c: slices, make, append, copy, slicing, for range. */
Words bld_slice_expr(Builder *b, Node *e);
Words bld_slice_index_addr(Builder *b, Node *e);
bool bld_slice_builtin(Builder *b, Node *call, Object *o, Words *out);
bool bld_slice_convert(Builder *b, Words w, Type *from, Type *to, Pos pos, Words *out);
void bld_range(Builder *b, Node *s, const char *label);
void bld_push_target(Builder *b, Target *t, const char *label, Block *brk, Block *cont);
void bld_stmt(Builder *b, Node *s);
void bld_assign_to(Builder *b, Node *lhs, Words w);
Words bld_composite(Builder *b, Node *e);

/* ssa_map.c: maps (make, literals, m[k], comma-ok, assignment, delete, len, range). */
Words bld_map_index(Builder *b, Node *e);                   /* m[k] as a value */
bool bld_map_commaok(Builder *b, NodeList lhs, Node *rhs, Pos pos);    /* v, ok = m[k] */
bool bld_map_assign(Builder *b, Node *lhs, Words w);        /* m[k] = w; false if lhs is not m[k] */
bool bld_map_stmt(Builder *b, Node *s);                     /* m[k] = v, m[k] op= v, v, ok = m[k] */
bool bld_map_incdec(Builder *b, Node *s);                   /* m[k]++, m[k]-- */
bool bld_map_builtin(Builder *b, Node *call, Object *o, Words *out);  /* make, len, delete of maps */
Words bld_map_lit(Builder *b, Node *e, Type *mt);
void bld_map_range(Builder *b, Node *s, const char *label);
typedef struct MapRef MapRef;
MapRef *bld_map_lhs(Builder *b, Node *lhs);                 /* m[k] on the left: m and k evaluated; else NULL */
void bld_map_lhs_store(Builder *b, MapRef *r, Words w);     /* then m[k] = w */

/* ssa_func.c: func values, closures, method values, go statements */
Words bld_func_value(Builder *b, Object *fn, Pos pos);         /* a declared func as a value */
Words bld_func_lit(Builder *b, Node *e);                       /* a closure value */
void bld_closure_context(Builder *b, Node *lit);   /* captured variables' cells from DX */
Words bld_indirect_call(Builder *b, Node *call);   /* f(args) for a func value f */
bool bld_method_value(Builder *b, Node *e, Words *out);  /* x.M (closure over x), T.M */
void unit_emit_method_wrappers(Unit *u);   /* the T.M-fm functions method values call */
Value *bld_call_closure(Builder *b, Node *s, const char *what);  /* go/defer funcval, NULL if unsupported */
void bld_defer_stmt(Builder *b, Node *s);   /* ssa_defer.c */
void bld_defer_finish(Builder *b);          /* deferreturn at every return */
bool bld_body_defers(Node *body);
Words bld_recover(Builder *b, Pos pos);
void bld_defer_named_return(Builder *b, Words *vals, bool store, Pos pos);
/* Named result k of a function that defers: a boxed variable in a zeroed heap cell. */
Var *bld_defer_result_var(Builder *b, Object *o, Type *t, int k, Pos pos);
void bld_go_stmt(Builder *b, Node *s);      /* go f(args): a funcval for runtime.newproc */
/* ssa_defer.c: go/defer of any call (builtins, variadic, stack arguments) as
 * a wrapper over the call node whose argument values were captured. */
bool bld_call_is_plain(Builder *b, Node *call);
Value *bld_wrap_call(Builder *b, Node *s, const char *what);
bool bld_override(Builder *b, Node *e, Words *out);   /* in a wrapper: e's captured words */
void unit_emit_call_wrappers(Unit *u);
void unit_emit_go_wrappers(Unit *u);        /* the functions go statements start */
void unit_emit_ptr_wrappers(Unit *u);       /* pkg.(*T).M for value methods */
/* ssa_abi.c: ABIInternal argument and result assignment. */
AbiSig *bld_abi_sig(Builder *b, Type *sig, Pos pos);
int bld_abi_nregargs(AbiSig *as);
int bld_abi_nregres(AbiSig *as);
bool bld_abi_regs_only(AbiSig *as);         /* every parameter in registers */
int bld_abi_entry(Builder *b, AbiSig *as, Pos pos);
Words bld_abi_param(Builder *b, AbiSig *as, int i, Pos pos);
int bld_abi_ret(Builder *b, AbiSig *as, Words *vals, Value **rets, Pos pos);
Words bld_abi_call(Builder *b, Node *call, Object *fn, Words *recv);
/* A call through the func value fv (its funcval goes to DX). */
Words bld_abi_call_value(Builder *b, Node *call, Value *fv, Type *sig);
/* A call of sym (or through the funcval fv) with every argument already evaluated, receiver first. */
Words bld_abi_call_words(Builder *b, Pos pos, const char *sym, Type *sig, Words *vals, Value *fv);
/* A call of sig (with a receiver) through fv, the receiver's words given. */
Words bld_abi_call_recv(Builder *b, Node *call, Type *sig, Words *recv, Value *fv);
/* The register words of call's arguments (no receiver); -1 if some go on the stack. */
int bld_abi_reg_args(Builder *b, Node *call, Type *sig, Value **out);

/* ssa_assert.c, ssa_typeswitch.c: type assertions, type switches, interface comparison. */
Words bld_type_assert(Builder *b, Node *e, Value **ok);     /* x.(T); ok: comma-ok form */
bool bld_commaok_assign(Builder *b, NodeList lhs, Node *rhs, Pos pos);  /* v, ok = x.(T); false if not one */
bool bld_commaok_init(Builder *b, Object **lhs, Node *rhs);            /* package-level var v, ok = x.(T) */
Value *bld_iface_compare(Builder *b, Op op, Type *t, Words x, Words y, Pos pos);
bool bld_is_empty_iface(Type *t);
Value *bld_dyn_type(Builder *b, Type *xt, Value *w0, Pos pos);  /* _type word of an interface value */
Words bld_iface_value(Builder *b, Type *t, Value *data, Pos pos);   /* the T an interface's data word holds */
Value *bld_word_eq(Builder *b, SsaOp op, Value *x, Value *y, Pos pos);
void bld_type_switch(Builder *b, Node *s, const char *label);
/* x ==/!= y (binary e) with an interface operand and operands of different types, else NULL. */
Value *bld_mixed_compare(Builder *b, Node *e);
/* The same for a switch case e against the tag; false if it is not such a pair. */
bool bld_case_compare(Builder *b, Type *tagt, Words tag, Node *e, Block *match, Block *next);
/* acc && *xp == *yp for interfaces at xp, yp: compared only when acc holds (struct and array ==). */
Value *bld_iface_eq_after(Builder *b, Value *acc, Type *t, Value *xp, Value *yp, Pos pos);
/* ssa_chan.c, ssa_select.c: channels and select. */
Words bld_chan_recv(Builder *b, Node *e);          /* <-c as a value */
bool bld_is_recv(Node *e);                         /* e is <-c */
void bld_recv_assign(Builder *b, NodeList lhs, Node *rhs);     /* v, ok = <-c */
void bld_send_stmt(Builder *b, Node *s);
bool bld_chan_builtin(Builder *b, Node *call, Object *o, Words *out);  /* make, len, cap, close */
bool bld_chan_range(Builder *b, Node *s, const char *label);   /* false: not over a channel */
void bld_select(Builder *b, Node *s, const char *label);
Type *bld_chan_elem(Type *chantype);
int64_t bld_chan_size(Type *t);
Value *bld_chan_scratch(Builder *b, int64_t off, int64_t size, Pos pos);
Value *bld_chan_recv_place(Builder *b, Type *et, bool drop, int64_t off, Pos pos);
Words bld_chan_recv_value(Builder *b, Type *et, Value *place, Pos pos);
Value *bld_chan_send_place(Builder *b, Type *et, Words w, int64_t off, Pos pos);
Words bld_chan_send_value(Builder *b, Node *value, Type *et);
void bld_chan_assign(Builder *b, NodeList lhs, Type *et, Words v, Value *ok, Pos pos);

/* ssa_compile.c */
const char *unit_string_sym(Unit *u, const char *s, int64_t len);
SsaFunc *unit_new_func(Unit *u, const char *name, Pos pos);
void unit_finish_func(Unit *u, SsaFunc *f);
void unit_emit_funcvals(Unit *u);   /* ssa_func.c: DATA of the static funcvals */

#endif
