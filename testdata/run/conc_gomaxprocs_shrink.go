package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Goroutines queued on many Ps when the number of Ps drops to one must all
// still run; then the number grows again and more work spreads out.
func main() {
	runtime.GOMAXPROCS(8)
	var wg sync.WaitGroup
	var count int64
	for round := 0; round < 5; round++ {
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				x := 0
				for k := 0; k < i%50; k++ {
					x += k
				}
				atomic.AddInt64(&count, int64(x%7+1))
			}(i)
		}
		if round%2 == 0 {
			runtime.GOMAXPROCS(1)
		} else {
			runtime.GOMAXPROCS(6)
		}
		wg.Wait()
	}
	fmt.Println(count, runtime.GOMAXPROCS(0), runtime.NumGoroutine())
}
