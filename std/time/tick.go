package time

// A Ticker sends the time on C every period; a slow receiver misses ticks
// rather than queueing them.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker with period d > 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Stop turns the ticker off; C is not closed.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops the ticker and restarts it with period d > 0. (gocc's runtime
// lets a stopped timer be started again; Go's uses modTimer here.)
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(&t.r)
	t.r.when = when(d)
	t.r.period = int64(d)
	startTimer(&t.r)
}

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
