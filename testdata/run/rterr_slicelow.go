package main

// Slice bounds: low bound beyond capacity with an open high bound, s[i:].

func main() {
	s := []int{1, 2, 3}
	i := 4
	println(len(s[i:]))
}
