package main

import (
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// mem_park.c for Go 1.19: 50000 goroutines park on a channel receive;
// prints VmRSS, VmPTE and VmHWM while they wait.
func main() {
	const n = 50000
	c := make(chan int)
	var finished int32
	for i := 0; i < n; i++ {
		go func() {
			<-c
			atomic.AddInt32(&finished, 1)
		}()
	}
	time.Sleep(300 * time.Millisecond)
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS") || strings.HasPrefix(l, "VmPTE") || strings.HasPrefix(l, "VmHWM") {
			println("# " + l)
		}
	}
	close(c)
	for atomic.LoadInt32(&finished) != n {
		time.Sleep(time.Millisecond)
	}
	println("done", n)
}
