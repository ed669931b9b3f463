package main

// Package initialisation: variables in dependency order (not source order),
// then init() functions in source order, then main.

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d, e = g()
var total = sumAll()
var x = f("x", 10)

func f(name string, v int) int {
	println("init var", name, v)
	return v
}

func g() (int, int) {
	println("g called, a =", a)
	return a * 2, a * 3
}

func sumAll() int {
	println("sumAll: x =", x)
	return a + b + c + d + e + x
}

func init() {
	println("init 1: a,b,c,d,e =", a, b, c, d, e)
	a = 100
}

var order []string

func init() {
	order = append(order, "second")
	println("init 2: a =", a, "total =", total)
}

func init() {
	order = append(order, "third")
	println("init 3:", len(order))
}

func main() {
	println("main:", a, total, order[0], order[1])
}
