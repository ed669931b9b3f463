// divzero: dividing by a variable that is zero panics at run time.
package main

var zero int

func div(a, b int) int {
	return a / b
}

func main() {
	println("before")
	println(div(10, zero))
	println("not reached")
}
