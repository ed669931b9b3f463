package main

import (
	"os"
	"runtime"
)

// Channels under the collector, with a goroutine blocked in a read.
func main() {
	go func() {
		var b [1]byte
		os.Stdin.Read(b[:])
	}()
	runtime.Gosched()
	c := make(chan *[32]int, 64)
	go func() {
		for i := 0; i < 200000; i++ {
			p := new([32]int)
			p[0], p[31] = i, i
			c <- p
		}
		close(c)
	}()
	n, sum, bad := 0, 0, 0
	for p := range c {
		if p[0] != n || p[31] != n {
			bad++
		}
		sum += p[0]
		n++
	}
	println("n", n, "sum", sum, "bad", bad)
}
