/* map.c - Go's hash maps.
 *
 * The shape is Go's: an array of 2^B buckets, each holding 8 slots (a
 * tophash byte per slot, then 8 keys, then 8 elems, then an overflow
 * pointer), a per-map random seed, load factor 6.5. Growth differs: when
 * the map is too full (or has too many overflow buckets) it is rehashed
 * at once into a fresh array (amortised O(1)); the old array is never
 * written again, so an iteration that started before keeps walking its
 * snapshot and checks each key against the current map (Go's rule: every
 * entry present for the whole iteration is produced exactly once).
 * Buckets of maps without pointers are noscan memory (see newbuckets).
 * Calls and layouts: docs/abi.md §9. */
#include "lang.h"

#define BUCKETCNT 8
#define DATAOFF 8
#define EMPTY_REST 0    /* this slot and all later ones (and overflows) are empty */
#define EMPTY_ONE 1     /* this slot is empty */
#define MINTOPHASH 5
#define F_INDIRECTKEY 1
#define F_INDIRECTELEM 2
#define F_REFLEXIVE 4
#define F_NEEDKEYUPDATE 8
#define F_HASHMIGHTPANIC 16
#define ZEROSIZE 1024
#define HASHWRITING 4   /* hmap.flags: a write is in progress (Go's detection of racing writes) */

_Static_assert(sizeof(struct hiter) == 96, "compiled code allocates 96-byte hiters (docs/abi.md §9)");
_Static_assert(sizeof(struct maptype) == 88, "maptype layout (docs/abi.md §9)");

typedef struct maptype maptype;
typedef struct hmap hmap;
typedef uint8_t bmap;

static const uint8_t rt_zeroval[ZEROSIZE];
static uint8_t *rt_bigzero;
static uintptr rt_bigzerosize;
static uint32_t rt_bigzerolock;

/* A read-only zero value of at least n bytes (mapaccess of a missing key). */
static void *rt_zeroptr(uintptr n) {
    if (n <= ZEROSIZE)
        return (void *)rt_zeroval;
    rt_lock(&rt_bigzerolock);
    if (n > rt_bigzerosize) {
        rt_bigzero = rt_mallocgc(n);
        rt_bigzerosize = n;
    }
    void *p = rt_bigzero;
    rt_unlock(&rt_bigzerolock);
    return p;
}

static inline uint8_t *tophashes(bmap *b) { return b; }
static inline uint8_t *kslot(const maptype *t, bmap *b, int i) { return b + DATAOFF + i * t->keysize; }
static inline uint8_t *eslot(const maptype *t, bmap *b, int i) {
    return b + DATAOFF + BUCKETCNT * t->keysize + i * t->elemsize;
}
static inline bmap **ovfptr(const maptype *t, bmap *b) { return (bmap **)(b + t->bucketsize - 8); }
static inline void *kval(const maptype *t, uint8_t *k) { return (t->flags & F_INDIRECTKEY) ? *(void **)k : k; }
static inline void *evalp(const maptype *t, uint8_t *e) { return (t->flags & F_INDIRECTELEM) ? *(void **)e : e; }
static inline bmap *bucketat(const maptype *t, void *buckets, uintptr i) {
    return (bmap *)buckets + i * t->bucketsize;
}

static inline uint8_t tophash(uintptr h) {
    uint8_t top = (uint8_t)(h >> 56);
    return top < MINTOPHASH ? top + MINTOPHASH : top;
}

static inline uintptr hashkey(const maptype *t, const void *key, uint32_t seed) {
    if (t->hasher)
        return ((uintptr(*)(const void *, uintptr, const rt_type_t *))t->hasher)(key, seed, t->key);
    return rt_typehash(t->key, key, seed);
}

static inline int keyeq(const maptype *t, const void *a, const void *b) {
    const rt_type_t *kt = t->key;
    uint8_t kind = kt->kind & const_kindMask;
    if (kind == const_kindString) {
        const rt_string *x = a, *y = b;
        return x->n == y->n && (x->p == y->p || memcmp(x->p, y->p, (size_t)x->n) == 0);
    }
    if (kt->size == 8 && kind != const_kindFloat64 && kind != const_kindComplex64 && kind != const_kindInterface &&
        kind != const_kindStruct && kind != const_kindArray)
        return *(const uint64_t *)a == *(const uint64_t *)b;
    return rt_typeequal(kt, a, b);
}

static inline int overload(intptr_t count, uint8_t B) {
    return count > BUCKETCNT && (uintptr)count > 13 * (((uintptr)1 << B) / 2);
}

static inline int toomanyoverflow(uint16_t noverflow, uint8_t B) {
    if (B > 15)
        B = 15;
    return noverflow >= ((uint16_t)1 << B);
}

