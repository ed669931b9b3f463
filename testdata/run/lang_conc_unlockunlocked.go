package main

// Unlocking an unlocked sync.Mutex is a fatal error (not recoverable).

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	println("unlocked once")
	defer func() { println("recover does not help:", recover() == nil) }()
	mu.Unlock()
}
