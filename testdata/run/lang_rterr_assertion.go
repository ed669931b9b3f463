package main

// Failed type assertion from interface{} to a concrete type.

func main() {
	var x interface{} = "str"
	n := x.(int)
	println(n)
}
