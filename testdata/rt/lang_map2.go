package main

import (
	"math"
	"strconv"
)

// lang_map2.go - maps with struct keys, big (indirect) keys and elems,
// float keys (NaN, -0), huge zero values, and the clear idiom.

type K struct {
	a int32
	s string
	f float64
}
type Big [40]int
type BigK [20]int

func main() {
	m := map[K]int{}
	for i := 0; i < 1000; i++ {
		m[K{int32(i), strconv.Itoa(i), float64(i) / 2}] = i
	}
	m[K{7, "7", -0.0}] = -7
	println(len(m), m[K{7, "7", 3.5}], m[K{7, "7", 3.6}], m[K{7, "7", 0}])
	b := map[BigK]Big{}
	for i := 0; i < 500; i++ {
		var k BigK
		k[19] = i
		var v Big
		v[39] = i * 2
		b[k] = v
	}
	var k BigK
	k[19] = 77
	println(len(b), b[k][39])
	k[19] = 1000
	println(b[k][39])
	sum := 0
	for k, v := range b {
		sum += v[39] - k[19]
	}
	println("big sum", sum)
	var h map[int][300]int
	println(h[5][299])
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	f[0] = 3
	f[math.Copysign(0, -1)] = 4
	println(len(f), f[0])
	vs := 0
	for _, v := range f {
		vs += v
	}
	delete(f, math.NaN())
	println(vs, len(f))
	for k := range f {
		delete(f, k)
	}
	println(len(f))
}
