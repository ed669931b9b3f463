package main

import "math"

// lang_iface.go - interface conversions, assertions, equality and hashing
// (lang_iface.c drives the same through the runtime's entry points).

type I interface {
	M()
	N()
}
type J interface{ M() }
type T int

func (T) M() {}
func (T) N() {}

type U int

func (U) M() {}

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println("recovered:", e.Error())
		} else {
			println("recovered:", r.(string))
		}
	}()
	f()
}

var sink interface{}

func main() {
	var x interface{} = T(5)
	_, ok1 := x.(I)
	_, ok2 := interface{}(U(1)).(I)
	_, ok3 := interface{}(U(1)).(J)
	println("assert", ok1, ok2, ok3)
	var i I = T(5)
	_, ok4 := i.(J)
	println("I to J", ok4)
	println("eq", interface{}(1) == interface{}(1), interface{}("a") == interface{}("a"),
		interface{}(math.NaN()) == interface{}(math.NaN()), interface{}(1) == interface{}(2))
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	m[1.5] = 3
	m[T(1)] = 4
	m[math.NaN()] = 5
	m[math.NaN()] = 6
	m[0.0] = 7
	m[math.Copysign(0, -1)] = 8
	println("imap", len(m), m[1], m["a"], m[1.5], m[T(1)], m[0.0], m[2])
	try(func() { sink = x.(string) })
	try(func() { var e interface{} = "str"; sink = e.(int) })
	try(func() { var e interface{} = U(1); sink = e.(I) })
	try(func() { var e interface{}; sink = e.(I) })
	try(func() { var j J = U(1); sink = j.(T) })
	try(func() { m[[]int{1}] = 1 })
	try(func() { sink = interface{}([]int{1}) == interface{}([]int{1}) })
	try(func() { panic("plain") })
	var n map[string]int
	try(func() { n["x"] = 1 })
	try(func() { var z = []int{}; _ = z[len(m)] })
	panic(T(3))
}
