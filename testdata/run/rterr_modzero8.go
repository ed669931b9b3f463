package main

// Remainder by zero on a uint8.

func main() {
	var a, b uint8 = 200, 0
	println(a % b)
}
