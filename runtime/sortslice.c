/* sortslice.c - runtime.sortSliceOf, the hook std/sort's Slice, SliceStable
 * and SliceIsSorted use instead of reflect's Swapper (std/sort/README.md):
 * the array pointer, length and element size of the slice held in an
 * interface{}. */
#include "lang.h"

_Noreturn void rt_panicstring(const uint8_t *p, intptr_t n) __asm__("runtime.panicstring");

static const char *const rt_kindnames[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
    "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
};

struct rt_sliceof {
    void *array;
    intptr_t len;
    uintptr elemsize;
};

/* The slice in (t, data), or a panic with reflect's ValueError text. */
void rt_sortsliceof(const rt_type_t *t, void *data, struct rt_sliceof *out) {
    unsigned kind = t ? t->kind & 31 : 0;
    if (kind != 23) {
        rt_sb b = {.n = 0};
        rt_sb_cstr(&b, "reflect: call of Swapper on ");
        rt_sb_cstr(&b, kind == 0 ? "zero" : kind < sizeof rt_kindnames / sizeof *rt_kindnames ? rt_kindnames[kind] : "?");
        rt_sb_cstr(&b, " Value");
        rt_string s = rt_sb_done(&b);
        rt_panicstring(s.p, s.n);   /* panic(string): prints as the error would */
    }
    const rt_type_t *elem = ((const struct slicetype *)t)->elem;
    const intptr_t *hdr = data;     /* a slice is never direct: data points at {array, len, cap} */
    out->array = (void *)hdr[0];
    out->len = hdr[1];
    out->elemsize = elem->size;
}
