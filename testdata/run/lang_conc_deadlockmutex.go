package main

// Locking a mutex twice from the only goroutine deadlocks.

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("locked once")
	mu.Lock()
}
