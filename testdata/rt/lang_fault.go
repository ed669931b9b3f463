package main

// lang_fault.go - faults become panics that recover() catches.

type T struct{ x, y int }

var p *T
var zero = 0

func nilread() (r int) {
	defer func() {
		e := recover()
		println("recovered", e.(error).Error())
		r = -1
	}()
	return p.y
}

func div() (r int) {
	defer func() {
		e := recover()
		println("recovered", e.(error).Error())
		r = -2
	}()
	return 10 / zero
}

func main() {
	println(nilread())
	println(div())
	println(p.x)
}
