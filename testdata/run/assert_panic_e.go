package main

func main() {
	var x interface{} = "str"
	println(x.(string))
	println(x.(int))
}
