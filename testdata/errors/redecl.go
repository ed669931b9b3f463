package main

type T struct{ a int }

func (t T) M()  {}
func (t T) M()  {} // ERROR "T\.M redeclared in this block"
func (t *T) a() {} // ERROR "field and method with the same name a"

var v int
var v string // ERROR "v redeclared in this block"

func f(x int) {
	var x int // ERROR "x redeclared in this block"
	_ = x
}

func main() {
	q := 1
	var q int // ERROR "q redeclared in this block"
	_ = q
}
