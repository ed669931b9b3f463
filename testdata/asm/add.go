package main

func add(a, b int) int {
	return a + b
}

func add3(a, b, c int64) int64 {
	return a + b + c + 7
}

func sub8(a, b int8) int8 {
	return a - b
}

func main() {
	println(add(1, 2), add3(1, 2, 3), sub8(-128, 1))
}
