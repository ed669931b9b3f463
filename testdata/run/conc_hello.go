package main

// Issue 4's first program, with the sleeps shortened (5 s -> 50 ms, 6 s -> 300 ms).

import "time"

func main() {
	println("Hello, world!")
	go func() {
		println("Hello, goroutine world!")
		time.Sleep(50 * time.Millisecond)
	}()
	time.Sleep(300 * time.Millisecond)
}
