package main

// A goroutine runs while main sleeps; short sleeps order the output.

import "time"

func say(s string, d time.Duration) {
	time.Sleep(d)
	println(s)
}

func main() {
	go say("world", 50*time.Millisecond)
	go say("hello", 10*time.Millisecond)
	println("main started")
	time.Sleep(150 * time.Millisecond)
	println("main done")
}
