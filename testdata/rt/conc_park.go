package main

import "time"

// 100000 goroutines park on one channel; close wakes them all.
func main() {
	c, done := make(chan int), make(chan int)
	for i := 0; i < 100000; i++ {
		go func() {
			<-c
			done <- 1
		}()
	}
	time.Sleep(20 * time.Millisecond)
	close(c)
	s := 0
	for i := 0; i < 100000; i++ {
		s += <-done
	}
	println("done", s)
}
