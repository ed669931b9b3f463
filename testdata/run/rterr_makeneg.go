package main

// make with a negative length.

func main() {
	n := -1
	s := make([]int, n)
	println(len(s))
}
