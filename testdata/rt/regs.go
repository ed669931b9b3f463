package main

// The sums regs.s computes from the registers it loaded before recursing.
func main() {
	ints := 0
	for i := 1; i <= 11; i++ {
		ints += i
	}
	floats := 0.5
	for i := 1; i <= 14; i++ {
		floats += float64(i)
	}
	println(ints)
	println(floats)
}
