package main

func two() (int, string)               { return 1, "x" }
func three() (complex64, bool, float64) { return 1i, true, 2.5 }

func main() {
	println(two())
	print(two())
	println()
	println(three())
	defer println(two())
	defer print(three())
}
