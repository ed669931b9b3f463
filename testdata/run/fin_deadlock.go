package main

import (
	"fmt"
	"runtime"
)

type T struct{ a *int }

func main() {
	runtime.SetFinalizer(&T{}, func(*T) {})
	runtime.GC()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	var c chan int
	<-c
}
