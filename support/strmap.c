/* strmap.c - open-addressing string hash map and the intern table (see strmap.h). */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

static unsigned hash_bytes(const char *s, size_t n) {
    unsigned h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static StrMapEntry *find_slot(StrMap *m, const char *key, size_t n, unsigned h) {
    unsigned mask = (unsigned)m->cap - 1;
    for (unsigned i = h & mask;; i = (i + 1) & mask) {
        StrMapEntry *e = &m->slots[i];
        if (!e->key || (e->hash == h && e->keylen == n && memcmp(e->key, key, n) == 0))
            return e;
    }
}

static void grow(StrMap *m) {
    StrMap bigger = {xcalloc((size_t)(m->cap ? m->cap * 2 : 16), sizeof(StrMapEntry)),
                     m->cap ? m->cap * 2 : 16, m->len};
    for (int i = 0; i < m->cap; i++) {
        StrMapEntry *e = &m->slots[i];
        if (e->key)
            *find_slot(&bigger, e->key, e->keylen, e->hash) = *e;
    }
    free(m->slots);
    *m = bigger;
}

void *strmap_getn(StrMap *m, const char *key, size_t n) {
    if (!m->cap)
        return NULL;
    StrMapEntry *e = find_slot(m, key, n, hash_bytes(key, n));
    return e->key ? e->value : NULL;
}

void *strmap_get(StrMap *m, const char *key) { return strmap_getn(m, key, strlen(key)); }

void *strmap_putn(StrMap *m, const char *key, size_t n, void *value) {
    if ((m->len + 1) * 2 > m->cap)
        grow(m);
    unsigned h = hash_bytes(key, n);
    StrMapEntry *e = find_slot(m, key, n, h);
    if (e->key) {
        void *old = e->value;
        e->value = value;
        return old;
    }
    e->key = arena_strndup(perm_arena, key, n);
    e->keylen = n;
    e->hash = h;
    e->value = value;
    m->len++;
    return NULL;
}

void *strmap_put(StrMap *m, const char *key, void *value) {
    return strmap_putn(m, key, strlen(key), value);
}

void strmap_free(StrMap *m) {
    free(m->slots);
    m->slots = NULL;
    m->cap = m->len = 0;
}

static StrMap intern_table;

const char *internn(const char *s, size_t n) {
    const char *p = strmap_getn(&intern_table, s, n);
    if (p)
        return p;
    strmap_putn(&intern_table, s, n, NULL);
    StrMapEntry *e = find_slot(&intern_table, s, n, hash_bytes(s, n));
    e->value = (void *)e->key;
    return e->key;
}

const char *intern(const char *s) { return internn(s, strlen(s)); }
