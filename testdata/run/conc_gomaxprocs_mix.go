package main

// GOMAXPROCS changes while goroutines sleep (timers), allocate (and so
// collect), spin in loops without calls (asynchronous preemption), block
// in select with timeouts, and one calls runtime.GC; the results must not
// depend on the schedule.

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type tree struct {
	l, r *tree
}

func mk(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{mk(d - 1), mk(d - 1)}
}

func count(t *tree) int {
	if t.l == nil {
		return 1
	}
	return 1 + count(t.l) + count(t.r)
}

func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i & 7
	}
	return x
}

func main() {
	var wg sync.WaitGroup
	stop := make(chan bool)
	var changes sync.WaitGroup
	changes.Add(1)
	go func() {
		defer changes.Done()
		sizes := []int{3, 1, 8, 2, 5, 1, 4, 7, 2, 6}
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Microsecond):
			}
			runtime.GOMAXPROCS(sizes[i%len(sizes)])
		}
	}()

	results := make([]int, 40)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			switch i % 4 {
			case 0:
				for k := 0; k < 50; k++ {
					time.Sleep(100 * time.Microsecond)
				}
				results[i] = i
			case 1:
				s := 0
				for k := 0; k < 20; k++ {
					s += count(mk(10))
				}
				results[i] = s
			case 2:
				results[i] = spin(20000000)
			case 3:
				c := make(chan int)
				go func() {
					time.Sleep(time.Millisecond)
					c <- i
				}()
				select {
				case v := <-c:
					results[i] = v
				case <-time.After(10 * time.Second):
					results[i] = -1
				}
			}
		}(i)
	}
	runtime.GC()
	wg.Wait()
	close(stop)
	changes.Wait()
	for i := 0; i < 4; i++ {
		fmt.Println(i, results[i], results[i+4], results[36+i])
	}
	runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0))
}
