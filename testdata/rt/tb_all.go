package main

import "runtime"

func worker() {
	select {}
}

func main() {
	go worker()
	runtime.Gosched()
	panic("boom")
}
