package main

// sync.Mutex protecting a counter and a map from many goroutines; RWMutex
// readers; the final values do not depend on scheduling.

import "sync"

type SafeMap struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *SafeMap) Inc(k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println("counter:", counter)
	sm := &SafeMap{m: map[int]int{}}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				sm.Inc(k)
				_ = sm.Get(k)
			}
		}(i)
	}
	wg.Wait()
	s := 0
	for k := 0; k < 10; k++ {
		s += sm.Get(k)
	}
	println("map total:", s, "key 3:", sm.Get(3))
}
