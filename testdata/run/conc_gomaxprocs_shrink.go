// 1000 goroutines are spawned, then GOMAXPROCS(1) at once: the run
// queues of the removed Ps must still run every one of them.
package main

import (
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(8)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := 0
			for j := 0; j <= i%50; j++ {
				s += j
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(i)
	}
	prev := runtime.GOMAXPROCS(1)
	wg.Wait()
	println("prev", prev, "now", runtime.GOMAXPROCS(0), "total", total)
	runtime.GOMAXPROCS(4)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); runtime.Gosched() }()
	}
	runtime.GOMAXPROCS(2)
	wg.Wait()
	println("after", runtime.GOMAXPROCS(0))
}
