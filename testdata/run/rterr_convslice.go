package main

// Conversion from a slice to an array pointer with too short a slice (Go 1.17+).

func main() {
	s := []int{1, 2}
	p := (*[4]int)(s)
	println(len(p))
}
