package main

// Slice bounds on a string: s[i:j] with j > len.

func main() {
	s := "hello"
	j := 10
	println(s[1:j])
}
