package main

// runtime.GC called explicitly between allocation phases; live data stays
// intact and finalisation-free.

import "runtime"

type T struct {
	a, b int
	p    *T
}

func main() {
	var keep []*T
	for i := 0; i < 10000; i++ {
		t := &T{a: i, b: i * 2}
		if len(keep) > 0 {
			t.p = keep[len(keep)-1]
		}
		keep = append(keep, t)
		_ = make([]byte, 100)
	}
	runtime.GC()
	s := 0
	for _, t := range keep {
		s += t.b - t.a
		if t.p != nil {
			s -= t.p.a
		}
	}
	runtime.GC()
	println("s:", s, "len:", len(keep))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println("NumGC >= 2:", ms.NumGC >= 2)
}
