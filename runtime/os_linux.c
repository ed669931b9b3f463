/* os_linux.c - what the runtime learns from Linux at start-up: the command
 * line, the environment, the auxiliary vector (runtime.args) and the number
 * of CPUs (runtime.osinit); the monotonic clock and sleeping. */
#include "runtime.h"

#define RT_AT_NULL 0
#define RT_AT_PAGESZ 6
#define RT_AT_RANDOM 25

int32_t rt_argc;
char **rt_argv;
char **rt_envp;
uintptr rt_physpagesize = 4096;
const uint8_t *rt_startuprandom;    /* 16 random bytes from the kernel */
int32_t rt_ncpu = 1;

/* args(argc, argv): envp follows argv's NULL, auxv follows envp's NULL. */
void rt_args(int32_t argc, char **argv) __asm__("runtime.args");
void rt_args(int32_t argc, char **argv) {
    rt_argc = argc;
    rt_argv = argv;
    rt_envp = argv + argc + 1;
    char **p = rt_envp;
    while (*p)
        p++;
    for (uintptr *auxv = (uintptr *)(p + 1); auxv[0] != RT_AT_NULL; auxv += 2) {
        if (auxv[0] == RT_AT_PAGESZ)
            rt_physpagesize = auxv[1];
        else if (auxv[0] == RT_AT_RANDOM)
            rt_startuprandom = (const uint8_t *)auxv[1];
    }
}

/* The number of CPUs this process may run on. */
static int32_t rt_getproccount(void) {
    uint64_t mask[128];         /* up to 8192 CPUs */
    long n = rt_sys_sched_getaffinity(0, sizeof mask, mask);
    if (n <= 0)
        return 1;
    int32_t count = 0;
    for (long i = 0; i < n / 8; i++)
        for (uint64_t x = mask[i]; x != 0; x &= x - 1)  /* no libgcc popcount */
            count++;
    return count > 0 ? count : 1;
}

void rt_osinit(void) __asm__("runtime.osinit");
void rt_osinit(void) {
    rt_ncpu = rt_getproccount();
}

/* The value of environment variable name, or NULL. */
const char *rt_getenv(const char *name) {
    for (char **e = rt_envp; e && *e; e++) {
        const char *s = *e, *n = name;
        while (*n && *s == *n) {
            s++;
            n++;
        }
        if (*n == 0 && *s == '=')
            return s + 1;
    }
    return NULL;
}

#define RT_CLOCK_MONOTONIC 1

struct rt_timespec {
    long sec, nsec;
};

int64_t rt_nanotime(void) {
    struct rt_timespec ts = {0, 0};
    rt_sys_clock_gettime(RT_CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.sec * 1000000000 + ts.nsec;
}

void rt_usleep(uint32_t us) {
    struct rt_timespec ts = {(long)(us / 1000000), (long)(us % 1000000) * 1000};
    rt_sys_nanosleep(&ts, NULL);
}
