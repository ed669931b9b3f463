/* mem_syscall.c - collections while a goroutine is blocked in a system
 * call (runtime.read on standard input, which the test keeps open without
 * data; GOMAXPROCS=2): the stop-the-world takes its P (_Psyscall), the
 * collector scans its stack from entersyscall's frame, and the heap buffer
 * it reads into (referenced only from that goroutine's stack) survives
 * poison mode. */
#include "mem_test.h"

intptr_t rt_read(intptr_t fd, void *p, intptr_t n) __asm__("runtime.read");

static volatile int32_t started;
static uintptr_t hidden;            /* ~buf, for main's check only */

static void reader(void) {
    uint64_t *buf = rt_newobject(64);
    buf[7] = 77;
    hidden = ~(uintptr_t)buf;
    started = 1;
    rt_read(0, buf, 8);             /* blocks: nobody writes */
}

static struct rtt_funcval reader_fv = {reader};

void main_main(void) __asm__("main.main");
void main_main(void) {
    rt_newproc(&reader_fv);
    while (!started)
        rt_Gosched();
    for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 20000; j++)
            rt_newobject(64);
        rt_GC();
    }
    if (((uint64_t *)~hidden)[7] != 77)
        fail("mem_syscall: the reader's buffer was freed during its system call");
    pr("mem_syscall ok\n");
}
