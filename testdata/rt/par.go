package main

import (
	"runtime"
	"sync/atomic"
)

var counter int64

func worker() {
	for i := 0; i < 200000; i++ {
	}
	atomic.AddInt64(&counter, 1)
}

func main() {
	for i := 0; i < 100; i++ {
		go worker()
	}
	for atomic.LoadInt64(&counter) != 100 {
		runtime.Gosched()
	}
	println(atomic.LoadInt64(&counter))
}
