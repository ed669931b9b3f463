package main

func add(a, b int) int
func mul(a, b int) int { return a * b }

func main() {
	println(add(1, 2), mul(3, 4))
}
