package main

// Slice bounds on an array: a[:j] with j > len(array).

func main() {
	var a [4]int
	j := 5
	p := &a
	println(len(p[:j]))
}
