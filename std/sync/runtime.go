// Package sync: mutual exclusion locks (Mutex, RWMutex), WaitGroup, Once
// and Cond, built on sync/atomic and the runtime's semaphores and notify
// lists (runtime/sema.c). Pool and Map are not implemented yet.
package sync

import _ "unsafe" // for go:linkname

// The runtime's side, under the names Go's runtime gives them.

// runtime_Semacquire waits until *s > 0 and then decrements it.
//
//go:linkname runtime_Semacquire sync.runtime_Semacquire
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a Mutex (gocc's
// runtime ignores lifo and skipframes).
//
//go:linkname runtime_SemacquireMutex sync.runtime_SemacquireMutex
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a waiter, if any.
//
//go:linkname runtime_Semrelease sync.runtime_Semrelease
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// fatal reports an unrecoverable misuse: "fatal error: s".
//
//go:linkname fatal sync.fatal
func fatal(s string)

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
