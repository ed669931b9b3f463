package main

// println of nil interfaces and nil values; non-nil interfaces print as
// (type,data) addresses, so only their presence is checked here.

type E interface{ M() }

func main() {
	var e interface{}
	var x E
	println(e == nil, x == nil)
	println(e)
	println(x)
	var p *int
	println(p)
	var s []int
	println(s == nil, len(s))
	var m map[int]int
	println(m == nil)
	var f func()
	println(f == nil)
	var c chan int
	println(c == nil)
}
