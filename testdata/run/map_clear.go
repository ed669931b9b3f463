package main

import "math"

type S struct{ m map[string]int }

func main() {
	m := map[byte]int{1: 1, 2: 2}
	for k := range m {
		delete(m, k)
	}
	m[0] = 0
	n := 0
	for range m {
		n++
	}
	println(len(m), n)

	k := 0
	mi := map[int]int{42: 0}
	for k = range mi {
		delete(mi, k)
	}
	println(k, len(mi))

	var x int
	f := func() int { x++; return 0 }
	mi = map[int]int{0: 0, 1: 1}
	for k := range mi {
		delete(mi, k+f())
	}
	println(x, len(mi))

	mf := map[float64]int{1: 1, math.NaN(): 2, math.NaN(): 3}
	for k := range mf {
		delete(mf, k)
	}
	println(len(mf))

	me := map[interface{}]int{1: 1, "a": 2, math.NaN(): 3}
	for k := range me {
		delete(me, k)
	}
	println(len(me))

	s := S{map[string]int{"a": 1, "b": 2}}
	for k := range s.m {
		delete(s.m, k)
	}
	println(len(s.m))

	type P struct{ a, b int }
	mp := map[P]bool{{1, 2}: true, {3, 4}: true}
	for k := range mp {
		delete(mp, k)
	}
	println(len(mp))
	var nilm map[string]int
	for k := range nilm {
		delete(nilm, k)
	}
	println(len(nilm))
	alias := map[int]int{1: 1, 2: 2}
	other := alias
	for k := range alias {
		delete(alias, k)
	}
	println(len(other))
}
