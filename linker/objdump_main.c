/* objdump_main.c - `gocc tool objdump [-s symregexp] file`: disassembles the
 * functions of an object, archive or executable in Go's syntax, one instruction a
 * line with its source position, as `go tool objdump` does:
 *
 *   TEXT main.f(SB) /src/f.go
 *     f.go:10	0x4010ce	48c7c003000000	MOVQ $0x3, AX
 *
 * Archives list each ELF member. Decoding is asm/disasm.c's. Positions come from `.gocc.pcln` in objects
 * and from the runtime.functab line tables (docs/pcln.md) in executables;
 * functions without them print `?`. In objects, relocated operands name
 * their symbol. Every offset read from the file is checked. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../asm/asm.h" /* asm_disassemble */
#include "ar.h"
#include "diag.h"
#include "elfobj.h"
#include "tools.h"

typedef struct OdFunc {
    const char *name;
    uint64_t addr, size;
    const unsigned char *code;      /* size bytes */
    const unsigned char *rows, *rowsend;
    const char **files;
    int nfiles;
    ObjSection *sec;                /* objects: for relocations */
    uint64_t filesaddr;             /* executables: address of the file-name pointers */
} OdFunc;

typedef struct Od {
    Vec funcs;                      /* OdFunc* */
    ObjSection *relsec;             /* while printing an object's function */
    uint64_t relbase;
    StrMap bysym;                   /* objects: ObjSymbol* -> OdFunc* */
} Od;

