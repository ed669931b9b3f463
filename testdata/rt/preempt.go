package main

import "sync/atomic"

var done int64

func worker() { atomic.StoreInt64(&done, 1) }

//go:noinline
func f() {}

func main() {
	go worker()
	for atomic.LoadInt64(&done) == 0 {
		f()
	}
	println("done")
}
