package main

func main() {
	var a interface{} = 1
	var b interface{} = []int{1}
	println(a == b)
	c := interface{}([]int{2})
	println(b == c)
}
