package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Pipelines of goroutines pass numbers along while another goroutine keeps
// changing the number of Ps; every number must arrive exactly once.
func main() {
	const stages, items = 8, 20000
	done := make(chan bool)
	go func() {
		n := 1
		for {
			select {
			case <-done:
				return
			default:
			}
			runtime.GOMAXPROCS(n%8 + 1)
			n++
			runtime.Gosched()
		}
	}()
	var wg sync.WaitGroup
	results := make(chan int, 4)
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			in := make(chan int)
			src := in
			for s := 0; s < stages; s++ {
				out := make(chan int, s%3)
				go func(in <-chan int, out chan<- int) {
					for v := range in {
						out <- v + 1
					}
					close(out)
				}(src, out)
				src = out
			}
			go func() {
				for i := 0; i < items; i++ {
					in <- i
				}
				close(in)
			}()
			sum := 0
			for v := range src {
				sum += v
			}
			results <- sum
		}(p)
	}
	wg.Wait()
	close(done)
	total := 0
	for p := 0; p < 4; p++ {
		total += <-results
	}
	fmt.Println("total", total)
}
