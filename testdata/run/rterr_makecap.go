package main

// make with len greater than cap.

func main() {
	n, c := 10, 5
	s := make([]int, n, c)
	println(len(s))
}
