package main

// Shift by a negative signed count.

func main() {
	x := 1
	n := -3
	println(x << n)
}
