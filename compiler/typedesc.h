/* typedesc.h - internal interface between the type descriptor writers:
 * typedesc.c (symbols, names, the _type header, dispatch), typedesc_kinds.c
 * (the kind-specific parts, pointer bitmaps, equality) and
 * typedesc_methods.c (method sets, uncommontype, itabs). The layouts are
 * docs/abi.md §8/§9 (Go 1.19's, with pointers where Go has offsets). */
#ifndef COMPILER_TYPEDESC_H
#define COMPILER_TYPEDESC_H

#include "ssa_build.h"

enum {
    TD_KIND_DIRECT = 32,    /* kindDirectIface */
    TD_TFLAG_UNCOMMON = 1,
    TD_TFLAG_NAMED = 4,
    TD_TFLAG_EXTRA = 0x80,  /* gocc: ptrToThis before the methods, func types after them */
    TD_TYPE_SIZE = 48,      /* _type */
    TD_UNCOMMON_SIZE = 16,
    TD_METHOD_SIZE = 32,
};

/* One descriptor being written: fixed part at 0.., then a tail of bytes
 * (names, bitmaps) starting at tailbase. */
typedef struct TdOut {
    Unit *u;
    const char *sym;    /* raw symbol name */
    Buf data;           /* DATA lines */
    Buf tail;           /* bytes of the tail */
    int64_t tailbase;
} TdOut;

void td_int(TdOut *d, int64_t off, int width, int64_t v);
void td_addr(TdOut *d, int64_t off, const char *target);        /* 8-byte address of a symbol */
int64_t td_tail_bytes(TdOut *d, const void *p, size_t n);        /* appends, returns its offset */
void td_name(TdOut *d, int64_t off, const char *s, bool exported);  /* *name field at off */
void td_name_tag(TdOut *d, int64_t off, const char *s, bool exported, const char *tag);

/* typedesc.c */
int td_kind(Type *t);                          /* Go's kind number, | TD_KIND_DIRECT */
bool td_direct(Type *t);                       /* pointer-shaped: data word is the value */
const char *td_string(Unit *u, Type *t);       /* Go's spelling as reflect prints it */
const char *td_link(Unit *u, Type *t);         /* unique spelling for symbol names */
bool td_exported(const char *name);
const char *td_plain(const char *name);        /* name without import.c's '.' */
uint32_t td_hash(Unit *u, Type *t);             /* _type.hash: of the link name */
bool td_foreign(Unit *u, Type *t);             /* written by the package declaring it */

/* typedesc_kinds.c */
int64_t td_kind_size(Type *t);                 /* bytes after _type */
int64_t td_kind_extra(Type *t);                /* bytes of arrays after uncommontype (fields, params, imethods) */
void td_kind_part(TdOut *d, Type *t, int64_t extra_off);
int64_t td_ptrdata(Type *t);
void td_ptrmask(Type *t, int64_t base, uint8_t *bits);   /* sets bit (base+off)/8 per pointer word */
const char *td_equal(Type *t);                 /* equality function symbol or NULL */
Type *td_method_type(Type *sig);               /* sig without its receiver */

/* typedesc_methods.c */
typedef struct TdMethod {
    const char *name;       /* interned */
    Object *m;              /* the method (declared, or an interface's) */
    Type *mtyp;             /* func type without receiver */
    const char *ifn, *tfn;
    Type *ftyp;             /* exported: func type with the receiver as first parameter */
    bool exported;
} TdMethod;
int td_methods(Unit *u, Type *t, TdMethod **out);      /* t's method set sorted by name */
bool td_has_uncommon(Type *t);
void td_uncommon(TdOut *d, Type *t, int64_t off, int64_t moff, TdMethod *ms, int n);
void td_uncommon_extra(TdOut *d, Type *t, int64_t methods, TdMethod *ms, int n);
const char *td_pkgpath(Type *t);               /* package path of a named type (or NULL) */
const char *td_wrapper_name(Unit *u, Type *t, const char *method);   /* "pkg.(*T).M", "pkg.T.M" */

#endif
