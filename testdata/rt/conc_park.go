package main

import "time"

// 2000 goroutines park on one channel; close wakes them all
// (runtime/README.md measures the idle memory with 100000).
func main() {
	c, done := make(chan int), make(chan int)
	for i := 0; i < 2000; i++ {
		go func() {
			<-c
			done <- 1
		}()
	}
	time.Sleep(5 * time.Millisecond)
	close(c)
	s := 0
	for i := 0; i < 2000; i++ {
		s += <-done
	}
	println("done", s)
}
