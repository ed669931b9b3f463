package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock; the zero value is unlocked. A Mutex
// must not be copied after first use.
//
// state holds the locked bit and, above it, the number of goroutines that
// sleep (or are about to sleep) on sema. Unlock wakes one sleeper if the
// mutex is still free; the woken goroutine competes for it again.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWaiterShift = 1
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old+1<<mutexWaiterShift) {
			runtime_SemacquireMutex(&m.sema, false, 1)
		}
	}
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked != 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
			return true
		}
	}
}

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error. Any
// goroutine may unlock a Mutex, not only the one that locked it.
func (m *Mutex) Unlock() {
	now := atomic.AddInt32(&m.state, -mutexLocked)
	if (now+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	for {
		old := atomic.LoadInt32(&m.state)
		// No sleepers, or the mutex was taken again: its next Unlock wakes one.
		if old>>mutexWaiterShift == 0 || old&mutexLocked != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old-1<<mutexWaiterShift) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
	}
}
