package main

// Comparing interfaces holding uncomparable dynamic types (maps).

func main() {
	var a, b interface{} = map[int]int{}, map[int]int{}
	println(a == b)
}
