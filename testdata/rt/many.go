package main

import (
	"runtime"
	"sync/atomic"
)

var counter int64

func worker() {
	runtime.Gosched()
	runtime.Gosched()
	atomic.AddInt64(&counter, 1)
}

func main() {
	for i := 0; i < 10000; i++ {
		go worker()
	}
	for atomic.LoadInt64(&counter) != 10000 {
		runtime.Gosched()
	}
	println(atomic.LoadInt64(&counter))
}
