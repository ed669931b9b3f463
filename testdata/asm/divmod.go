package main

func div(a, b int) int {
	return a / b
}

func umod(a, b uint32) uint32 {
	return a % b
}

func shift(x int, s uint) int {
	return x >> s
}

func main() {
	println(div(7, -2), umod(7, 4), shift(-16, 2))
}