/* Maps whose keys and elems hold no pointers keep their buckets in noscan
 * memory, which the collector does not read. Their overflow buckets, only
 * pointed at from that memory, are kept alive by a holder in h->extra (one
 * per bucket array, as Go's extra.overflow); an iteration keeps the holder
 * of its snapshot. */
struct ovfholder {
    void **p;
    uintptr n, cap;
};

static const struct _type rt_noptrword = {.size = 8, .align = 8, .fieldAlign = 8, .kind = const_kindUintptr};

static inline int noscan(const maptype *t) {
    return !(t->flags & (F_INDIRECTKEY | F_INDIRECTELEM)) && t->key->ptrdata == 0 && t->elem->ptrdata == 0;
}

static void *bucketmem(const maptype *t, uintptr size) {
    return noscan(t) ? rt_mallocgc_typed(size, &rt_noptrword, 1) : rt_mallocgc(size);
}

/* A new bucket array for h (and, for noscan maps, its holder, made at
 * once so that an iteration can keep it before any overflow exists). */
static void *newbuckets(const maptype *t, hmap *h) {
    h->extra = noscan(t) ? rt_mallocgc(sizeof(struct ovfholder)) : NULL;
    return bucketmem(t, ((uintptr)1 << h->B) * t->bucketsize);
}

static void keepalive(hmap *h, bmap *ovf) {
    struct ovfholder *o = h->extra;
    if (o->n == o->cap) {
        uintptr cap = o->cap ? 2 * o->cap : 8;
        void **p = rt_mallocgc(cap * sizeof *p);
        memcpy(p, o->p, o->n * sizeof *p);
        o->p = p;
        o->cap = cap;
    }
    o->p[o->n++] = ovf;
}

static bmap *newoverflow(const maptype *t, hmap *h, bmap *b) {
    bmap *ovf = bucketmem(t, t->bucketsize);
    if (noscan(t))
        keepalive(h, ovf);
    if (h->noverflow < 0xffff)
        h->noverflow++;
    *ovfptr(t, b) = ovf;
    return ovf;
}

/* ---- creation */

static uint8_t bucketshift(intptr_t hint) {
    uint8_t B = 0;
    while (overload(hint, B))
        B++;
    return B;
}

hmap *rt_makemap(const maptype *t, intptr_t hint, hmap *h) __asm__("runtime.makemap");
hmap *rt_makemap(const maptype *t, intptr_t hint, hmap *h) {
    if (hint < 0 || (uintptr)hint > ((uintptr)1 << 48) / t->bucketsize)
        hint = 0;   /* Go 1.19: a hint that is negative or beyond maxAlloc (1<<48) is ignored */
    if (h == NULL)
        h = rt_mallocgc(sizeof *h);
    h->hash0 = rt_fastrand();
    h->B = bucketshift(hint);
    if (h->B != 0)
        h->buckets = newbuckets(t, h);
    return h;
}

hmap *rt_makemap_small(void) __asm__("runtime.makemap_small");
hmap *rt_makemap_small(void) {
    hmap *h = rt_mallocgc(sizeof *h);
    h->hash0 = rt_fastrand();
    return h;
}

/* ---- lookup */

/* The slot holding key, or NULL; *bp and *ip say where it is. */
static int findslot(const maptype *t, hmap *h, const void *key, uintptr hash, bmap **bp, int *ip) {
    uint8_t top = tophash(hash);
    bmap *b = bucketat(t, h->buckets, hash & (((uintptr)1 << h->B) - 1));
    for (; b; b = *ovfptr(t, b)) {
        uint8_t *th = tophashes(b);
        for (int i = 0; i < BUCKETCNT; i++) {
            if (th[i] != top) {
                if (th[i] == EMPTY_REST)
                    return 0;
                continue;
            }
            if (keyeq(t, key, kval(t, kslot(t, b, i)))) {
                *bp = b;
                *ip = i;
                return 1;
            }
        }
    }
    return 0;
}

static void *lookup(const maptype *t, hmap *h, const void *key) {
    if (h == NULL || h->count == 0) {
        if (t->flags & F_HASHMIGHTPANIC)
            hashkey(t, key, 0);
        return NULL;
    }
    if (h->flags & HASHWRITING)
        rt_fatal("concurrent map read and map write");
    bmap *b;
    int i;
    if (!findslot(t, h, key, hashkey(t, key, h->hash0), &b, &i))
        return NULL;
    return evalp(t, eslot(t, b, i));
}

static void startwrite(hmap *h) {
    if (h->flags & HASHWRITING)
        rt_fatal("concurrent map writes");
    h->flags ^= HASHWRITING;
}

static void endwrite(hmap *h) {
    if (!(h->flags & HASHWRITING))
        rt_fatal("concurrent map writes");
    h->flags &= (uint8_t)~HASHWRITING;
}

