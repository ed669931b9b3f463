package main

type T struct {
	_, _ int
	a    int
}

func (T) _() { println("never") }
func (T) _() { f := func() { println("never either") }; f() }

func _() { g := func() {}; g() }
func _() { g := func() {}; g() }

type I interface{ M() int }

func (t T) M() int { return t.a }

func main() {
	var i I = T{a: 7}
	println(i.M(), T{a: 1} == T{a: 1})
}
