/* mem_park.c - the idle memory of parked goroutines: NPARK goroutines
 * (default 50000) block in a channel receive; main then reads VmRSS,
 * VmPTE and VmHWM from /proc/self/status and prints them as "# " lines,
 * closes the channel and waits until every goroutine has run to its end.
 * mem_park.go is the same program for Go 1.19 (tests/mem_test.sh,
 * runtime/README.md "Idle memory of a goroutine"). */
#include "mem_test.h"

#ifndef NPARK
#define NPARK 50000
#endif

void *rt_makechan(uintptr_t elemsize, intptr_t size) __asm__("runtime.makechan");
void rt_chanrecv1(void *c, void *elem) __asm__("runtime.chanrecv1");
void rt_closechan(void *c) __asm__("runtime.closechan");
void rt_timeSleep(int64_t ns) __asm__("runtime.timeSleep");

static void *ch;
static int32_t finished;

static void waiter(void) {
    intptr_t v;
    rt_chanrecv1(ch, &v);
    __atomic_add_fetch(&finished, 1, __ATOMIC_ACQ_REL);
}

static struct rtt_funcval waiter_fv = {waiter};

static long sys3(long nr, long a, long b, long c) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

/* Print the lines of /proc/self/status that start with Vm{RSS,PTE,HWM}. */
static void status(void) {
    static char buf[8192];
    long fd = sys3(2, (long)"/proc/self/status", 0, 0), n = 0, r;
    if (fd < 0)
        fail("mem_park: cannot open /proc/self/status");
    while (n < (long)sizeof buf - 1 && (r = sys3(0, fd, (long)buf + n, (long)sizeof buf - 1 - n)) > 0)
        n += r;
    sys3(3, fd, 0, 0);
    for (long i = 0; i < n;) {
        long j = i;
        while (j < n && buf[j] != '\n')
            j++;
        if (j - i > 6 && buf[i] == 'V' && buf[i + 1] == 'm' &&
            ((buf[i + 2] == 'R' && buf[i + 3] == 'S') || (buf[i + 2] == 'P' && buf[i + 3] == 'T') ||
             (buf[i + 2] == 'H' && buf[i + 3] == 'W'))) {
            pr("# ");
            rt_printstring(buf + i, j - i);
            rt_printnl();
        }
        i = j + 1;
    }
}

void main_main(void) __asm__("main.main");
void main_main(void) {
    ch = rt_makechan(8, 0);
    for (int i = 0; i < NPARK; i++)
        rt_newproc(&waiter_fv);
    rt_timeSleep(300 * 1000000);
    status();
    rt_closechan(ch);
    while (__atomic_load_n(&finished, __ATOMIC_ACQUIRE) != NPARK)
        rt_Gosched();
    pr("done ");
    rt_printint(NPARK);
    rt_printnl();
}
