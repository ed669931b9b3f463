package main

// Goroutines that block and communicate (a pipeline, a mutex-protected
// counter, a WaitGroup) while another goroutine keeps changing GOMAXPROCS
// between 1 and 8; all the work must be done and the sums come out right.

import (
	"fmt"
	"runtime"
	"sync"
)

func stage(in <-chan int, out chan<- int, add int) {
	for v := range in {
		out <- v + add
	}
	close(out)
}

func main() {
	stop := make(chan bool)
	changed := make(chan int)
	go func() {
		n, calls := 1, 0
		for {
			select {
			case <-stop:
				changed <- calls
				return
			default:
			}
			runtime.GOMAXPROCS(n)
			calls++
			n = n%8 + 1
			runtime.Gosched()
		}
	}()

	// A pipeline of 10 stages.
	src := make(chan int)
	var in <-chan int = src
	for s := 0; s < 10; s++ {
		out := make(chan int, s%3)
		go stage(in, out, s)
		in = out
	}
	go func() {
		for i := 0; i < 2000; i++ {
			src <- i
		}
		close(src)
	}()

	// Many goroutines adding to a shared counter under a mutex, and
	// exchanging values through an unbuffered channel.
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	ping := make(chan int)
	for i := 0; i < 200; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				mu.Lock()
				counter += k
				mu.Unlock()
			}
			ping <- i
		}(i)
		go func() {
			defer wg.Done()
			v := <-ping
			mu.Lock()
			counter += v
			mu.Unlock()
		}()
	}

	total := 0
	for v := range in {
		total += v
	}
	wg.Wait()
	stop <- true
	calls := <-changed
	fmt.Println("pipeline", total)
	fmt.Println("counter", counter)
	fmt.Println("changed", calls > 0)
	runtime.GOMAXPROCS(2)
	fmt.Println("procs", runtime.GOMAXPROCS(0))
}
