package main

// A worker pool with sync.WaitGroup; results are collected into a slice by
// index, and a mutex-protected total, so the output is order-independent.

import "sync"

func work(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i * i
	}
	return s
}

func main() {
	jobs := make(chan int, 100)
	results := make([]int, 100)
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				r := work(j)
				results[j] = r
				mu.Lock()
				total += r
				mu.Unlock()
			}
		}(w)
	}
	for j := 0; j < 100; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	println("total:", total)
	println("results[10]:", results[10], "results[99]:", results[99])
	check := 0
	for _, r := range results {
		check += r
	}
	println("check:", check == total)
}
