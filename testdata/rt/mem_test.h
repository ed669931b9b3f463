/* mem_test.h - what the C test programs of tests/gc_test.sh need from the
 * runtime: its entry points under their Go names (System V calls,
 * docs/abi.md §2), Go 1.19's type descriptor layout (docs/abi.md §8), a
 * Go-compatible MemStats, and an empty main..inittask. Each test defines
 * main.main in C; it is compiled with the runtime's gcc flags
 * (-ffreestanding -ffixed-r14 -fno-omit-frame-pointer ...). */
#include <stddef.h>
#include <stdint.h>

struct rtt_type {
    uintptr_t size, ptrdata;
    uint32_t hash;
    uint8_t tflag, align, fieldalign, kind;
    void *equal;
    const uint8_t *gcdata;
    int32_t str, ptrtothis;
};

struct rtt_memstats {
    uint64_t alloc, totalalloc, sys, lookups, mallocs, frees;
    uint64_t heapalloc, heapsys, heapidle, heapinuse, heapreleased, heapobjects;
    uint64_t stackinuse, stacksys, mspaninuse, mspansys, mcacheinuse, mcachesys;
    uint64_t buckhashsys, gcsys, othersys, nextgc, lastgc, pausetotalns;
    uint64_t pausens[256], pauseend[256];
    uint32_t numgc, numforcedgc;
    double gccpufraction;
    uint8_t enablegc, debuggc, pad[6];
    struct { uint32_t size; uint64_t mallocs, frees; } bysize[61];
};

struct rtt_funcval { void (*fn)(void); };

void *rt_mallocgc(uintptr_t size, const struct rtt_type *typ, uintptr_t needzero) __asm__("runtime.mallocgc");
void *rt_newobject(uintptr_t size) __asm__("runtime.newobject");
void *rt_makeslice(const struct rtt_type *et, intptr_t len, intptr_t cap) __asm__("runtime.makeslice");
struct rtt_slice { void *ptr; intptr_t cap; };
struct rtt_slice rt_growslice(const struct rtt_type *et, void *old, intptr_t len, intptr_t cap, intptr_t newlen)
    __asm__("runtime.growslice");
void rt_GC(void);                                  /* the C side of runtime.GC */
void rt_ReadMemStats(struct rtt_memstats *m);       /* the C side of runtime.ReadMemStats */
void rt_newproc(struct rtt_funcval *fn) __asm__("runtime.newproc");
void rt_Gosched(void);                             /* the C side of runtime.Gosched */
void rt_printstring(const char *p, intptr_t n) __asm__("runtime.printstring");
void rt_printint(int64_t v) __asm__("runtime.printint");
void rt_printnl(void) __asm__("runtime.printnl");
void rt_throw(const char *p, intptr_t n) __asm__("runtime.throw");

struct { uintptr_t state, ndeps, nfns; } rtt_inittask __asm__("main..inittask");

static inline void pr(const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    rt_printstring(s, n);
}

static inline void fail(const char *s) {
    intptr_t n = 0;
    while (s[n])
        n++;
    rt_throw(s, n);
}
