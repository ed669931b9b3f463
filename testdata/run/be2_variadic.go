package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	println("n", len(xs), xs == nil)
	return base
}

type P struct{ A, B int }

func pts(ps ...P) int {
	t := 0
	for _, p := range ps {
		t += p.A * p.B
	}
	return t
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func main() {
	println(sum(1))
	println(sum(1, 2, 3))
	s := []int{10, 20}
	println(sum(0, s...))
	println(pts(P{1, 2}, P{3, 4}))
	println(join(", ", "a", "b", "c"), join("-"))
}
