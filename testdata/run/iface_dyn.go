package main

type I interface{ M() int }
type J interface {
	M() int
	n() string
}
type Stringer interface{ String() string }

type T struct{ a, b int }

func (t T) M() int      { return t.a * t.b }
func (t T) n() string   { return "T.n" }
func (t *T) Inc()       { t.a++ }
func (t T) String() string { return "T!" }

type P struct{ x int }

func (p *P) M() int { return p.x }

type Wrap struct {
	I
	tag string
}

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(f bool) error {
	var p *MyErr
	if f {
		return p // typed nil: not == nil
	}
	return nil
}

func main() {
	var e interface{} = T{3, 4}
	i := e.(I)
	println(i.M())
	j, ok := e.(J)
	println(ok, j.M(), j.n())
	s, ok := e.(Stringer)
	println(ok, s.String())
	_, ok = e.(interface{ Inc() })
	println(ok)
	e = &T{5, 6}
	_, ok = e.(interface{ Inc() })
	println(ok)
	i = e.(I)
	e.(interface{ Inc() }).Inc()
	println(i.M())
	var pi I = &P{7}
	var e2 interface{} = pi
	println(e2.(I).M())
	w := Wrap{T{2, 2}, "w"}
	var wi I = w
	println(wi.M())
	e = w
	_, ok = e.(J)
	println(ok)
	w.I = &P{9}
	wi = &w
	println(wi.M())
	println(mayFail(true) != nil, mayFail(false) == nil)
	var err error = mayFail(true)
	println(err.Error())
	var x, y interface{} = T{1, 2}, T{1, 2}
	println(x == y, x != T{2, 1})
	var a, b I = T{1, 1}, T{1, 1}
	println(a == b)
	a = &P{1}
	b = &P{1}
	println(a == b, a == a)
	switch v := e.(type) {
	case J:
		println("J", v.M())
	case I:
		println("I", v.M())
	}
}
