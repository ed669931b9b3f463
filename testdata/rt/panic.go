package main

var i = 5

func main() {
	a := []int{1, 2, 3}
	println(a[i])
}
