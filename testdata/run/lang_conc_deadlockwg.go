package main

// A WaitGroup that is never done, with other goroutines blocked too.

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	ch := make(chan int)
	go func() {
		defer wg.Done()
		ch <- 1
		ch <- 2
	}()
	println(<-ch)
	wg.Wait()
}
