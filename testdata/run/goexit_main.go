package main

import (
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		println("other goroutine done")
	}()
	defer println("main deferred")
	runtime.Goexit()
}
