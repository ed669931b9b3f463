package main

// A value method called through a nil pointer panics with a runtime.Error
// (Go's plainError), whatever the route: an interface holding a nil *T,
// a method expression (*T).M, a direct call p.M() and a method value
// (fixedbugs/issue19040.go).

import "runtime"

type T int

func (t T) F() int { return int(t) }

type I interface{ F() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		e, ok := r.(runtime.Error)
		if !ok {
			println(name, "not a runtime.Error")
			return
		}
		println(name, e.Error())
	}()
	f()
}

func main() {
	var p *T
	var i I = p
	try("iface", func() { i.F() })
	try("methexpr", func() { (*T).F(p) })
	try("call", func() { p.F() })
	try("value", func() { f := p.F; f() })
}