void *rt_mapaccess1(const maptype *t, hmap *h, const void *key) __asm__("runtime.mapaccess1");
void *rt_mapaccess1(const maptype *t, hmap *h, const void *key) {
    void *e = lookup(t, h, key);
    return e ? e : rt_zeroptr(t->elem->size);
}

struct rt_ptrbool {
    void *p;
    uintptr ok;
};

struct rt_ptrbool rt_mapaccess2(const maptype *t, hmap *h, const void *key) __asm__("runtime.mapaccess2");
struct rt_ptrbool rt_mapaccess2(const maptype *t, hmap *h, const void *key) {
    void *e = lookup(t, h, key);
    if (e)
        return (struct rt_ptrbool){e, 1};
    return (struct rt_ptrbool){rt_zeroptr(t->elem->size), 0};
}

/* ---- growth: rehash everything into a new array */

/* Put an existing (distinct) entry into h's current array. */
static void reinsert(const maptype *t, hmap *h, uint8_t *kslotp, uint8_t *eslotp) {
    uintptr hash = hashkey(t, kval(t, kslotp), h->hash0);
    bmap *b = bucketat(t, h->buckets, hash & (((uintptr)1 << h->B) - 1));
    for (;;) {
        uint8_t *th = tophashes(b);
        for (int i = 0; i < BUCKETCNT; i++) {
            if (th[i] <= EMPTY_ONE) {
                th[i] = tophash(hash);
                memcpy(kslot(t, b, i), kslotp, t->keysize);
                memcpy(eslot(t, b, i), eslotp, t->elemsize);
                return;
            }
        }
        bmap *next = *ovfptr(t, b);
        b = next ? next : newoverflow(t, h, b);
    }
}

static void grow(const maptype *t, hmap *h) {
    void *old = h->buckets;
    void *volatile oldholder = h->extra;    /* the old overflow buckets stay alive while copied */
    uintptr nold = (uintptr)1 << h->B;
    if (overload(h->count + 1, h->B))
        h->B++;
    h->buckets = newbuckets(t, h);
    h->noverflow = 0;
    for (uintptr j = 0; j < nold; j++)
        for (bmap *b = bucketat(t, old, j); b; b = *ovfptr(t, b))
            for (int i = 0; i < BUCKETCNT; i++)
                if (tophashes(b)[i] > EMPTY_ONE)
                    reinsert(t, h, kslot(t, b, i), eslot(t, b, i));
    (void)oldholder;
}

/* ---- assignment and deletion */

void *rt_mapassign(const maptype *t, hmap *h, const void *key) __asm__("runtime.mapassign");
void *rt_mapassign(const maptype *t, hmap *h, const void *key) {
    if (h == NULL)
        rt_panicerrc("\x01" "assignment to entry in nil map");
    uintptr hash = hashkey(t, key, h->hash0);
    startwrite(h);
    if (h->buckets == NULL)
        h->buckets = newbuckets(t, h);
again:;
    bmap *b, *ins = NULL;
    int i, insi = 0;
    if (findslot(t, h, key, hash, &b, &i)) {
        if (t->flags & F_NEEDKEYUPDATE)
            memcpy(kval(t, kslot(t, b, i)), key, t->key->size);
        endwrite(h);
        return evalp(t, eslot(t, b, i));
    }
    if (overload(h->count + 1, h->B) || toomanyoverflow(h->noverflow, h->B)) {
        grow(t, h);
        goto again;
    }
    bmap *last = NULL;
    for (b = bucketat(t, h->buckets, hash & (((uintptr)1 << h->B) - 1)); b && !ins; b = *ovfptr(t, b)) {
        last = b;
        for (i = 0; i < BUCKETCNT; i++)
            if (tophashes(b)[i] <= EMPTY_ONE) {
                ins = b;
                insi = i;
                break;
            }
    }
    if (!ins) {
        ins = newoverflow(t, h, last);
        insi = 0;
    }
    uint8_t *k = kslot(t, ins, insi), *e = eslot(t, ins, insi);
    if (t->flags & F_INDIRECTKEY) {
        *(void **)k = rt_mallocgc(t->key->size);
        k = *(void **)k;
    }
    if (t->flags & F_INDIRECTELEM) {
        *(void **)e = rt_mallocgc(t->elem->size);
        e = *(void **)e;
    }
    memcpy(k, key, t->key->size);
    tophashes(ins)[insi] = tophash(hash);
    h->count++;
    endwrite(h);
    return e;
}

/* After slot i of b became empty: turn the trailing run of empty slots of
 * the chain starting at first into EMPTY_REST, as Go does. */
