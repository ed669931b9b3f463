package main

// Negative variable index into a slice.

func main() {
	s := make([]string, 4)
	i := -1
	s[i] = "x"
}
