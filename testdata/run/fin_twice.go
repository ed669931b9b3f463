package main

import (
	"fmt"
	"runtime"
)

type T struct{ a *int }

func main() {
	t := &T{}
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("set once")
	runtime.SetFinalizer(t, func(*T) {})
}
