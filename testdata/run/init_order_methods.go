package main

// Package initialisation order counts references through methods:
// method calls, method values and method expressions (fixedbugs/bug446.go).

type T int

func (r T) Method1() int  { return a }
func (r T) Method2() int  { return b }
func (r *T) Method3() int { return c }

type E struct{ T }

var (
	dummy1 = T(0).Method1()
	dummy2 = T.Method2(0)
	dummy3 = (*T).Method3(nil)
	dummy4 = E{}.Method1()
	mv     = T(0).Method2
	dummy5 = mv()
)

var a = identity(1)
var b = identity(2)
var c = identity(3)

func identity(a int) int {
	println("identity", a)
	return a
}

func main() {
	println(dummy1, dummy2, dummy3, dummy4, dummy5)
}
