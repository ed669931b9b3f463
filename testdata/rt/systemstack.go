package main

// The output of systemstack.s (which prints 42 from g0's stack, then 7).
func main() {
	println(42)
	println(7)
}
