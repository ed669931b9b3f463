package main

// sync.Cond broadcast wakes all waiters; a channel semaphore limits
// concurrency; results are order-independent.

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woke := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woke++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	println("woke:", woke)
	sem := make(chan struct{}, 3)
	var maxSeen, cur int32
	var m2 sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			m2.Lock()
			cur++
			if cur > maxSeen {
				maxSeen = cur
			}
			m2.Unlock()
			m2.Lock()
			cur--
			m2.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	println("max concurrent <= 3:", maxSeen <= 3, "cur:", cur)
}
