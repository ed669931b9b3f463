package main

// sync/atomic counters: Add, Load, Store, CompareAndSwap, Swap from many
// goroutines, and the atomic.Int64 type new in Go 1.19.

import (
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
		}()
	}
	wg.Wait()
	println("n:", atomic.LoadInt64(&n), "u:", atomic.LoadUint32(&u))
	var flag int32
	winners := int32(0)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	println("CAS winners:", winners, "flag:", flag)
	var v int64 = 5
	old := atomic.SwapInt64(&v, 9)
	println("swap:", old, v)
	atomic.StoreInt64(&v, -1)
	println("store:", atomic.LoadInt64(&v))
	println("CAS fail:", atomic.CompareAndSwapInt64(&v, 0, 1), v)
	var c atomic.Int64
	c.Add(10)
	c.Add(-3)
	println("atomic.Int64:", c.Load())
	var p uintptr
	atomic.AddUintptr(&p, 3)
	println("uintptr:", atomic.LoadUintptr(&p))
}
