package main

import (
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	pad  [64]byte
}

func main() {
	old := debug.SetGCPercent(1)
	println(old)
	println(debug.SetGCPercent(-5))
	println(debug.SetGCPercent(50))
	println(debug.SetGCPercent(100))
	var keep *node
	for i := 0; i < 200000; i++ {
		n := &node{next: keep}
		if i%1000 == 0 {
			keep = n
		}
	}
	debug.FreeOSMemory()
	runtime.GC()
	c := 0
	for p := keep; p != nil; p = p.next {
		c++
	}
	println(c)
	println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
}
