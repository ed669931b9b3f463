package main

// Parameters are copies: passing arrays, structs and slices by value,
// modifying parameters, evaluation order of arguments.

type S struct {
	A [3]int
	P *int
	L []int
}

func change(s S) {
	s.A[0] = 100
	*s.P = 200
	s.L[0] = 300
	s.L = append(s.L, 1)
}

var trace []int

func t(n int) int {
	trace = append(trace, n)
	return n
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	v := 1
	s := S{[3]int{1, 2, 3}, &v, []int{9, 9}}
	change(s)
	println("A[0]:", s.A[0], "*P:", *s.P, "L[0]:", s.L[0], "len L:", len(s.L))
	r := three(t(1), t(2), t(3))
	println("r:", r, "trace:", trace[0], trace[1], trace[2])
	trace = nil
	m := map[int]int{}
	m[t(4)] = t(5) + t(6)
	println("map assign trace:", len(trace), trace[0], trace[1], trace[2])
	trace = nil
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9
	println("tuple assign:", i, arr[0], arr[1])
}
