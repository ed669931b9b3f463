package main

// sync.Once runs its function exactly once even when called from many
// goroutines; later Do calls with other functions do nothing.

import "sync"

var once sync.Once
var initCount int

func setup() {
	initCount++
	println("setup running")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(setup)
		}()
	}
	wg.Wait()
	once.Do(func() { println("never") })
	println("initCount:", initCount)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { println("o2 once, i =", i) })
	}
}
