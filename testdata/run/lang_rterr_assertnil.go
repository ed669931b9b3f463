package main

// Type assertion on a nil interface value.

func main() {
	var x interface{}
	s := x.(string)
	println(s)
}
