/* ld_reloc.c - link step 5: apply every live atom's relocations to the image.
 *
 * Math (reference/elf-and-link.md §3; S = symbol address, A = addend,
 * P = address of the field):
 *   64: S+A          PC32, PLT32: S+A-P (int32; no PLT: calls go direct)
 *   32: S+A (uint32) 32S: S+A (int32)          PC64: S+A-P
 *   GOTPCREL, GOTPCRELX, REX_GOTPCRELX: G+A-P with G the address of a .got
 *     slot holding S; `mov foo@GOTPCREL(%rip), %reg` is relaxed to `lea`
 *     (S+A-P) when the relocation type allows it
 *   TPOFF32 against runtime.tlsg: -8+A (g lives at -8(FS), docs/abi.md §5)
 * A value that does not fit its field is an error naming the place. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "ld.h"

const char *ld_reloc_name(uint32_t type) {
    static const char *names[] = {
        [R_X86_64_NONE] = "R_X86_64_NONE", [R_X86_64_64] = "R_X86_64_64",
        [R_X86_64_PC32] = "R_X86_64_PC32", [R_X86_64_GOT32] = "R_X86_64_GOT32",
        [R_X86_64_PLT32] = "R_X86_64_PLT32", [R_X86_64_COPY] = "R_X86_64_COPY",
        [R_X86_64_GLOB_DAT] = "R_X86_64_GLOB_DAT", [R_X86_64_JUMP_SLOT] = "R_X86_64_JUMP_SLOT",
        [R_X86_64_RELATIVE] = "R_X86_64_RELATIVE", [R_X86_64_GOTPCREL] = "R_X86_64_GOTPCREL",
        [R_X86_64_32] = "R_X86_64_32", [R_X86_64_32S] = "R_X86_64_32S", [R_X86_64_16] = "R_X86_64_16",
        [R_X86_64_PC16] = "R_X86_64_PC16", [R_X86_64_8] = "R_X86_64_8", [R_X86_64_PC8] = "R_X86_64_PC8",
        [R_X86_64_DTPMOD64] = "R_X86_64_DTPMOD64", [R_X86_64_DTPOFF64] = "R_X86_64_DTPOFF64",
        [R_X86_64_TPOFF64] = "R_X86_64_TPOFF64", [R_X86_64_TLSGD] = "R_X86_64_TLSGD",
        [R_X86_64_TLSLD] = "R_X86_64_TLSLD", [R_X86_64_DTPOFF32] = "R_X86_64_DTPOFF32",
        [R_X86_64_GOTTPOFF] = "R_X86_64_GOTTPOFF", [R_X86_64_TPOFF32] = "R_X86_64_TPOFF32",
        [R_X86_64_PC64] = "R_X86_64_PC64", [R_X86_64_GOTOFF64] = "R_X86_64_GOTOFF64",
        [R_X86_64_GOTPC32] = "R_X86_64_GOTPC32", [R_X86_64_SIZE32] = "R_X86_64_SIZE32",
        [R_X86_64_SIZE64] = "R_X86_64_SIZE64", [R_X86_64_GOTPCRELX] = "R_X86_64_GOTPCRELX",
        [R_X86_64_REX_GOTPCRELX] = "R_X86_64_REX_GOTPCRELX",
    };
    if (type < sizeof names / sizeof names[0] && names[type])
        return names[type];
    static char buf[32];
    snprintf(buf, sizeof buf, "relocation type %u", type);
    return buf;
}

int ld_is_tls_reloc(uint32_t t) {
    return t == R_X86_64_TPOFF32 || t == R_X86_64_TPOFF64 || t == R_X86_64_GOTTPOFF ||
           t == R_X86_64_TLSGD || t == R_X86_64_TLSLD || t == R_X86_64_DTPOFF32 ||
           t == R_X86_64_DTPOFF64 || t == R_X86_64_DTPMOD64 || t == R_X86_64_GOTPC32_TLSDESC ||
           t == R_X86_64_TLSDESC_CALL;
}

int ld_is_got_reloc(uint32_t t) {
    return t == R_X86_64_GOTPCREL || t == R_X86_64_GOTPCRELX || t == R_X86_64_REX_GOTPCRELX;
}

/* `mov foo@GOTPCREL(%rip), %reg` (opcode 8b) with a RELAX-able type and a
 * target with an address in the image can become `lea foo(%rip), %reg`. */
