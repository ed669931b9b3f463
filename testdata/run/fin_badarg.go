package main

import "runtime"

type T struct{ a int }

func main() {
	runtime.SetFinalizer(new(T), func(*int) {})
}
