package main

type I interface {
	M()
	N(int) string
}

type J interface {
	I
	K()
}

type T struct{}

func (T) M()               {}
func (*T) N(x int) string { return "" }

type U struct{}

func (U) M()              {}
func (U) N(x string) string { return "" }

type V struct{}

func main() {
	var i I
	var t T
	i = t // ERROR "cannot use t \(variable of type T\) as type I in assignment:"
	i = U{} // ERROR "cannot use U\{\} \(value of type U\) as type I in assignment:"
	i = V{} // ERROR "cannot use V\{\} \(value of type V\) as type I in assignment:"
	var j J
	j = i // ERROR "cannot use i \(variable of type I\) as type J in assignment:"
	_ = i.(T) // ERROR "impossible type assertion: i\.\(T\)"
	_ = i.(*T)
	_ = t.(I) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	_ = i.(V) // ERROR "impossible type assertion: i\.\(V\)"
	var e error = t // ERROR "cannot use t \(variable of type T\) as type error in variable declaration:"
	_ = e
	i.Q() // ERROR "i\.Q undefined \(type I has no field or method Q\)"
}
