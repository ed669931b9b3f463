package main

var calls int

func idx(i int) int {
	calls++
	println("idx", i)
	return i
}

type S struct{ a [3]int8 }

func main() {
	a := []int{1, 2, 3}
	a[idx(1)] += 10
	a[idx(2)]++
	a[idx(0)] <<= 2
	println(a[0], a[1], a[2], calls)
	var s S
	p := &s
	p.a[idx(2)] += 127
	p.a[2]++
	println(s.a[2])
	m := [2]string{"x", "y"}
	m[idx(1)] += "z"
	println(m[1])
	var q *S
	q.a[0]++
}
