package main

// Integer division by zero (int64 variable divisor).

func div(a, b int64) int64 { return a / b }

func main() {
	println(div(10, 3))
	println(div(10, 0))
}
