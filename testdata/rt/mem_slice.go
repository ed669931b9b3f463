// The capacities append gives slices of 8-, 1- and 24-byte elements as
// they grow one element at a time to 3000, and make's panics; mem_slice.c
// computes the same with runtime.growslice / makeslice.
package main

type T3 [3]int

func main() {
	var a []int
	c := -1
	for i := 0; i < 3000; i++ {
		a = append(a, i)
		if cap(a) != c {
			c = cap(a)
			print(c, " ")
		}
	}
	println()
	var b []byte
	c = -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != c {
			c = cap(b)
			print(c, " ")
		}
	}
	println()
	var t []T3
	c = -1
	for i := 0; i < 3000; i++ {
		t = append(t, T3{i, i, i})
		if cap(t) != c {
			c = cap(t)
			print(c, " ")
		}
	}
	println()
	ok := 0
	for i := range a {
		if a[i] == i && b[i] == byte(i) && t[i][2] == i {
			ok++
		}
	}
	println("ok", ok)
	n := -1
	_ = make([]int, n)
}
