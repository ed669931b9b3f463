package main

// 100k goroutines each sending one value; all are received and summed.

import "sync"

func main() {
	const n = 100000
	ch := make(chan int, 1000)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			ch <- i
		}(i)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum, cnt := 0, 0
	for v := range ch {
		sum += v
		cnt++
	}
	println("count:", cnt, "sum:", sum)
	// a chain of 10000 goroutines passing a token
	first := make(chan int)
	in := first
	for i := 0; i < 10000; i++ {
		out := make(chan int)
		go func(in, out chan int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	println("chain:", <-in)
}
