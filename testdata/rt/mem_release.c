/* mem_release.c - freed memory goes back to the OS: 150 MiB of live 1 MiB
 * blocks (touched), then dropped; after two collections ReadMemStats must
 * show it in HeapReleased (MADV_DONTNEED after a whole idle cycle) and
 * HeapInuse small again. */
#include "mem_test.h"

static const struct rtt_type byte_t = {.size = 1, .align = 1, .fieldalign = 1, .kind = 8};
void *mem_release_blocks[150];    /* global: the stores must happen */
#define blocks mem_release_blocks

void main_main(void) __asm__("main.main");
void main_main(void) {
    for (int i = 0; i < 150; i++) {
        char *b = rt_makeslice(&byte_t, 1 << 20, 1 << 20);
        for (int k = 0; k < (1 << 20); k += 4096)
            b[k] = 1;
        blocks[i] = b;
    }
    struct rtt_memstats ms;
    rt_ReadMemStats(&ms);
    if (ms.heapinuse < (150u << 20))
        fail("mem_release: blocks not in use");
    for (int i = 0; i < 150; i++)
        blocks[i] = 0;
    rt_GC();
    rt_GC();
    rt_ReadMemStats(&ms);
    if (ms.heapinuse > (8u << 20))
        fail("mem_release: HeapInuse still large after collections");
    if (ms.heapreleased < (140u << 20))
        fail("mem_release: free pages were not returned to the OS");
    pr("mem_release ok\n");
}
