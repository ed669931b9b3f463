/* lock_futex.c - sleeping and waking Ms with futexes.
 *
 * A note is a one-shot event: an idle M sleeps in notesleep(&m->park)
 * until another M calls notewakeup; noteclear re-arms it. The key is 0
 * while armed and 1 once woken, so a wake-up that comes before the sleep is
 * not lost (the futex wait returns at once when the key is no longer 0). */
#include "runtime.h"

#define RT_FUTEX_WAIT_PRIVATE 128
#define RT_FUTEX_WAKE_PRIVATE 129

void rt_noteclear(struct note *n) {
    __atomic_store_n(&n->key, 0, __ATOMIC_RELEASE);
}

void rt_notewakeup(struct note *n) {
    if (__atomic_exchange_n(&n->key, 1, __ATOMIC_ACQ_REL) != 0)
        rt_fatal("notewakeup - double wakeup");
    rt_sys_futex(&n->key, RT_FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Block the calling M (on g0) until notewakeup(n). */
void rt_notesleep(struct note *n) {
    while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0)
        rt_sys_futex(&n->key, RT_FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
}
