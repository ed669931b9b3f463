package main

// Indexing through a nil pointer to an array.

func main() {
	var p *[4]int
	i := 2
	println(len(p))
	println(p[i])
}
