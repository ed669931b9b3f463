package sync

import "sync/atomic"

// A Once runs one function once: the first call of Do runs f, later calls
// (also concurrent ones, which wait for f to finish) do nothing.
type Once struct {
	done uint32 // set after f has returned (or panicked)
	m    Mutex
}

// Do calls f if Do has not been called before on o.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
