package main

func add3(a int8, b int64, c int32) (int64, bool)
func fma(x, y float64, z float32) float64
func twice(x int) int

func main() {
	r, ok := add3(-3, 1<<40, 7)
	println(r, ok)
	println(fma(1.5, 2, 0.25))
	println(twice(21))
}
