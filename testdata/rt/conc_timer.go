package main

import "time"

// Timers, Stop, Reset, a Ticker and AfterFunc (the runtime's side of them).
func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	println("timer fired")
	t2 := time.NewTimer(time.Hour)
	println("stop", t2.Stop())
	println("stop again", t2.Stop())
	println("reset", t.Reset(time.Millisecond))
	<-t.C
	println("reset fired")
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for n < 5 {
		<-tk.C
		n++
	}
	tk.Stop()
	println("ticks", n)
	done := make(chan int)
	time.AfterFunc(time.Millisecond, func() { done <- 1 })
	<-done
	println("afterfunc")
}
