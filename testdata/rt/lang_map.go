package main

import "strconv"

// lang_map.go - what lang_map.c does with the runtime's maps, in Go.
func main() {
	const N = 1000000
	m := make(map[int]int)
	for k := 0; k < N; k++ {
		m[k*7] = k
	}
	bad := 0
	for k := 0; k < N; k++ {
		if m[k*7] != k {
			bad++
		}
	}
	println("int map", len(m), "bad", bad)
	for k := 0; k < N; k += 2 {
		delete(m, k*7)
	}
	_, ok1 := m[7]
	_, ok2 := m[14]
	println("after delete", len(m), ok1, ok2, m[3])
	sum, cnt := 0, 0
	for k, v := range m {
		sum += k - 7*v
		cnt++
	}
	println("range", cnt, sum)
	for k := 0; k < N; k++ {
		m[k*7] += 1
	}
	println("refill", len(m), m[7], m[14])

	s := make(map[string]int, 10)
	for i := 0; i < 100000; i++ {
		s["key"+strconv.Itoa(i)] = i
	}
	bad = 0
	for i := 0; i < 100000; i++ {
		if s["key"+strconv.Itoa(i)] != i {
			bad++
		}
	}
	ln := 0
	for k, v := range s {
		if k != "key"+strconv.Itoa(v) {
			bad++
		}
		ln += len(k)
	}
	println("string map", len(s), "bad", bad, "keybytes", ln)

	// growth during iteration: every old key exactly once
	g := map[int]int{}
	for i := 0; i < 100; i++ {
		g[i] = 0
	}
	seen := 0
	for k := range g {
		if k < 100 {
			seen++
		}
		for j := 0; j < 20; j++ {
			g[1000+k*100+j] = 1
		}
	}
	println("grow while ranging: old keys seen", seen)
	// deletion during iteration
	d := map[int]int{}
	for i := 0; i < 1000; i++ {
		d[i] = i
	}
	visited := 0
	for k := range d {
		visited++
		delete(d, k)
		delete(d, k^1)
	}
	println("delete while ranging", visited, len(d))
	for k := range d {
		println("left", k)
	}
	for i := 0; i < 50; i++ {
		d[i] = i
	}
	for k := range d {
		delete(d, k)
	}
	println("cleared", len(d))

	var nm map[int]int
	v, ok := nm[5]
	println("nil map", len(nm), v, ok)
	for range nm {
		println("never")
	}
	nm[1] = 2
}
