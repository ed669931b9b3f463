package main

// runtime.Gosched and runtime.NumGoroutine: the count rises with blocked
// goroutines and falls after they finish.

import (
	"runtime"
	"sync"
)

func main() {
	println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	println("with 10 blocked:", runtime.NumGoroutine())
	var done sync.WaitGroup
	done.Add(10)
	for i := 0; i < 10; i++ {
		go func() {
			<-block
			done.Done()
		}()
	}
	close(block)
	done.Wait()
	for i := 0; i < 100000 && runtime.NumGoroutine() > 1; i++ {
		runtime.Gosched()
	}
	println("after release:", runtime.NumGoroutine())
	// with one P, Gosched yields to a ready goroutine
	runtime.GOMAXPROCS(1)
	flag := false
	go func() { flag = true }()
	for !flag {
		runtime.Gosched()
	}
	println("flag set by other goroutine:", flag)
}
