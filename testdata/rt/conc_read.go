package main

import (
	"os"
	"runtime"
)

// A goroutine blocked reading standard input must not stop the others.
func main() {
	go func() {
		var b [1]byte
		os.Stdin.Read(b[:])
	}()
	runtime.Gosched()
	c := make(chan int)
	go func() {
		for {
			v := <-c
			c <- v
		}
	}()
	i := 0
	for ; i < 1000; i++ {
		c <- i
		<-c
	}
	println("main done", i)
}
