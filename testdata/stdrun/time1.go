package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -3 * time.Millisecond, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired", t.Stop())
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after")
	}
}
