package main

import "runtime"

func f(s string) {
	for i := 0; i < 3; i++ {
		println(s, i)
		runtime.Gosched()
	}
}

func main() {
	go f("a")
	go f("b")
	f("m")
	runtime.Gosched()
	runtime.Gosched()
}
