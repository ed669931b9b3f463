package main

// Slice bounds: high bound beyond capacity, s[:j].

func main() {
	s := make([]int, 3, 5)
	j := 6
	println(len(s[:j]))
}
