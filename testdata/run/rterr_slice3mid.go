package main

// Slice bounds with a 3-index slice: high greater than max, s[:j:k].

func main() {
	s := make([]byte, 10)
	j, k := 5, 4
	println(len(s[:j:k]))
}