static void markrest(const maptype *t, bmap *first, bmap *b, int i) {
    if (i == BUCKETCNT - 1) {
        bmap *n = *ovfptr(t, b);
        if (n && tophashes(n)[0] != EMPTY_REST)
            return;
    } else if (tophashes(b)[i + 1] != EMPTY_REST) {
        return;
    }
    for (;;) {
        tophashes(b)[i] = EMPTY_REST;
        if (i == 0) {
            if (b == first)
                return;
            bmap *c = b;
            for (b = first; *ovfptr(t, b) != c; b = *ovfptr(t, b))
                ;
            i = BUCKETCNT - 1;
        } else {
            i--;
        }
        if (tophashes(b)[i] != EMPTY_ONE)
            return;
    }
}

void rt_mapdelete(const maptype *t, hmap *h, const void *key) __asm__("runtime.mapdelete");
void rt_mapdelete(const maptype *t, hmap *h, const void *key) {
    if (h == NULL || h->count == 0) {
        if (t->flags & F_HASHMIGHTPANIC)
            hashkey(t, key, 0);
        return;
    }
    uintptr hash = hashkey(t, key, h->hash0);
    startwrite(h);
    bmap *b;
    int i;
    if (!findslot(t, h, key, hash, &b, &i)) {
        endwrite(h);
        return;
    }
    uint8_t *k = kslot(t, b, i), *e = eslot(t, b, i);
    if (t->flags & F_INDIRECTKEY)
        *(void **)k = NULL;
    else
        memset(k, 0, t->keysize);
    if (t->flags & F_INDIRECTELEM)
        *(void **)e = NULL;
    else
        memset(e, 0, t->elemsize);
    tophashes(b)[i] = EMPTY_ONE;
    markrest(t, bucketat(t, h->buckets, hash & (((uintptr)1 << h->B) - 1)), b, i);
    if (--h->count == 0)
        h->hash0 = rt_fastrand();
    endwrite(h);
}

void rt_mapclear(const maptype *t, hmap *h) __asm__("runtime.mapclear");
void rt_mapclear(const maptype *t, hmap *h) {
    if (h == NULL || h->count == 0)
        return;
    startwrite(h);
    h->count = 0;
    h->noverflow = 0;
    h->hash0 = rt_fastrand();
    h->buckets = newbuckets(t, h);   /* iterations keep the old snapshot */
    endwrite(h);
}

/* ---- iteration */

void rt_mapiternext(struct hiter *it) __asm__("runtime.mapiternext");
void rt_mapiternext(struct hiter *it) {
    const maptype *t = it->t;
    hmap *h = it->h;
    if (h->flags & HASHWRITING)
        rt_fatal("concurrent map iteration and map write");
    uintptr nb = (uintptr)1 << it->B;
    for (;;) {
        if (it->bptr == NULL) {
            if (it->bucket == it->startBucket && it->wrapped) {
                it->key = it->elem = NULL;
                return;
            }
            it->bptr = bucketat(t, it->buckets, it->bucket);
            if (++it->bucket == nb) {
                it->bucket = 0;
                it->wrapped = 1;
            }
            it->i = 0;
        }
        bmap *b = it->bptr;
        for (; it->i < BUCKETCNT; it->i++) {
            int s = (it->i + it->offset) & (BUCKETCNT - 1);
            if (tophashes(b)[s] <= EMPTY_ONE)
                continue;
            void *k = kval(t, kslot(t, b, s)), *e;
            if (it->buckets == h->buckets) {
                e = evalp(t, eslot(t, b, s));
            } else if ((e = lookup(t, h, k)) == NULL) {
                if (keyeq(t, k, k))
                    continue;       /* deleted since the map grew */
                e = evalp(t, eslot(t, b, s));   /* NaN keys stay */
            }
            it->key = k;
            it->elem = e;
            it->i++;
            return;
        }
        it->bptr = *ovfptr(t, b);
        it->i = 0;
    }
}

void rt_mapiterinit(const maptype *t, hmap *h, struct hiter *it) __asm__("runtime.mapiterinit");
void rt_mapiterinit(const maptype *t, hmap *h, struct hiter *it) {
    memset(it, 0, sizeof *it);
    it->t = (maptype *)t;
    it->h = h;
    if (h == NULL || h->count == 0)
        return;
    it->B = h->B;
    it->buckets = h->buckets;
    it->checkBucket = (uintptr)h->extra;     /* keeps the snapshot's overflow buckets alive */
    uint64_t r = rt_fastrand64();
    it->startBucket = r & (((uintptr)1 << h->B) - 1);
    it->offset = (uint8_t)((r >> 32) & (BUCKETCNT - 1));
    it->bucket = it->startBucket;
    rt_mapiternext(it);
}

/* len(m) for callers that prefer a call to reading hmap.count. */
intptr_t rt_maplen(hmap *h) __asm__("runtime.maplen");
intptr_t rt_maplen(hmap *h) {
    return h ? h->count : 0;
}
