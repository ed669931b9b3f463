/* nm_main.c - `gocc tool nm [-n] [-S] file...`: lists the symbols of ELF
 * objects, archives of them and executables, in GNU nm's format:
 *   0000000000401000 T name          (defined; -S adds the size after the value)
 *                    U name          (undefined)
 * Letters come from the symbol's section (reference/elf-and-link.md §6):
 * T text, D data, B zero-filled, R read-only, A absolute, C common, U
 * undefined, W/w weak (V/v weak objects); lower case for local symbols. Sorted by name, or by
 * address with -n. The ELF reading here is only the symbol table, with every
 * offset checked, so it works for ET_REL and ET_EXEC alike. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ar.h"
#include "diag.h"
#include "elfobj.h"
#include "tools.h"

typedef struct NmSym {
    const char *name;
    uint64_t value, size;
    char letter;
} NmSym;

static int nm_byaddr, nm_sizes;

static char nm_letter(const Elf64_Sym *s, const Elf64_Shdr *sh, int shnum) {
    int bind = ELF64_ST_BIND(s->st_info), object = ELF64_ST_TYPE(s->st_info) == STT_OBJECT;
    char c;
    if (s->st_shndx == SHN_UNDEF)
        return bind == STB_WEAK ? (object ? 'v' : 'w') : 'U';
    if (s->st_shndx == SHN_ABS)
        c = 'a';
    else if (s->st_shndx == SHN_COMMON)
        return 'C';
    else if (s->st_shndx >= shnum)
        c = '?';
    else if (sh[s->st_shndx].sh_flags & SHF_EXECINSTR)
        c = 't';
    else if (sh[s->st_shndx].sh_type == SHT_NOBITS)
        c = 'b';
    else if (sh[s->st_shndx].sh_flags & SHF_WRITE)
        c = 'd';
    else if (sh[s->st_shndx].sh_flags & SHF_ALLOC)
        c = 'r';
    else
        c = 'n';
    if (bind == STB_WEAK)
        return object ? 'V' : 'W';
    return bind == STB_LOCAL ? c : (char)(c - 'a' + 'A');
}

static int nm_cmp(const void *a, const void *b) {
    const NmSym *x = a, *y = b;
    if (nm_byaddr && x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return strcmp(x->name, y->name);
}

static void nm_print(NmSym *syms, size_t n) {
    qsort(syms, n, sizeof *syms, nm_cmp);
    for (size_t i = 0; i < n; i++) {
        NmSym *s = &syms[i];
        if (s->letter == 'U' || s->letter == 'w' || s->letter == 'v')
            printf("%16s %c %s\n", "", s->letter, s->name);
        else if (nm_sizes && s->size)
            printf("%016lx %016lx %c %s\n", (unsigned long)s->value, (unsigned long)s->size, s->letter, s->name);
        else
            printf("%016lx %c %s\n", (unsigned long)s->value, s->letter, s->name);
    }
}

/* Lists the symbols of one ELF image; returns -1 (after an error) if it is malformed. */
static int nm_elf(const char *name, const unsigned char *d, size_t len) {
    Elf64_Ehdr eh;
    if (len < sizeof eh || memcmp(d, ELFMAG, SELFMAG) || d[EI_CLASS] != ELFCLASS64)
        return diag_errorf("%s: not a 64-bit ELF file", name), -1;
    memcpy(&eh, d, sizeof eh);
    if (eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shoff > len ||
        (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr) > len - eh.e_shoff)
        return diag_errorf("%s: malformed ELF file: bad section header table", name), -1;
    Elf64_Shdr *sh = xmalloc(sizeof(Elf64_Shdr) * (eh.e_shnum + 1u));
    memcpy(sh, d + eh.e_shoff, sizeof(Elf64_Shdr) * eh.e_shnum);
    int st = 0;
    for (int i = 1; i < eh.e_shnum; i++)
        if (sh[i].sh_type == SHT_SYMTAB)
            st = i;
    Elf64_Shdr *ss = &sh[st], *strs = st && ss->sh_link < eh.e_shnum ? &sh[ss->sh_link] : NULL;
    if (!st || !strs || ss->sh_offset > len || ss->sh_size > len - ss->sh_offset ||
        strs->sh_offset > len || strs->sh_size > len - strs->sh_offset) {
        free(sh);
        fprintf(stderr, "gocc tool nm: %s: no symbols\n", name);
        return 0;
    }
    size_t n = ss->sh_size / sizeof(Elf64_Sym), k = 0;
    NmSym *out = xcalloc(n + 1, sizeof *out);
    const char *strtab = (const char *)d + strs->sh_offset;
    for (size_t i = 1; i < n; i++) {
        Elf64_Sym s;
        memcpy(&s, d + ss->sh_offset + i * sizeof s, sizeof s);
        int type = ELF64_ST_TYPE(s.st_info);
        if (type == STT_SECTION || type == STT_FILE || s.st_name >= strs->sh_size ||
            !memchr(strtab + s.st_name, 0, strs->sh_size - s.st_name) || !strtab[s.st_name])
            continue;
        out[k++] = (NmSym){strtab + s.st_name, s.st_value, s.st_size, nm_letter(&s, sh, eh.e_shnum)};
    }
    nm_print(out, k);
    free(out);
    free(sh);
    return 0;
}

static void nm_file(const char *path, int many) {
    size_t len;
    unsigned char *d = (unsigned char *)read_file(path, &len);
    if (!d)
        return;
    if (len >= 8 && memcmp(d, "!<arch>\n", 8) == 0) {
        Arena arena = {0};
        ArMember *m;
        int n;
        if (ar_read(&arena, path, d, len, &m, &n) == 0)
            for (int i = 0; i < n; i++) {
                if (m[i].size < SELFMAG || memcmp(m[i].data, ELFMAG, SELFMAG) != 0)
                    continue;
                printf("\n%s:\n", m[i].name);
                nm_elf(arena_printf(&arena, "%s(%s)", path, m[i].name), m[i].data, m[i].size);
            }
        arena_free(&arena);
    } else {
        if (many)
            printf("\n%s:\n", path);
        nm_elf(path, d, len);
    }
    free(d);
}

int nm_main(int argc, char **argv) {
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "-n") == 0)
            nm_byaddr = 1;
        else if (strcmp(argv[i], "-S") == 0)
            nm_sizes = 1;
        else {
            fprintf(stderr, "usage: gocc tool nm [-n] [-S] file...\n");
            return 2;
        }
    }
    if (i == argc) {
        fprintf(stderr, "usage: gocc tool nm [-n] [-S] file...\n");
        return 2;
    }
    for (int k = i; k < argc; k++)
        nm_file(argv[k], argc - i > 1);
    return diag_errors() ? 1 : 0;
}
