package main

// Indexing a nil slice.

func main() {
	var s []int
	i := 0
	println(len(s))
	s[i] = 1
}
