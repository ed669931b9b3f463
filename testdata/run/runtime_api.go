package main

import "runtime"

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	println(m.NumGC-before, runtime.NumGoroutine(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0) > 0, runtime.NumCPU() > 0)
	runtime.Gosched()
	println(m.HeapAlloc > 0, m.HeapSys > 0)
}
