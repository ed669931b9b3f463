package main

type I interface{ M() int }

type J interface {
	I
	N() string
}

type T struct{ v int }

func (t T) M() int      { return t.v }
func (t T) N() string   { return "T.N" }
func (t *T) P() string  { return "ptr P" }

type PI interface{ P() string }

type Big struct {
	a, b, c, d, e, f, g, h, i, j int
	s                            string
}

type Fn func(int) int

type Ch chan int

func f1() interface{} {
	type L int
	return L(1)
}

func f2() interface{} {
	type L int
	return L(1)
}

func main() {
	// static itab (conversion) vs runtime itab (assertion): same interface value
	var i I = T{1}
	var e interface{} = T{1}
	j := e.(I)
	println(i == j, j == i, i != j)
	k, _ := e.(I)
	println(k == i)
	var jj J = T{1}
	ji := I(jj)
	println(ji == i, jj.N())
	var ij interface{} = jj
	println(ij == e, ij.(J).N(), ij.(I).M())

	// method sets: T has no P, *T has
	_, ok := e.(PI)
	println(ok)
	var pe interface{} = &T{5}
	pp, ok := pe.(PI)
	println(ok, pp.P())
	pj, ok := pe.(J)
	println(ok, pj.M(), pj.N())

	// big values are copied
	b := Big{a: 1, j: 10, s: "big"}
	var bi interface{} = b
	b.a = 100
	b2 := bi.(Big)
	b2.j = 20
	println(bi.(Big).a, bi.(Big).j, b2.j, bi.(Big).s, bi == interface{}(Big{a: 1, j: 10, s: "big"}))

	// func, chan, array kinds
	var fi interface{} = Fn(func(x int) int { return x + 1 })
	println(fi.(Fn)(1))
	_, isf := fi.(func(int) int)
	println(isf)
	var c Ch
	var ci interface{} = c
	println(ci.(Ch) == nil, ci == interface{}(c), ci == nil)
	var ai interface{} = [1]*int{nil}
	println(ai.([1]*int)[0] == nil)
	var si interface{} = struct{ p *T }{&T{9}}
	println(si.(struct{ p *T }).p.v)

	// local types with the same name are different types
	x1, x2 := f1(), f2()
	println(x1 == x2)
	switch x1.(type) {
	case int:
		println("int")
	default:
		println("local type")
	}

	// type switch on non-empty interfaces with interface cases
	for _, v := range []I{T{2}, &T{3}, nil} {
		switch w := v.(type) {
		case J:
			println("J", w.N(), w.M())
		case nil:
			println("nil")
		}
		switch w := v.(type) {
		case PI:
			println("PI", w.P())
		case T:
			println("T", w.v)
		}
	}
}
