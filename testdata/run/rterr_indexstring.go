package main

// Index out of range on a string.

func main() {
	s := "abc"
	n := len(s)
	println(s[n])
}
