/* ar.h - reading and writing `ar` archives (package archives, runtime.a).
 *
 * Archives we write are GNU-compatible (`ar t`, `nm` read them): a `/` symbol
 * index when members are ELF objects, a `//` long-name table when needed,
 * deterministic headers (mtime/uid/gid 0, mode 644). The member called
 * `__.PKGDEF` holds a package's export data. */
#ifndef SUPPORT_AR_H
#define SUPPORT_AR_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

typedef struct ArMember {
    const char *name;
    const unsigned char *data;
    size_t size;
} ArMember;

/* Parse an archive image; members point into data. Special members (`/`, `//`)
 * are consumed, not returned. Reports malformed input via diag and returns -1. */
int ar_read(Arena *arena, const char *path, const unsigned char *data, size_t len,
            ArMember **members, int *nmembers);
/* Serialise members (in order) into out, with a symbol index for ELF members. */
void ar_write(const ArMember *members, int nmembers, Buf *out);

#endif
