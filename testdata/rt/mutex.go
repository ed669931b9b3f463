package main

import "sync"

var (
	mu      sync.Mutex
	counter int
	wg      sync.WaitGroup
)

func worker() {
	for i := 0; i < 10000; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	wg.Add(8)
	for i := 0; i < 8; i++ {
		go worker()
	}
	wg.Wait()
	println(counter)
}
