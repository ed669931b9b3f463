package sync

import "unsafe"

// A Cond is a rendezvous point for goroutines waiting for or announcing a
// condition. L is held while the condition is checked or changed; Wait
// unlocks it while waiting. A Cond must not be copied after first use.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify notifyList
}

// notifyList is the runtime's list of waiting tickets (runtime/sema.c;
// Go 1.19's layout, which the runtime checks).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

//go:linkname runtime_notifyListAdd sync.runtime_notifyListAdd
func runtime_notifyListAdd(l *notifyList) uint32

//go:linkname runtime_notifyListWait sync.runtime_notifyListWait
func runtime_notifyListWait(l *notifyList, t uint32)

//go:linkname runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func runtime_notifyListNotifyAll(l *notifyList)

//go:linkname runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func runtime_notifyListNotifyOne(l *notifyList)

//go:linkname runtime_notifyListCheck sync.runtime_notifyListCheck
func runtime_notifyListCheck(size uintptr)

func init() {
	var n notifyList
	runtime_notifyListCheck(unsafe.Sizeof(n))
}

// NewCond returns a Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again
// before returning. Callers loop: the condition may be false again by then.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

// noCopy makes go vet's copylocks check flag copies of a Cond.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
