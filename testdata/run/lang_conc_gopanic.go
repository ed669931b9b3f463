package main

// A panic in a goroutine other than main crashes the whole program.

import "time"

func main() {
	go func() {
		panic("in goroutine")
	}()
	time.Sleep(time.Second)
	println("not reached")
}