int ld_got_relaxable(ObjSection *sec, ObjReloc *r) {
    if ((r->type != R_X86_64_GOTPCRELX && r->type != R_X86_64_REX_GOTPCRELX) || r->offset < 2 ||
        !r->sym || sec->data.data[r->offset - 2] != 0x8b)
        return 0;
    LdSym *ls = r->sym->user;
    ObjSymbol *def = ld_target(r->sym);
    return (ls && ls->linkerdef) || (def && def->section);
}

static void put32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t ld_got_addr(Ld *ld, ObjSymbol *ref) {
    void *key = ref->user ? ref->user : (void *)ref;
    intptr_t slot = (intptr_t)strmap_getn(&ld->gotslots, (const char *)&key, sizeof key);
    return ld->out[OUT_GOT].addr + 8 * (uint64_t)(slot - 1);
}

static void ld_range_error(LdAtom *a, ObjReloc *r, int64_t v) {
    diag_error((Pos){a->file->name, 0, 0}, "%s against %s out of range (value %#lx) in %s",
               ld_reloc_name(r->type), r->sym ? r->sym->name : "0", (unsigned long)v,
               ld_where(a->file, a->sec, r->offset));
}

static void ld_apply(Ld *ld, LdAtom *a, ObjReloc *r) {
    uint64_t P = a->addr + (r->offset - a->start), S = 0;
    unsigned char *field = ld->image.data + (P - LD_BASE);
    if (r->sym)
        ld_symaddr(ld, r->sym, &S);
    int64_t A = r->addend, v;
    switch (r->type) {
    case R_X86_64_NONE:
        return;
    case R_X86_64_64:
        put64(field, S + (uint64_t)A);
        return;
    case R_X86_64_PC64:
        put64(field, S + (uint64_t)A - P);
        return;
    case R_X86_64_32:
        v = (int64_t)(S + (uint64_t)A);
        if (v < 0 || v > (int64_t)UINT32_MAX)
            ld_range_error(a, r, v);
        put32(field, (uint32_t)v);
        return;
    case R_X86_64_TPOFF32:
        v = -8 + A;
        break;
    case R_X86_64_GOTPCREL: case R_X86_64_GOTPCRELX: case R_X86_64_REX_GOTPCRELX:
        if (ld_got_relaxable(a->sec, r)) {
            field[-2] = 0x8d;
            v = (int64_t)(S + (uint64_t)A - P);
        } else
            v = (int64_t)(ld_got_addr(ld, r->sym) + (uint64_t)A - P);
        break;
    case R_X86_64_32S:
        v = (int64_t)(S + (uint64_t)A);
        break;
    default: /* PC32, PLT32 */
        v = (int64_t)(S + (uint64_t)A - P);
        break;
    }
    if (v < INT32_MIN || v > INT32_MAX)
        ld_range_error(a, r, v);
    put32(field, (uint32_t)v);
}

static void ld_fill_got(Ld *ld) {
    for (int i = 0; i < ld->got.len; i++) {
        uint64_t S = 0;
        ld_symaddr(ld, VEC_AT(ld->got, ObjSymbol *, i), &S);
        put64(ld->image.data + (ld->out[OUT_GOT].addr - LD_BASE) + 8 * (uint64_t)i, S);
    }
}

int ld_relocate(Ld *ld) {
    int n = 0;
    ld_fill_got(ld);
    if (ld_functab_wanted(ld))
        ld_functab_fill(ld);
    ld_dwarf_relocate(ld);
    for (int k = 0; k < OUT_NKINDS; k++)
        for (int i = 0; i < ld->out[k].atoms.len; i++) {
            LdAtom *a = VEC_AT(ld->out[k].atoms, LdAtom *, i);
            for (int j = 0; j < a->nrelocs; j++)
                ld_apply(ld, a, &a->sec->relocs[a->reloc0 + j]);
            n += a->nrelocs;
        }
    if (ld->verbose)
        fprintf(stderr, "relocate: %d relocations applied\n", n);
    return diag_errors() ? -1 : 0;
}