static uint64_t od_get(const unsigned char *p, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static int od_leb(const unsigned char **p, const unsigned char *end, uint64_t *v, int sign) {
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

static int od_cmp(const void *a, const void *b) {
    const OdFunc *x = *(OdFunc *const *)a, *y = *(OdFunc *const *)b;
    return x->addr < y->addr ? -1 : x->addr > y->addr ? 1 : strcmp(x->name, y->name);
}

static void od_sort(Od *od) {
    if (od->funcs.len > 1)
        qsort(od->funcs.items, (size_t)od->funcs.len, sizeof(void *), od_cmp);
}

static int od_cmp_reloc(const void *a, const void *b) {
    const ObjReloc *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Index of the last function starting at or before addr, or -1 (funcs sorted by address). */
static int od_func_at(Od *od, uint64_t addr) {
    int lo = 0, hi = od->funcs.len - 1, best = -1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (VEC_AT(od->funcs, OdFunc *, mid)->addr <= addr) {
            best = mid;
            lo = mid + 1;
        } else
            hi = mid - 1;
    }
    return best;
}

/* ---- objects: functions from the symbols, lines from .gocc.pcln ---- */

static OdFunc *od_find(Od *od, ObjSymbol *s) {
    return strmap_getn(&od->bysym, (const char *)&s, sizeof s);
}

static void od_pcln(Od *od, ObjSection *s) {
    const unsigned char *d = s->data.data, *end = d + s->data.len;
    if (s->data.len < 16 || memcmp(d, "GPLN", 4))
        return;
    uint64_t nfuncs = od_get(d + 8, 4), nfiles = od_get(d + 12, 4);
    if (nfuncs * 24 > s->data.len - 16 || nfiles > s->data.len)
        return;
    const char **files = ARENA_NEWN(perm_arena, const char *, nfiles + 1);
    const unsigned char *p = d + 16 + nfuncs * 24;
    for (uint64_t i = 0; i < nfiles; i++) {
        const unsigned char *z = p < end ? memchr(p, 0, (size_t)(end - p)) : NULL;
        if (!z)
            return;
        files[i] = (const char *)p;
        p = z + 1;
    }
    for (int k = 0; k < s->nrelocs; k++) {
        ObjReloc *r = &s->relocs[k];
        OdFunc *f = r->sym && r->offset >= 16 && r->offset + 24 <= s->data.len ? od_find(od, r->sym) : NULL;
        uint64_t off = f ? od_get(d + r->offset + 12, 4) : 0, len = f ? od_get(d + r->offset + 16, 4) : 0;
        if (!f || off > s->data.len || len > s->data.len - off)
            continue;
        f->rows = d + off;
        f->rowsend = d + off + len;
        f->files = files;
        f->nfiles = (int)nfiles;
    }
}

static int od_object(Od *od, const char *path, const unsigned char *img, size_t len) {
    ObjFile *o = elfobj_read(perm_arena, path, img, len);
    if (!o)
        return -1;
    for (int i = 0; i < o->nsymbols; i++) {
        ObjSymbol *s = o->symbols[i];
        if (s->type != STT_FUNC || !s->section || !(s->section->flags & SHF_EXECINSTR) ||
            s->section->type == SHT_NOBITS || s->value > s->section->data.len ||
            s->size > s->section->data.len - s->value)
            continue;
        OdFunc *f = ARENA_NEW(perm_arena, OdFunc);
        *f = (OdFunc){.name = s->name, .addr = s->value, .size = s->size,
                      .code = s->section->data.data + s->value, .sec = s->section};
        vec_push(&od->funcs, f);
        strmap_putn(&od->bysym, (const char *)&s, sizeof s, f);
    }
    for (int i = 0; i < o->nsections; i++)
        if (o->sections[i]->nrelocs > 1)
            qsort(o->sections[i]->relocs, (size_t)o->sections[i]->nrelocs, sizeof(ObjReloc), od_cmp_reloc);
    od_sort(od);
    for (int i = 0; i < o->nsections; i++)
        if (!strcmp(o->sections[i]->name, ".gocc.pcln"))
            od_pcln(od, o->sections[i]);
    return 0;
}

/* ---- executables: functions from .symtab, lines from .gocc.functab ---- */

typedef struct Exe {
    const unsigned char *img;
    size_t len;
    const Elf64_Shdr *sh;
    int shnum;
} Exe;

/* The file bytes at virtual address addr (at least n of them; *avail gets how many), or NULL. */
static const unsigned char *exe_span(Exe *e, uint64_t addr, uint64_t n, uint64_t *avail) {
    for (int i = 0; i < e->shnum; i++) {
        const Elf64_Shdr *s = &e->sh[i];
        if (!(s->sh_flags & SHF_ALLOC) || s->sh_type == SHT_NOBITS || addr < s->sh_addr ||
            addr - s->sh_addr > s->sh_size || n > s->sh_size - (addr - s->sh_addr))
            continue;
        if (s->sh_offset > e->len || s->sh_size > e->len - s->sh_offset)
            return NULL;
        *avail = s->sh_size - (addr - s->sh_addr);
        return e->img + s->sh_offset + (addr - s->sh_addr);
    }
    return NULL;
}

static const unsigned char *exe_at(Exe *e, uint64_t addr, uint64_t n) {
    uint64_t avail;
    return exe_span(e, addr, n, &avail);
}

static const char *exe_str(Exe *e, uint64_t addr) {
    uint64_t avail;
    const unsigned char *p = exe_span(e, addr, 1, &avail);
    return p && memchr(p, 0, avail) ? (const char *)p : NULL;
}

static void exe_lines(Od *od, Exe *e, const Elf64_Shdr *ft) {
    const unsigned char *t = exe_at(e, ft->sh_addr, 8);
    uint64_t n = t ? od_get(t, 8) : 0;
    if (!t || n > ft->sh_size / 40 || !exe_at(e, ft->sh_addr, 8 + 40 * n))
        return;
    for (uint64_t i = 0; i < n; i++) {
        const unsigned char *ent = t + 8 + 24 * i, *ext = t + 8 + 24 * n + 16 * i;
        uint64_t entry = od_get(ent, 8), lines = od_get(ext, 8), files = od_get(ext + 8, 8);
        int k = lines ? od_func_at(od, entry) : -1;
        for (; k >= 0 && VEC_AT(od->funcs, OdFunc *, k)->addr == entry; k--) {
            OdFunc *f = VEC_AT(od->funcs, OdFunc *, k);
            const unsigned char *rows = exe_at(e, lines, 1);
            if (!rows)
                continue;
            f->rows = rows;
            f->rowsend = e->img + ft->sh_offset + ft->sh_size;
            f->filesaddr = files;
        }
    }
}

static int od_exec(Od *od, const char *path, const unsigned char *img, size_t len) {
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
    Exe e = {img, len, NULL, eh->e_shnum};
    if (eh->e_shoff > len || (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > len - eh->e_shoff ||
        eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shstrndx >= eh->e_shnum) {
        diag_errorf("gocc tool objdump: %s: bad section headers", path);
        return -1;
    }
    e.sh = (const Elf64_Shdr *)(img + eh->e_shoff);
    const Elf64_Shdr *ss = &e.sh[eh->e_shstrndx], *ft = NULL;
    for (int i = 0; i < e.shnum; i++) {
        const Elf64_Shdr *s = &e.sh[i];
        if (s->sh_type == SHT_SYMTAB && s->sh_link < (uint32_t)e.shnum && s->sh_offset <= len &&
            s->sh_size <= len - s->sh_offset) {
            const Elf64_Shdr *st = &e.sh[s->sh_link];
            for (uint64_t k = 0; k < s->sh_size / sizeof(Elf64_Sym); k++) {
                const Elf64_Sym *y = (const Elf64_Sym *)(img + s->sh_offset) + k;
                const unsigned char *code = exe_at(&e, y->st_value, y->st_size);
                if (ELF64_ST_TYPE(y->st_info) != STT_FUNC || !code || y->st_name >= st->sh_size ||
                    st->sh_offset > len || st->sh_size > len - st->sh_offset ||
                    !memchr(img + st->sh_offset + y->st_name, 0, st->sh_size - y->st_name))
                    continue;
                OdFunc *f = ARENA_NEW(perm_arena, OdFunc);
                *f = (OdFunc){.name = (const char *)img + st->sh_offset + y->st_name, .addr = y->st_value,
                              .size = y->st_size, .code = code};
                vec_push(&od->funcs, f);
            }
        }
        if (ss->sh_offset <= len && s->sh_name < ss->sh_size && ss->sh_size <= len - ss->sh_offset &&
            ss->sh_size - s->sh_name >= 14 && !memcmp(img + ss->sh_offset + s->sh_name, ".gocc.functab", 14))
            ft = s;
    }
    od_sort(od);
    if (ft)
        exe_lines(od, &e, ft);
    for (int k = 0; k < od->funcs.len; k++) { /* turn the files arrays into name lists */
        OdFunc *f = VEC_AT(od->funcs, OdFunc *, k);
        if (!f->rows || !f->filesaddr)
            continue;
        uint64_t arr = f->filesaddr;
        f->files = ARENA_NEWN(perm_arena, const char *, 256);
        f->nfiles = 0;
        for (int i = 0; i < 256; i++) {
            const unsigned char *p = exe_at(&e, arr + 8 * (uint64_t)i, 8);
            const char *name = p ? exe_str(&e, od_get(p, 8)) : NULL;
            if (!name)
                break;
            f->files[f->nfiles++] = name;
        }
    }
    return 0;
}

/* ---- printing ---- */

static const char *od_symbolize(void *ctx, uint64_t addr, uint64_t *symaddr) {
    Od *od = ctx;
    /* a relocated field inside the instruction at relbase: CPU target = S + A + (next - P) */
    ObjSection *rs = od->relsec;
    int lo = 0, hi = rs ? rs->nrelocs : 0;
    while (lo < hi) { /* first relocation at or after relbase */
        int mid = lo + (hi - lo) / 2;
        if (rs->relocs[mid].offset < od->relbase)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (rs && lo < rs->nrelocs && rs->relocs[lo].offset < addr && rs->relocs[lo].sym) {
        ObjReloc *r = &rs->relocs[lo];
        *symaddr = r->offset - (uint64_t)r->addend;
        return r->sym->name[0] ? r->sym->name : r->sym->section ? r->sym->section->name : "?";
    }
    int i = od_func_at(od, addr);
    OdFunc *f = i >= 0 ? VEC_AT(od->funcs, OdFunc *, i) : NULL;
    if (f && addr < f->addr + (f->size ? f->size : 1)) {
        *symaddr = f->addr;
        return f->name;
    }
    return NULL;
}

typedef struct Rows {
    const unsigned char *p, *end;
    uint64_t left, nextpc;
    int file, line, cur_file, cur_line, ok;
} Rows;

static void rows_next(Rows *r) {
    uint64_t d, f, l;
    r->cur_file = r->file;
    r->cur_line = r->line;
    if (!r->left || od_leb(&r->p, r->end, &d, 0) < 0 || od_leb(&r->p, r->end, &f, 0) < 0 ||
        od_leb(&r->p, r->end, &l, 1) < 0) {
        r->nextpc = UINT64_MAX;
        return;
    }
    r->left--;
    r->nextpc += d;
    r->file = (int)f;
    r->line += (int)l;
}

static const char *base_name(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static void od_print(Od *od, OdFunc *f) {
    Rows r = {f->rows, f->rowsend, 0, 0, 0, 0, -1, 0, 0};
    if (f->rows && od_leb(&r.p, r.end, &r.left, 0) == 0) {
        r.ok = 1;
        rows_next(&r);
    }
    const char *file0 = r.ok && r.file < f->nfiles ? f->files[r.file] : "?";
    printf("TEXT %s(SB) %s\n", f->name, file0);
    od->relsec = f->sec;
    char text[256];
    for (uint64_t off = 0; off < f->size;) {
        while (r.ok && off >= r.nextpc)
            rows_next(&r);
        od->relbase = f->addr + off;
        int n = asm_disassemble(f->code + off, f->size - off, f->addr + off, od_symbolize, od, text, sizeof text);
        if (r.ok && r.cur_file >= 0 && r.cur_file < f->nfiles)
            printf("  %s:%d\t0x%llx\t", base_name(f->files[r.cur_file]), r.cur_line, (unsigned long long)(f->addr + off));
        else
            printf("  ?\t0x%llx\t", (unsigned long long)(f->addr + off));
        for (int i = 0; i < n; i++)
            printf("%02x", f->code[off + (uint64_t)i]);
        printf("\t%s\n", text);
        off += (uint64_t)n;
    }
    printf("\n");
}

/* Lists the functions of one ELF image (an object, an archive member or an executable). */
static int od_file(const char *name, const unsigned char *img, size_t len, regex_t *re) {
    Od od = {0};
    int type = len >= sizeof(Elf64_Ehdr) && !memcmp(img, ELFMAG, SELFMAG) ? ((const Elf64_Ehdr *)img)->e_type : 0;
    int rc = type == ET_REL ? od_object(&od, name, img, len) : type == ET_EXEC ? od_exec(&od, name, img, len) : -1;
    if (type != ET_REL && type != ET_EXEC)
        diag_errorf("gocc tool objdump: %s: not an ELF object, archive or executable", name);
    for (int i = 0; rc == 0 && i < od.funcs.len; i++) {
        OdFunc *f = VEC_AT(od.funcs, OdFunc *, i);
        if (!re || regexec(re, f->name, 0, NULL, 0) == 0)
            od_print(&od, f);
    }
    vec_free(&od.funcs);
    strmap_free(&od.bysym);
    return rc;
}

/* Every ELF member of an archive (others, such as __.PKGDEF, are skipped). */
static int od_archive(const char *path, const unsigned char *img, size_t len, regex_t *re) {
    ArMember *m;
    int n, rc = 0;
    if (ar_read(perm_arena, path, img, len, &m, &n) < 0)
        return -1;
    for (int i = 0; i < n; i++)
        if (m[i].size >= SELFMAG && !memcmp(m[i].data, ELFMAG, SELFMAG))
            rc |= od_file(arena_printf(perm_arena, "%s(%s)", path, m[i].name), m[i].data, m[i].size, re);
    return rc;
}

static int od_usage(void) {
    fprintf(stderr, "usage: gocc tool objdump [-s symregexp] file\n");
    return 2;
}

int objdump_main(int argc, char **argv) {
    const char *pat = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-s") && i + 1 < argc)
            pat = argv[++i];
        else if (argv[i][0] == '-' || path)
            return od_usage();
        else
            path = argv[i];
    }
    if (!path)
        return od_usage();
    regex_t re;
    if (pat && regcomp(&re, pat, REG_EXTENDED | REG_NOSUB) != 0) {
        fprintf(stderr, "gocc tool objdump: bad -s regexp %s\n", pat);
        return 2;
    }
    size_t len;
    unsigned char *img = (unsigned char *)read_file(path, &len);
    int rc = 1;
    if (img)
        rc = (len >= 8 && !memcmp(img, "!<arch>\n", 8) ? od_archive(path, img, len, pat ? &re : NULL)
                                                       : od_file(path, img, len, pat ? &re : NULL)) ? 1 : 0;
    if (pat)
        regfree(&re);
    free(img);
    return rc;
}
