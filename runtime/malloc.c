/* malloc.c - the heap, for now: a bump allocator (pre-GC).
 *
 * This is the walking-skeleton allocator: memory comes from the OS in
 * 64 MiB chunks (mmap, so it is zeroed) and is handed out in order, 8- or
 * 16-byte aligned. Nothing is ever freed: there is no garbage collector yet.
 * Objects too big for a chunk get their own mapping. Size classes, per-P
 * caches and the mark-sweep collector (design.md §5) replace this file. */
#include "runtime.h"

#define RT_HEAP_CHUNK (64u << 20)

uintptr rt_zerobase;                 /* address of every zero-sized object */

static uint8_t *rt_heap_next, *rt_heap_end;
static uint32_t rt_heap_lock;

void *rt_sysalloc(uintptr size) {
    long p = rt_sys_mmap(0, size, RT_PROT_READ | RT_PROT_WRITE,
                         RT_MAP_PRIVATE | RT_MAP_ANONYMOUS, -1, 0);
    if (p < 0 && p > -4096)
        rt_fatal("runtime: out of memory");
    return (void *)p;
}

/* Zeroed memory for an object of size bytes. Fresh mappings are zero and
 * nothing is reused, so no clearing is needed. */
void *rt_mallocgc(uintptr size) {
    if (size == 0)
        return &rt_zerobase;
    uintptr align = size >= 16 ? 16 : 8;
    size = (size + align - 1) & ~(align - 1);
    if (size > RT_HEAP_CHUNK / 4)
        return rt_sysalloc((size + 4095) & ~(uintptr)4095);
    rt_lock(&rt_heap_lock);
    uint8_t *p = (uint8_t *)(((uintptr)rt_heap_next + align - 1) & ~(align - 1));
    if (!rt_heap_next || p + size > rt_heap_end) {
        rt_heap_next = rt_sysalloc(RT_HEAP_CHUNK);
        rt_heap_end = rt_heap_next + RT_HEAP_CHUNK;
        p = rt_heap_next;
    }
    rt_heap_next = p + size;
    rt_unlock(&rt_heap_lock);
    return p;
}

/* Runtime structures (g, p, ...) that live for the rest of the process. */
void *rt_persistentalloc(uintptr size) {
    return rt_mallocgc(size);
}

/* newobject(size): what `new(T)` and escaping variables compile to. */
void *rt_newobject(uintptr size) __asm__("runtime.newobject");
void *rt_newobject(uintptr size) {
    return rt_mallocgc(size);
}
