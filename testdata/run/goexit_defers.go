package main

// runtime.Goexit ends only the calling goroutine, after running its deferred
// calls; recover returns nil during Goexit.

import (
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup, out *[]string) {
	defer wg.Done()
	defer func() {
		*out = append(*out, "deferred ran, recover nil: "+boolStr(recover() == nil))
	}()
	*out = append(*out, "before Goexit")
	helper()
	*out = append(*out, "not reached")
}

func helper() {
	defer func() { println("helper defer") }()
	runtime.Goexit()
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func main() {
	var wg sync.WaitGroup
	var out []string
	wg.Add(1)
	go worker(&wg, &out)
	wg.Wait()
	for _, s := range out {
		println(s)
	}
	println("main continues")
}
