// funcs: several functions, multiple parameters, multiple results, named
// results with a bare return, results passed straight to another call.
package main

func add3(a, b, c int) int {
	return a + b + c
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func mix(s string, n int, ok bool) string {
	if !ok {
		return "not ok"
	}
	r := ""
	for i := 0; i < n; i++ {
		r = r + s
	}
	return r
}

func pair() (int, int) { return 6, 7 }

func mul(a, b int) int { return a * b }

func noresult(x int) {
	println("noresult got", x)
}

func main() {
	println(add3(1, 2, 3))
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("first", "second")
	println(a, b)
	lo, hi := minmax(5, -3, 9)
	println(lo, hi)
	println(mix("ab", 3, true), mix("x", 1, false))
	println(mul(pair()))
	noresult(add3(mul(2, 3), 4, 5))
	_, r2 := divmod(100, 7)
	println(r2)
}
