/* ld_cline.c - line tables for C functions in runtime.functab, from the
 * `.debug_line` sections gcc writes (DWARF 2-5, 32-bit format) in objects
 * without a `.gocc.pcln`. Each unit's line program is run with its
 * relocations applied by hand: DW_LNE_set_address names a section and offset
 * (R_X86_64_64 against a section or function symbol), DWARF 5 file and
 * directory names are .debug_line_str offsets (R_X86_64_32). Rows falling in
 * a function listed in the functab become its row table (docs/pcln.md §2
 * format) with the unit's file names. Anything unexpected in gcc's data
 * leaves the functions without lines; it is never an error. */
#include <stdlib.h>
#include <string.h>

#include "ld.h"

enum { DW_FORM_data1 = 0x0b, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_data8 = 0x07,
       DW_FORM_data16 = 0x1e, DW_FORM_string = 0x08, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f,
       DW_FORM_line_strp = 0x1f, DW_LNCT_path = 1, DW_LNCT_directory_index = 2 };

typedef struct Rd {
    ObjSection *sec, *linestr;
    size_t pos, end;
    int bad;
} Rd;

/* The relocation at offset off of sec, or NULL (relocations sorted by ld_atoms.c). */
static ObjReloc *cl_reloc(ObjSection *sec, uint64_t off) {
    int lo = 0, hi = sec->nrelocs;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (sec->relocs[mid].offset < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sec->nrelocs && sec->relocs[lo].offset == off ? &sec->relocs[lo] : NULL;
}

/* n little-endian bytes plus the value of a relocation there (S = symbol's offset in its section). */
static uint64_t rd_fixed(Rd *r, int n, ObjSection **target) {
    if (r->bad || r->end - r->pos < (size_t)n) {
        r->bad = 1;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)r->sec->data.data[r->pos + i] << (8 * i);
    ObjReloc *rel = cl_reloc(r->sec, r->pos);
    if (rel && rel->sym) {
        v += rel->sym->value + (uint64_t)rel->addend;
        if (target)
            *target = rel->sym->section;
    }
    r->pos += (size_t)n;
    return v;
}

static uint64_t rd_leb(Rd *r, int sign) {
    uint64_t v = 0;
    int shift = 0;
    unsigned char c;
    do {
        if (r->pos >= r->end || shift > 63) {
            r->bad = 1;
            return 0;
        }
        c = r->sec->data.data[r->pos++];
        v |= (uint64_t)(c & 0x7f) << shift;
        shift += 7;
    } while (c & 0x80);
    if (sign && shift < 64 && (c & 0x40))
        v |= ~(uint64_t)0 << shift;
    return v;
}

static const char *rd_cstr(Rd *r) {
    const unsigned char *p = r->sec->data.data + r->pos;
    const unsigned char *z = r->pos < r->end ? memchr(p, 0, r->end - r->pos) : NULL;
    if (!z) {
        r->bad = 1;
        return "";
    }
    r->pos += (size_t)(z - p) + 1;
    return (const char *)p;
}

static const char *rd_linestr(Rd *r) {
    uint64_t off = rd_fixed(r, 4, NULL);
    ObjSection *s = r->linestr;
    if (!s || off >= s->data.len || !memchr(s->data.data + off, 0, s->data.len - off)) {
        r->bad = 1;
        return "";
    }
    return (const char *)s->data.data + off;
}

/* One attribute value of a DWARF 5 entry format: a string, or a number in *num. */
static const char *rd_form(Rd *r, uint64_t form, uint64_t *num) {
    *num = 0;
    switch (form) {
    case DW_FORM_string: return rd_cstr(r);
    case DW_FORM_line_strp: return rd_linestr(r);
    case DW_FORM_udata: *num = rd_leb(r, 0); return NULL;
    case DW_FORM_data1: *num = rd_fixed(r, 1, NULL); return NULL;
    case DW_FORM_data2: *num = rd_fixed(r, 2, NULL); return NULL;
    case DW_FORM_data4: *num = rd_fixed(r, 4, NULL); return NULL;
    case DW_FORM_data8: *num = rd_fixed(r, 8, NULL); return NULL;
    case DW_FORM_data16: rd_fixed(r, 8, NULL); rd_fixed(r, 8, NULL); return NULL;
    default: r->bad = 1; return NULL; /* strp into .debug_str and others: not used by gcc here */
    }
}

typedef struct Names {
    const char **v;
    int n;
} Names;

/* DWARF 5 directory or file table: paths (joined with their directory for files). */
static void rd_table5(Ld *ld, Rd *r, Names *out, const Names *dirs) {
    int nfmt = (int)rd_fixed(r, 1, NULL);
    uint64_t fmt[16][2];
    for (int i = 0; i < nfmt && i < 16; i++) {
        fmt[i][0] = rd_leb(r, 0);
        fmt[i][1] = rd_leb(r, 0);
    }
    uint64_t count = rd_leb(r, 0);
    if (nfmt > 16 || count > r->end - r->pos) {
        r->bad = 1;
        return;
    }
    out->v = ARENA_NEWN(ld->arena, const char *, count + 1);
    for (uint64_t k = 0; k < count && !r->bad; k++) {
        const char *path = "?";
        uint64_t dir = 0, num;
        for (int i = 0; i < nfmt; i++) {
            const char *s = rd_form(r, fmt[i][1], &num);
            if (fmt[i][0] == DW_LNCT_path && s)
                path = s;
            else if (fmt[i][0] == DW_LNCT_directory_index)
                dir = num;
        }
        if (dirs && path[0] != '/' && dir < (uint64_t)dirs->n)
            path = arena_printf(ld->arena, "%s/%s", dirs->v[dir], path);
        out->v[out->n++] = path;
    }
}

/* DWARF 2-4 include_directories and file_names (file 1 is index 0 here). */
static void rd_tables4(Ld *ld, Rd *r, Names *dirs, Names *files) {
    size_t save = r->pos;
    int n = 0;
    while (!r->bad && *rd_cstr(r))
        n++;
    r->pos = save;
    dirs->v = ARENA_NEWN(ld->arena, const char *, n + 2);
    dirs->v[dirs->n++] = ".";
    for (const char *s; !r->bad && *(s = rd_cstr(r));)
        dirs->v[dirs->n++] = s;
    save = r->pos;
    n = 0;
    for (; !r->bad && *rd_cstr(r); n++)
        rd_leb(r, 0), rd_leb(r, 0), rd_leb(r, 0);
    r->pos = save;
    files->v = ARENA_NEWN(ld->arena, const char *, n + 1);
    for (const char *s; !r->bad && *(s = rd_cstr(r));) {
        uint64_t dir = rd_leb(r, 0);
        rd_leb(r, 0), rd_leb(r, 0);
        files->v[files->n++] = s[0] != '/' && dir && dir < (uint64_t)dirs->n
                                   ? arena_printf(ld->arena, "%s/%s", dirs->v[dir], s) : s;
    }
}

typedef struct CRow {
    uint32_t pc;
    int file, line;
} CRow;

/* A listed C function of the object being read, and the rows found for it. */
typedef struct CFn {
    ObjSymbol *sym;
    int idx;              /* in ld->funcs */
    CRow *rows;
    int nrows, cap, fileset;
} CFn;

typedef struct CState {
    Ld *ld;
    CFn *fns;             /* sorted by (section, value) */
    int nfns;
    int fileset, nfiles, filebase;
    ObjSection *prevsec;  /* previous row of the sequence, or NULL */
    uint64_t prevoff;
    int prevfile, prevline;
} CState;

static int cmp_cfn(const void *a, const void *b) {
    const CFn *x = a, *y = b;
    if (x->sym->section != y->sym->section)
        return (uintptr_t)x->sym->section < (uintptr_t)y->sym->section ? -1 : 1;
    return x->sym->value < y->sym->value ? -1 : x->sym->value > y->sym->value;
}

static CFn *cl_func_at(CState *st, ObjSection *sec, uint64_t off) {
    int lo = 0, hi = st->nfns - 1;
    CFn *best = NULL;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        CFn *f = &st->fns[mid];
        if ((uintptr_t)f->sym->section < (uintptr_t)sec ||
            (f->sym->section == sec && f->sym->value <= off)) {
            if (f->sym->section == sec)
                best = f;
            lo = mid + 1;
        } else
            hi = mid - 1;
    }
    return best && off < best->sym->value + best->sym->size ? best : NULL;
}

