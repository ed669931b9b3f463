package main

// select with timeouts (time.After), a timer that is stopped, a ticker,
// a heartbeat loop and time.Since; the margins are wide so that the output
// does not depend on the machine's load.

import "time"

func slow(d time.Duration, v int) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func fetch(c <-chan int, timeout time.Duration) (int, bool) {
	select {
	case v := <-c:
		return v, true
	case <-time.After(timeout):
		return 0, false
	}
}

func main() {
	// the result wins over a long timeout, a short timeout over a slow result
	v, ok := fetch(slow(time.Millisecond, 7), 5*time.Second)
	println("fast:", v, ok)
	v, ok = fetch(slow(2*time.Second, 8), 20*time.Millisecond)
	println("slow:", v, ok)

	// a timer stopped before it fires never sends
	t := time.NewTimer(30 * time.Millisecond)
	println("stopped:", t.Stop())
	select {
	case <-t.C:
		println("fired (wrong)")
	case <-time.After(80 * time.Millisecond):
		println("no fire after Stop")
	}

	// Reset a fired timer
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	println("reset timer fired")

	// a ticker drives a loop until a deadline
	tick := time.NewTicker(2 * time.Millisecond)
	deadline := time.After(3 * time.Second)
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
			if n == 5 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	tick.Stop()
	println("ticks:", n)

	// a select loop with a quit channel and a per-round timeout
	work := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
		}
		close(quit)
	}()
	sum, timeouts := 0, 0
	for done := false; !done; {
		select {
		case w := <-work:
			sum += w
		case <-quit:
			done = true
		case <-time.After(10 * time.Second):
			timeouts++
		}
	}
	println("sum:", sum, "timeouts:", timeouts)

	// elapsed time
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	println("slept at least 15ms:", el >= 15*time.Millisecond, "less than 5s:", el < 5*time.Second)
	println(time.Duration(1500) * time.Millisecond)
	println((90 * time.Second).String(), (2*time.Hour + 3*time.Millisecond).String())
}
