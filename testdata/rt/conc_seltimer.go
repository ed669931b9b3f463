package main

import "time"

// A select woken by a timer, also with a nil channel case.
func main() {
	c2 := make(chan int)
	select {
	case <-c2:
		println("c2")
	case <-time.After(5 * time.Millisecond):
		println("timeout")
	}
	var cn chan int
	select {
	case <-cn:
		println("nil")
	case <-time.After(time.Millisecond):
		println("timeout 2")
	}
}