static void cl_add(CState *st, CFn *f, uint32_t pc, int file, int line) {
    if (f->nrows && f->fileset != st->fileset)
        return;
    f->fileset = st->fileset;
    CRow *last = f->nrows ? &f->rows[f->nrows - 1] : NULL;
    if (last && (pc < last->pc || (last->file == file && last->line == line)))
        return;
    if (last && last->pc == pc) {
        last->file = file;
        last->line = line;
        return;
    }
    if (f->nrows == f->cap) {
        f->cap = f->cap ? 2 * f->cap : 16;
        CRow *n = ARENA_NEWN(st->ld->arena, CRow, f->cap);
        if (f->nrows)
            memcpy(n, f->rows, sizeof(CRow) * (size_t)f->nrows);
        f->rows = n;
    }
    f->rows[f->nrows++] = (CRow){pc, file, line};
}

static void cl_row(CState *st, ObjSection *sec, uint64_t off, uint64_t file, int64_t line) {
    int fi = (int)file - st->filebase;
    if (!sec || fi < 0 || fi >= st->nfiles || line < 0 || line > INT32_MAX)
        return;
    CFn *f = cl_func_at(st, sec, off);
    if (f && !f->nrows && off > f->sym->value && st->prevsec == sec && st->prevoff < f->sym->value)
        cl_add(st, f, 0, st->prevfile, st->prevline); /* the function starts inside the previous row */
    if (f)
        cl_add(st, f, (uint32_t)(off - f->sym->value), fi, (int)line);
    st->prevsec = sec;
    st->prevoff = off;
    st->prevfile = fi;
    st->prevline = (int)line;
}

