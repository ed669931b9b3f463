/* debug.c - the runtime side of package runtime/debug (std/runtime/debug):
 * reading and replacing the GOGC percentage. */
#include "runtime.h"
#include "malloc.h"

/* rt_debug_setgcpercent sets rt_gcpercent (negative: collection off, kept as
 * -1 as GOGC=off does) and returns the previous value. */
int64_t rt_debug_setgcpercent(int64_t percent) {
    int32_t old = rt_gcpercent;
    rt_gcpercent = percent < 0 ? -1 : (int32_t)percent;
    return old;
}
