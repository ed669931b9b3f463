package main

import (
	"runtime"
	"sync"
	"time"
)

type node struct {
	v    int
	next *node
}

// Several goroutines change the number of Ps at once (one of them also
// collects, another sleeps now and then) while workers allocate lists,
// yield and sleep: every list must keep its values (spans of removed Ps'
// caches stay intact) and every worker must finish.
func main() {
	stop := make(chan bool)
	var resizers sync.WaitGroup
	for r := 0; r < 3; r++ {
		resizers.Add(1)
		go func(r int) {
			defer resizers.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				runtime.GOMAXPROCS((i*7+r)%8 + 1)
				switch {
				case r == 0 && i%40 == 0:
					runtime.GC()
				case r == 1 && i%16 == 0:
					time.Sleep(time.Microsecond)
				}
			}
		}(r)
	}
	var wg sync.WaitGroup
	sums := make([]int, 32)
	for w := range sums {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for round := 0; round < 10; round++ {
				var l *node
				for i := 0; i < 1000; i++ {
					l = &node{i * w, l}
					if i%250 == 0 {
						runtime.Gosched()
					}
				}
				if w%8 == 0 {
					time.Sleep(time.Microsecond)
				}
				for p := l; p != nil; p = p.next {
					sums[w] += p.v
				}
			}
		}(w)
	}
	wg.Wait()
	close(stop)
	resizers.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	println("total", total, "procs ok", runtime.GOMAXPROCS(0) >= 1)
}
