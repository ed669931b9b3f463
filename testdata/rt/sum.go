package main

import "strings"

func sum(n int, one float64) (int, float64) {
	if n == 0 {
		return 0, 0
	}
	a, b := sum(n-1, one)
	return a + n, b + one
}

func main() {
	a, b := sum(20000, 1.0)
	println(a)
	println(b)
	println("ab" + "cd")
	println(strings.Compare("ab", "abc"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