typedef struct LineHdr {
    int version, minlen, linebase, linerange, opbase;
    unsigned char stdlen[256];
} LineHdr;

/* Runs one line-number program from r->pos to r->end. */
static void cl_program(CState *st, Rd *r, const LineHdr *h) {
    ObjSection *sec = NULL;
    uint64_t addr = 0, file = 1;
    int64_t line = 1;
    while (!r->bad && r->pos < r->end) {
        int op = (int)rd_fixed(r, 1, NULL);
        if (op >= h->opbase) {
            int adj = op - h->opbase;
            addr += (uint64_t)(adj / h->linerange) * (uint64_t)h->minlen;
            line += h->linebase + adj % h->linerange;
            cl_row(st, sec, addr, file, line);
        } else if (op == 0) {
            uint64_t len = rd_leb(r, 0);
            size_t next = r->pos + len;
            if (len == 0 || len > r->end - r->pos)
                return;
            int sub = (int)rd_fixed(r, 1, NULL);
            if (sub == 1) { /* end_sequence */
                sec = NULL, addr = 0, file = 1, line = 1;
                st->prevsec = NULL;
            } else if (sub == 2 && len == 9) {
                sec = NULL;
                addr = rd_fixed(r, 8, &sec);
            }
            r->pos = next;
        } else if (op == 1) {
            cl_row(st, sec, addr, file, line);
        } else if (op == 2) {
            addr += rd_leb(r, 0) * (uint64_t)h->minlen;
        } else if (op == 3) {
            line += (int64_t)rd_leb(r, 1);
        } else if (op == 4) {
            file = rd_leb(r, 0);
        } else if (op == 8) {
            addr += (uint64_t)((255 - h->opbase) / h->linerange) * (uint64_t)h->minlen;
        } else if (op == 9) {
            addr += rd_fixed(r, 2, NULL);
        } else {
            for (int i = 0; i < h->stdlen[op]; i++)
                rd_leb(r, 0);
        }
    }
}

/* The header of the unit at r->pos; leaves r->pos at its program. 0 ok. */
static int cl_header(CState *st, Rd *r, LineHdr *h) {
    Ld *ld = st->ld;
    h->version = (int)rd_fixed(r, 2, NULL);
    if (h->version < 2 || h->version > 5)
        return -1;
    if (h->version >= 5 && (rd_fixed(r, 1, NULL) != 8 || rd_fixed(r, 1, NULL) != 0))
        return -1;
    uint64_t hlen = rd_fixed(r, 4, NULL);
    if (r->bad || hlen > r->end - r->pos)
        return -1;
    size_t prog = r->pos + hlen;
    h->minlen = (int)rd_fixed(r, 1, NULL);
    if (h->version >= 4)
        rd_fixed(r, 1, NULL);
    rd_fixed(r, 1, NULL);
    h->linebase = (signed char)rd_fixed(r, 1, NULL);
    h->linerange = (int)rd_fixed(r, 1, NULL);
    h->opbase = (int)rd_fixed(r, 1, NULL);
    if (h->linerange == 0 || h->opbase == 0)
        return -1;
    for (int i = 1; i < h->opbase; i++)
        h->stdlen[i] = (unsigned char)rd_fixed(r, 1, NULL);
    Names dirs = {0}, files = {0};
    if (h->version >= 5) {
        rd_table5(ld, r, &dirs, NULL);
        rd_table5(ld, r, &files, &dirs);
    } else
        rd_tables4(ld, r, &dirs, &files);
    if (r->bad || files.n == 0)
        return -1;
    LdFileSet *fs = ARENA_NEW(ld->arena, LdFileSet);
    fs->names = files.v;
    fs->n = files.n;
    vec_push(&ld->filesets, fs);
    st->fileset = ld->filesets.len - 1;
    st->nfiles = files.n;
    st->filebase = h->version >= 5 ? 0 : 1;
    r->pos = prog;
    return 0;
}

