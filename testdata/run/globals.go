// globals: package-level constants (typed, untyped, iota) and variables,
// some initialised from function calls and from each other (so the
// initialisation order follows dependencies, not source order).
package main

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const greeting = "hi"
const typed int = 42
const big = 1 << 62

var total = sum(first, second)
var first = 10
var second = double(first)
var name = greeting + " there"
var counter int
var flag bool
var empty string

func sum(a, b int) int {
	counter++
	return a + b
}

func double(x int) int {
	counter++
	return 2 * x
}

func bump() {
	counter += 100
}

func main() {
	println(A, B, C, E)
	println(KB, MB, GB)
	println(greeting, typed, big)
	println(first, second, total, counter)
	println(name, flag, empty == "", len(empty))
	bump()
	println(counter)
	flag = !flag
	empty = "now set"
	println(flag, empty)
}
