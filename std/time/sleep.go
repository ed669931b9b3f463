package time

import _ "unsafe" // for go:linkname

// Sleep pauses the current goroutine for at least d; d <= 0 returns at
// once. The runtime implements it (runtime.timeSleep, Go's name time.Sleep).
//
//go:linkname Sleep time.Sleep
func Sleep(d Duration)

// runtimeTimer is the runtime's view of a timer; the layout is Go 1.19's
// and runtime/timer.c depends on it. The runtime calls f(arg, seq) from
// its monitor thread when the timer fires; f must not block.
type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr) // a top-level function, not a closure
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

//go:linkname startTimer time.startTimer
func startTimer(t *runtimeTimer)

//go:linkname stopTimer time.stopTimer
func stopTimer(t *runtimeTimer) bool

//go:linkname resetTimer time.resetTimer
func resetTimer(t *runtimeTimer, when int64) bool

// when is the monotonic time d from now, saturated at the largest int64.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// A Timer sends the current time on C once, when it expires (unless it was
// made by AfterFunc, which calls a function instead).
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer returns a Timer that sends the time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing; it reports whether it did (false:
// the timer had already expired or been stopped). It does not drain C.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset makes the timer expire after d; it reports whether the timer had
// been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d))
}

// sendTime is a Timer's and a Ticker's f: send the time unless the last
// one has not been received yet.
func sendTime(c any, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// After returns a channel that receives the time after d.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d; the Timer can stop it.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.when = when(d)
	t.r.f = goFunc
	t.r.arg = f
	startTimer(&t.r)
	return t
}

func goFunc(arg any, seq uintptr) {
	go arg.(func())()
}
