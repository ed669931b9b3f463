package main

// Shrinking to one P while 1000 new goroutines still wait in the local run
// queues: they must move to the global queue and all run. Then grow and
// shrink again while they allocate, and check that the memory statistics
// lose nothing.

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	next *node
	val  int
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, i}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.val
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(8)
	var wg sync.WaitGroup
	results := make([]int, 1000)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * 2
		}(i)
	}
	runtime.GOMAXPROCS(1)
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("first", total, runtime.GOMAXPROCS(0))

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for round, n := range []int{6, 1, 4, 2, 8, 1} {
		runtime.GOMAXPROCS(n)
		sums := make([]int, 64)
		for i := range sums {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				sums[i] = sum(build(500 + i))
			}(i)
		}
		if round%2 == 0 {
			runtime.GOMAXPROCS(1)
		}
		wg.Wait()
		t := 0
		for _, s := range sums {
			t += s
		}
		fmt.Println("round", round, t)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew", after.Mallocs-before.Mallocs >= 64*6*500)
	fmt.Println("frees <= mallocs", after.Frees <= after.Mallocs)
	fmt.Println("total grew", after.TotalAlloc-before.TotalAlloc >= 64*6*500*16)
	fmt.Println("live", after.HeapAlloc < after.HeapSys)
}
