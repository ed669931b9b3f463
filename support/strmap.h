/* strmap.h - string-keyed hash map and string interning.
 *
 * StrMap maps NUL-terminated or counted strings to void* values (symbol
 * tables, scopes, name lookups). Keys are copied into the map's own storage.
 * intern() returns one canonical copy per distinct string, so interned names
 * can be compared by pointer. */
#ifndef SUPPORT_STRMAP_H
#define SUPPORT_STRMAP_H

#include <stddef.h>

typedef struct StrMapEntry {
    const char *key;
    size_t keylen;
    unsigned hash;
    void *value;
} StrMapEntry;

typedef struct StrMap {
    StrMapEntry *slots;
    int cap, len;       /* cap is a power of two or 0 */
} StrMap;

void *strmap_get(StrMap *m, const char *key);
void *strmap_getn(StrMap *m, const char *key, size_t n);
/* Sets key to value; returns the previous value or NULL. */
void *strmap_put(StrMap *m, const char *key, void *value);
void *strmap_putn(StrMap *m, const char *key, size_t n, void *value);
/* Iterate: for (int i = 0; i < m.cap; i++) if (m.slots[i].key) ... */
void strmap_free(StrMap *m);

const char *intern(const char *s);
const char *internn(const char *s, size_t n);

#endif
