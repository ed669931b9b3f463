package main

// Slice bounds: low bound greater than high bound, s[i:j].

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 3, 2
	println(len(s[i:j]))
}
