package main

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M()               {}
func (*T) N(x int) string { return "" }

func main() {
	var i I
	var t T
	switch x := i.(type) {
	case *T, nil:
		_ = x
	case T: // ERROR "impossible type switch case: T"
	case T: // ERROR "duplicate case T in type switch"
	}
	var e error = t // ERROR "cannot use t \(variable of type T\) as type error in variable declaration:"
	_ = e
	i.Q() // ERROR "i\.Q undefined \(type I has no field or method Q\)"
	var p *I
	p.M() // ERROR "p\.M undefined \(type \*I is pointer to interface, not interface\)"
	switch y := i.(type) { // ERROR "y declared but not used"
	case *T:
	}
}
