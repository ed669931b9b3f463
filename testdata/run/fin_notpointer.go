package main

import "runtime"

func main() {
	x := 5
	runtime.SetFinalizer(x, func(int) {})
}
