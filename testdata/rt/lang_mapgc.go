package main

import "strconv"

// lang_mapgc.go - maps survive garbage collections: heap-allocated string
// keys and pointer values, lots of garbage in between, then a full check.

type V struct {
	n    int
	name string
}

var sink []byte

func main() {
	m := map[string]*V{}
	for i := 0; i < 200000; i++ {
		k := "k" + strconv.Itoa(i)
		m[k] = &V{i, k + "!"}
		if i%16 == 0 {
			sink = make([]byte, 4096)
		}
	}
	for i := 0; i < 200000; i += 2 {
		delete(m, "k"+strconv.Itoa(i))
	}
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 8192)
	}
	bad := 0
	for i := 1; i < 200000; i += 2 {
		k := "k" + strconv.Itoa(i)
		v := m[k]
		if v == nil || v.n != i || v.name != k+"!" {
			bad++
		}
	}
	n := 0
	for k, v := range m {
		if v.name != k+"!" {
			bad++
		}
		n++
	}
	println("entries", len(m), n, "bad", bad)
}
