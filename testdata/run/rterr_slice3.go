package main

// Slice bounds with a 3-index slice: max beyond capacity, s[::k].

func main() {
	s := make([]byte, 2, 4)
	k := 5
	println(len(s[0:1:k]))
}
