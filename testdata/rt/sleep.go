package main

import "time"

func worker() {
	time.Sleep(10 * time.Millisecond)
	println("worker")
}

func main() {
	start := time.Now()
	go worker()
	time.Sleep(30 * time.Millisecond)
	println("main")
	println(time.Since(start) >= 30*time.Millisecond)
}
