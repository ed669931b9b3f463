// hello: the smallest program, println of a string constant.
package main

func main() {
	println("hello, world")
}
