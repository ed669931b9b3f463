package main

// select with timeouts: time.After fires when the other case is much slower;
// a fast result wins over a long timeout.

import "time"

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case r := <-slow(200*time.Millisecond, "slow"):
		println("result", r)
	case <-time.After(20 * time.Millisecond):
		println("timeout 1")
	}
	select {
	case r := <-slow(5*time.Millisecond, "fast"):
		println("result", r)
	case <-time.After(300 * time.Millisecond):
		println("timeout 2")
	}
	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	println("timer fired")
	t2 := time.NewTimer(time.Hour)
	println("stopped before firing:", t2.Stop())
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	println("ticks:", n)
}
