package sync

import "sync/atomic"

// An RWMutex is a reader/writer lock: any number of readers or one writer.
// A writer that calls Lock keeps new readers out until it has had its turn.
// The zero value is unlocked; an RWMutex must not be copied after first use.
//
// readerCount counts readers; a writer subtracts rwmutexMaxReaders from it,
// so that arriving readers see a negative count and sleep on readerSem,
// and waits on writerSem until the readers that were inside (counted down
// in readerWait) have left.
type RWMutex struct {
	w           Mutex  // held by the writer, excludes other writers
	writerSem   uint32 // the writer waits here for departing readers
	readerSem   uint32 // readers wait here for the writer
	readerCount int32  // readers inside or waiting (minus rwmutexMaxReaders while a writer is active)
	readerWait  int32  // readers the active writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock locks rw for reading if no writer is active; it reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	r := atomic.AddInt32(&rw.readerCount, -1)
	if r >= 0 {
		return
	}
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer waits: the last reader it waits for wakes it.
	if atomic.AddInt32(&rw.readerWait, -1) == 0 {
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing, waiting for the readers inside to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		runtime_SemacquireMutex(&rw.writerSem, false, 0)
	}
}

// TryLock locks rw for writing if it is free; it reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing and lets the waiting readers in.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
