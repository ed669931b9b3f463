// Test of gocc/sync with real Go (sh std/verify.sh sync): counters guarded
// by Mutex and RWMutex under contention, WaitGroup, Once, TryLock, and
// the panic messages, compared with Go's sync.
package main

import (
	"fmt"
	"os"
	real "sync"

	ours "gocc/sync"
)

var bad int

func expect(what string, got, want interface{}) {
	if fmt.Sprint(got) != fmt.Sprint(want) {
		bad++
		fmt.Printf("MISMATCH %s: got %v, want %v\n", what, got, want)
	}
}

func panicText(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return ""
}

func main() {
	var mu ours.Mutex
	var rw ours.RWMutex
	var wg ours.WaitGroup
	n, shared := 0, 0
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20000; k++ {
				mu.Lock()
				n++
				mu.Unlock()
				if k%10 == 0 {
					rw.Lock()
					shared++
					rw.Unlock()
				} else {
					rw.RLock()
					_ = shared
					rw.RUnlock()
				}
			}
		}(g)
	}
	wg.Wait()
	expect("Mutex counter", n, 16*20000)
	expect("RWMutex counter", shared, 16*2000)

	var once ours.Once
	calls := 0
	var wg2 ours.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); once.Do(func() { calls++ }) }()
	}
	wg2.Wait()
	expect("Once", calls, 1)

	expect("TryLock free", mu.TryLock(), true)
	expect("TryLock held", mu.TryLock(), false)
	mu.Unlock()
	rw.RLock()
	expect("TryLock with reader", rw.TryLock(), false)
	expect("TryRLock with reader", rw.TryRLock(), true)
	rw.RUnlock()
	rw.RUnlock()
	expect("TryLock free rw", rw.TryLock(), true)
	expect("TryRLock with writer", rw.TryRLock(), false)
	rw.Unlock()

	// Cond: a queue of 1000 items handed from 4 producers to 4 consumers.
	var qmu ours.Mutex
	cond := ours.NewCond(&qmu)
	queue, got := 0, 0
	var cw ours.WaitGroup
	for g := 0; g < 4; g++ {
		cw.Add(2)
		go func() {
			defer cw.Done()
			for k := 0; k < 250; k++ {
				qmu.Lock()
				queue++
				cond.Signal()
				qmu.Unlock()
			}
		}()
		go func() {
			defer cw.Done()
			for k := 0; k < 250; k++ {
				qmu.Lock()
				for queue == 0 {
					cond.Wait()
				}
				queue--
				got++
				qmu.Unlock()
			}
		}()
	}
	cw.Wait()
	expect("Cond items", got, 1000)
	var bmu ours.Mutex
	bc := ours.NewCond(&bmu)
	ready, woke := 0, 0
	var bw ours.WaitGroup
	for g := 0; g < 10; g++ {
		bw.Add(1)
		go func() {
			defer bw.Done()
			bmu.Lock()
			ready++
			bc.Wait()
			woke++
			bmu.Unlock()
		}()
	}
	for {
		bmu.Lock()
		r := ready
		bmu.Unlock()
		if r == 10 {
			break
		}
	}
	bmu.Lock()
	bc.Broadcast()
	bmu.Unlock()
	bw.Wait()
	expect("Broadcast", woke, 10)

	var w1 ours.WaitGroup
	var w2 real.WaitGroup
	expect("negative counter", panicText(func() { w1.Add(-1) }), panicText(func() { w2.Add(-1) }))
	fmt.Printf("sync: %d mismatches\n", bad)
	if bad > 0 {
		os.Exit(1)
	}
}
