/* ld_load.c - link step 1: read the command line's .o files and archives.
 *
 * Objects named on the command line all take part in the link. Every ELF
 * member of an archive is parsed now and becomes a candidate; the resolve step
 * pulls in a member only when it defines a symbol that is still undefined.
 * Non-ELF members (Go's __.PKGDEF export data) are skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ar.h"
#include "diag.h"
#include "ld.h"

static int is_elf(const unsigned char *p, size_t n) {
    return n >= SELFMAG && memcmp(p, ELFMAG, SELFMAG) == 0;
}

/* Finds an input: as given, else in the -L directories when it has no '/'. */
static const char *ld_find(Ld *ld, const char *name) {
    if (access(name, F_OK) == 0 || strchr(name, '/'))
        return name;
    for (int i = 0; i < ld->libdirs.len; i++) {
        const char *p = arena_printf(ld->arena, "%s/%s", VEC_AT(ld->libdirs, char *, i), name);
        if (access(p, F_OK) == 0)
            return p;
    }
    return name;
}

/* Registers the global definitions of an archive member (first definer wins). */
static void ld_index_member(Ld *ld, LdMember *m) {
    for (int i = 0; i < m->obj->nsymbols; i++) {
        ObjSymbol *s = m->obj->symbols[i];
        if (s->bind == STB_LOCAL || s->shndx == SHN_UNDEF || s->type == STT_SECTION)
            continue;
        if (!strmap_get(&ld->archdefs, s->name))
            strmap_put(&ld->archdefs, s->name, m);
    }
}

static void ld_load_archive(Ld *ld, const char *path, const unsigned char *data, size_t len) {
    ArMember *mem;
    int n;
    if (ar_read(ld->arena, path, data, len, &mem, &n) < 0)
        return;
    for (int i = 0; i < n; i++) {
        if (!is_elf(mem[i].data, mem[i].size))
            continue;
        const char *name = arena_printf(ld->arena, "%s(%s)", path, mem[i].name);
        ObjFile *f = elfobj_read(ld->arena, name, mem[i].data, mem[i].size);
        if (!f)
            continue;
        LdMember *m = ARENA_NEW(ld->arena, LdMember);
        m->obj = f;
        vec_push(&ld->members, m);
        ld_index_member(ld, m);
    }
}

static void ld_load_file(Ld *ld, const char *arg) {
    const char *path = ld_find(ld, arg);
    size_t len;
    unsigned char *data = (unsigned char *)read_file(path, &len);
    if (!data)
        return;
    if (len >= 8 && (memcmp(data, "!<arch>\n", 8) == 0 || memcmp(data, "!<thin>\n", 8) == 0))
        ld_load_archive(ld, path, data, len);
    else if (is_elf(data, len)) {
        ObjFile *f = elfobj_read(ld->arena, path, data, len);
        if (f)
            vec_push(&ld->loaded, f);
    } else
        diag_error((Pos){path, 0, 0}, "not an object file or archive");
    free(data);
}

int ld_load(Ld *ld) {
    for (int i = 0; i < ld->inputs.len; i++)
        ld_load_file(ld, VEC_AT(ld->inputs, char *, i));
    if (ld->verbose)
        fprintf(stderr, "load: %d objects, %d archive members\n", ld->loaded.len, ld->members.len);
    return diag_errors() ? -1 : 0;
}
