/* lang.h - shared declarations of the language runtime: hashing and
 * equality (alg.c), maps (map.c), interfaces (iface.c), strings
 * (string.c), defer/panic/recover (defer.c, panic.c).
 *
 * The structures (struct _type, maptype, hmap, itab, _defer, _panic, ...)
 * come from runtime2.go through runtime_defs.h; docs/abi.md §9-§10 fix
 * what the compiler emits and calls. */
#ifndef RUNTIME_LANG_H
#define RUNTIME_LANG_H

#include "runtime.h"

typedef struct _type rt_type_t;

/* ---- malloc.c: typ (a _type) NULL: scanned conservatively; ptrdata 0: never scanned */
void *rt_mallocgc_typed(uintptr size, const void *typ, uintptr needzero) __asm__("runtime.mallocgc");

/* ---- alg.c */
uint64_t rt_fastrand64(void);
uintptr rt_memhash(const void *p, uintptr seed, uintptr n);
uintptr rt_typehash(const rt_type_t *t, const void *p, uintptr seed);
int rt_typeequal(const rt_type_t *t, const void *p, const void *q);
rt_string rt_name(const uint8_t *name);            /* decode Go's name encoding */
rt_string rt_typestring(const rt_type_t *t);
int rt_isdirectiface(const rt_type_t *t);
const struct uncommontype *rt_uncommon(const rt_type_t *t);

/* A small string builder for run-time error messages (heap result). */
typedef struct rt_sb {
    uint8_t buf[256];
    intptr_t n;
} rt_sb;
void rt_sb_str(rt_sb *b, rt_string s);
void rt_sb_cstr(rt_sb *b, const char *s);
void rt_sb_int(rt_sb *b, int64_t v);
void rt_sb_uint(rt_sb *b, uint64_t v);
rt_string rt_sb_done(rt_sb *b);                     /* copies to the heap */

/* ---- panic.c: panics that recover() can catch */
_Noreturn void rt_gopanic(const rt_type_t *t, void *data) __asm__("runtime.gopanic");
_Noreturn void rt_panicerr(rt_string msg);          /* a runtime.Error "runtime error: MSG" */
_Noreturn void rt_panicerrc(const char *msg);
struct _defer *rt_defer_runnext(struct g *gp, struct _panic *p);   /* defer.c: run the next deferred call */
extern const rt_type_t *rt_errortype;               /* runtime.errorString's type */

/* ---- print.c */
void rt_printeface(const rt_type_t *t, void *data) __asm__("runtime.printeface");
void rt_printanyval(const rt_type_t *t, void *data);   /* the value, for panics */

/* ---- iface.c */
struct itab *rt_getitab(const struct interfacetype *inter, const rt_type_t *t, int canfail);
uintptr rt_findmethod(const rt_type_t *t, const char *name, int nout);  /* ifn of a func() method, or 0 */

/* ---- the equality functions a _type.equal may point at (alg.c) */
uintptr rt_eq_type(const void *p, const void *q, const rt_type_t *t) __asm__("runtime.typeequal");
uintptr rt_eq_mem(const void *p, const void *q, const rt_type_t *t) __asm__("runtime.memequal");

/* ---- asm_amd64.s */
/* Call the deferred closure fn (a func()), recording in *argp the argp
 * its frame sees (recover compares it). */
void rt_calldeferred(void *fn, uintptr *argp) __asm__("runtime.calldeferred");
/* Resume a deferring frame after recover: SP = sp, BP = bp, AX = 1, jump pc. */
_Noreturn void rt_recoveryjump(uintptr sp, uintptr pc, uintptr bp) __asm__("runtime.recoveryjump");
/* Call a Go method func() string with the receiver word recv (ABIInternal). */
rt_string rt_callstringmethod(uintptr fn, void *recv) __asm__("runtime.callstringmethod");

#endif
