package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isrt := r.(runtime.Error)
		fmt.Println(ok, isrt, err)
	}()
	f()
}

func main() {
	n := -1
	try(func() { _ = make(chan int, n) })
	try(func() { c := make(chan int); close(c); c <- 1 })
	try(func() { var c chan int; close(c) })
	try(func() { c := make(chan int); close(c); close(c) })
	c := make(chan int)
	close(c)
	c <- 1
}