/* Hands the rows found to the functab (ld->funclines) in docs/pcln.md's encoding. */
static void cl_finish(CState *st) {
    for (int i = 0; i < st->nfns; i++) {
        CFn *f = &st->fns[i];
        if (!f->nrows)
            continue;
        Buf b = {0};
        uint64_t n = (uint64_t)f->nrows;
        do buf_putc(&b, (int)(n & 0x7f) | (n > 0x7f ? 0x80 : 0)); while (n >>= 7);
        uint32_t pc = 0;
        int line = 0;
        for (int k = 0; k < f->nrows; k++) {
            CRow *w = &f->rows[k];
            uint64_t v[2] = {w->pc - pc, (uint64_t)w->file};
            for (int j = 0; j < 2; j++)
                do buf_putc(&b, (int)(v[j] & 0x7f) | (v[j] > 0x7f ? 0x80 : 0)); while (v[j] >>= 7);
            int64_t d = (int64_t)w->line - line;
            for (int more = 1; more;) {
                int c = (int)(d & 0x7f);
                d >>= 7;
                more = !((d == 0 && !(c & 0x40)) || (d == -1 && (c & 0x40)));
                buf_putc(&b, c | (more ? 0x80 : 0));
            }
            pc = w->pc;
            line = w->line;
        }
        LdLines *l = ARENA_NEW(st->ld->arena, LdLines);
        unsigned char *rows = arena_alloc(st->ld->arena, b.len);
        memcpy(rows, b.data, b.len);
        l->rows = rows;
        l->len = (uint32_t)b.len;
        l->fileset = f->fileset;
        VEC_AT(st->ld->filesets, LdFileSet *, f->fileset)->used = 1;
        st->ld->funclines.items[f->idx] = l;
        buf_free(&b);
    }
}

static int cmp_reloc(const void *a, const void *b) {
    const ObjReloc *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static void sort_relocs(ObjSection *s) {
    for (int i = 1; i < s->nrelocs; i++)
        if (s->relocs[i].offset < s->relocs[i - 1].offset) {
            qsort(s->relocs, (size_t)s->nrelocs, sizeof(ObjReloc), cmp_reloc);
            return;
        }
}

static void cl_object(Ld *ld, ObjFile *f, ObjSection *dl, CFn *fns, int nfns) {
    CState st = {.ld = ld, .fns = fns, .nfns = nfns};
    sort_relocs(dl);
    ObjSection *linestr = NULL;
    for (int i = 0; i < f->nsections; i++)
        if (!strcmp(f->sections[i]->name, ".debug_line_str"))
            linestr = f->sections[i];
    if (linestr)
        sort_relocs(linestr);
    Rd r = {dl, linestr, 0, dl->data.len, 0};
    while (!r.bad && r.pos + 4 <= dl->data.len) {
        r.end = dl->data.len;
        uint64_t len = rd_fixed(&r, 4, NULL);
        if (len >= 0xfffffff0u || len > dl->data.len - r.pos)
            break; /* 64-bit DWARF or truncated */
        size_t next = r.pos + len;
        r.end = next;
        LineHdr h;
        if (cl_header(&st, &r, &h) == 0)
            cl_program(&st, &r, &h);
        r.bad = 0;
        r.pos = next;
    }
    cl_finish(&st);
}

/* The .debug_line of f if it is a gcc object (no .gocc.pcln), else NULL. */
static ObjSection *cl_debug_line(ObjFile *f) {
    ObjSection *dl = NULL;
    for (int s = 0; s < f->nsections; s++) {
        if (!strcmp(f->sections[s]->name, ".gocc.pcln"))
            return NULL;
        if (!strcmp(f->sections[s]->name, ".debug_line") && f->sections[s]->type == SHT_PROGBITS)
            dl = f->sections[s];
    }
    return dl;
}

/* Line tables for the listed functions of objects without .gocc.pcln. */
void ld_cline_collect(Ld *ld) {
    StrMap funcidx = {0}; /* ObjSymbol* -> 1 + index in ld->funcs, for functions without lines */
    for (int i = 0; i < ld->funcs.len; i++)
        if (!VEC_AT(ld->funclines, LdLines *, i))
            strmap_putn(&funcidx, (const char *)&ld->funcs.items[i], sizeof(void *), (void *)(intptr_t)(i + 1));
    for (int i = 0; i < ld->objs.len; i++) {
        ObjFile *f = VEC_AT(ld->objs, ObjFile *, i);
        ObjSection *dl = cl_debug_line(f);
        if (!dl)
            continue;
        CFn *mine = ARENA_NEWN(ld->arena, CFn, f->nsymbols + 1);
        int k = 0;
        for (int j = 0; j < f->nsymbols; j++) {
            ObjSymbol *s = f->symbols[j];
            intptr_t idx = (intptr_t)strmap_getn(&funcidx, (const char *)&s, sizeof s);
            if (idx)
                mine[k++] = (CFn){.sym = s, .idx = (int)idx - 1};
        }
        if (!k)
            continue;
        qsort(mine, (size_t)k, sizeof *mine, cmp_cfn);
        cl_object(ld, f, dl, mine, k);
    }
    strmap_free(&funcidx);
}
