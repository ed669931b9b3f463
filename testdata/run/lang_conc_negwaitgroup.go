package main

// A negative WaitGroup counter panics.

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	println("balanced")
	wg.Done()
}
