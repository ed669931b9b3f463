package main

// Calling a nil function value.

func main() {
	var f func(int) int
	println(f(1))
}
