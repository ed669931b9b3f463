package main

import (
	"sync"
	"time"
)

// sync.Cond: Signal wakes one waiter, Broadcast the rest.
func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			c.Wait()
			mu.Unlock()
			done <- 1
		}()
	}
	time.Sleep(5 * time.Millisecond)
	c.Signal()
	<-done
	println("one")
	c.Broadcast()
	<-done
	<-done
	println("all")
}
