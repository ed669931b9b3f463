/* ld_pcln.c - reads the `.gocc.pcln` sections gocc's assembler writes
 * (docs/pcln.md §1) and attaches to every function listed in runtime.functab
 * its pc -> (file, line) rows and its object's file-name table. Records of
 * functions that are not in the table (dropped by deadcode, or a DUPOK copy
 * that was not kept) are skipped. A malformed section is an error naming the
 * object; the rows are checked here so the runtime can trust them. */
#include <string.h>

#include "diag.h"
#include "ld.h"

enum { PCLN_HDR = 16, PCLN_FUNC = 24 };

static uint32_t get32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Reads one LEB128 number at *p (< end); returns -1 when it runs past end or over 64 bits. */
static int ld_leb(const unsigned char **p, const unsigned char *end, uint64_t *v, int sign) {
    uint64_t r = 0;
    int shift = 0;
    unsigned char c;
    do {
        if (*p >= end || shift > 63)
            return -1;
        c = *(*p)++;
        r |= (uint64_t)(c & 0x7f) << shift;
        shift += 7;
    } while (c & 0x80);
    if (sign && shift < 64 && (c & 0x40))
        r |= ~(uint64_t)0 << shift;
    *v = r;
    return 0;
}

/* Do the rows decode exactly to their end, with file indexes below nfiles and pcs within size? */
static int ld_rows_valid(const unsigned char *p, const unsigned char *end, uint32_t nfiles, uint32_t size) {
    uint64_t n, d, file, pc = 0;
    if (ld_leb(&p, end, &n, 0) < 0 || n > (uint64_t)(end - p))
        return 0;
    for (uint64_t i = 0; i < n; i++) {
        if (ld_leb(&p, end, &d, 0) < 0 || ld_leb(&p, end, &file, 0) < 0 || file >= nfiles)
            return 0;
        pc += d;
        if (pc > size || ld_leb(&p, end, &d, 1) < 0)
            return 0;
    }
    return p == end;
}

static LdFileSet *ld_fileset(Ld *ld, ObjSection *s, uint32_t nfuncs, uint32_t nfiles) {
    const unsigned char *p = s->data.data + PCLN_HDR + (uint64_t)nfuncs * PCLN_FUNC;
    const unsigned char *end = s->data.data + s->data.len;
    LdFileSet *fs = ARENA_NEW(ld->arena, LdFileSet);
    fs->names = ARENA_NEWN(ld->arena, const char *, nfiles + 1);
    for (uint32_t i = 0; i < nfiles; i++) {
        const unsigned char *z = p < end ? memchr(p, 0, (size_t)(end - p)) : NULL;
        if (!z)
            return NULL;
        fs->names[i] = (const char *)p;
        p = z + 1;
    }
    fs->n = (int)nfiles;
    return fs;
}

static void ld_pcln_bad(ObjFile *f, const char *why) {
    diag_error((Pos){f->name, 0, 0}, "malformed .gocc.pcln section: %s", why);
}

static void ld_pcln_object(Ld *ld, ObjFile *f, ObjSection *s, StrMap *funcidx) {
    const unsigned char *d = s->data.data;
    if (s->type != SHT_PROGBITS || s->data.len < PCLN_HDR || memcmp(d, "GPLN", 4) || get32(d + 4) != 1) {
        ld_pcln_bad(f, "bad header or version");
        return;
    }
    uint32_t nfuncs = get32(d + 8), nfiles = get32(d + 12);
    if ((uint64_t)nfuncs * PCLN_FUNC > s->data.len - PCLN_HDR) {
        ld_pcln_bad(f, "function records past its end");
        return;
    }
    LdFileSet *fs = ld_fileset(ld, s, nfuncs, nfiles);
    if (!fs) {
        ld_pcln_bad(f, "file names past its end");
        return;
    }
    vec_push(&ld->filesets, fs);
    for (int k = 0; k < s->nrelocs; k++) {
        ObjReloc *r = &s->relocs[k];
        uint64_t rel = r->offset - PCLN_HDR;
        if (r->offset < PCLN_HDR || rel % PCLN_FUNC || rel / PCLN_FUNC >= nfuncs || r->type != R_X86_64_64 || !r->sym) {
            ld_pcln_bad(f, "unexpected relocation");
            return;
        }
        const unsigned char *rec = d + r->offset;
        uint32_t off = get32(rec + 12), len = get32(rec + 16);
        if (off > s->data.len || len > s->data.len - off ||
            !ld_rows_valid(d + off, d + off + len, nfiles, get32(rec + 8))) {
            ld_pcln_bad(f, arena_printf(ld->arena, "bad line table for %s", r->sym->name));
            return;
        }
        intptr_t i = (intptr_t)strmap_getn(funcidx, (const char *)&r->sym, sizeof r->sym);
        if (!i || r->addend != 0)
            continue;
        LdLines *l = ARENA_NEW(ld->arena, LdLines);
        l->rows = d + off;
        l->len = len;
        l->fileset = ld->filesets.len - 1;
        fs->used = 1;
        ld->funclines.items[i - 1] = l;
    }
}

void ld_pcln_collect(Ld *ld) {
    StrMap funcidx = {0};
    for (int i = 0; i < ld->funcs.len; i++) {
        vec_push(&ld->funclines, NULL);
        strmap_putn(&funcidx, (const char *)&ld->funcs.items[i], sizeof(void *), (void *)(intptr_t)(i + 1));
    }
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        for (int s = 0; s < f->nsections; s++)
            if (strcmp(f->sections[s]->name, ".gocc.pcln") == 0)
                ld_pcln_object(ld, f, f->sections[s], &funcidx);
    }
    strmap_free(&funcidx);
}
