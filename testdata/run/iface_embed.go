package main

type Namer interface{ Name() string }
type Setter interface {
	Namer
	Set(s string)
}

type Base struct{ name string }

func (b Base) Name() string   { return "base:" + b.name }
func (b *Base) Set(s string) { b.name = s }

type Outer struct {
	Base
	extra int
}

type PtrOuter struct {
	*Base
	n int
}

type Deep struct {
	x int
	Outer
}

type WithIface struct {
	Namer
	k int
}

type Shadow struct {
	Base
}

func (s Shadow) Name() string { return "shadow(" + s.Base.Name() + ")" }

type Two struct {
	a, b int
	c    string
}

func (t Two) Sum(k int, s string) (int, string) { return t.a + t.b + k, t.c + s }

type Summer interface {
	Sum(k int, s string) (int, string)
}

type Wrap struct{ Two }

type Fixed string

func (f Fixed) Name() string { return string(f) }

func use(n Namer) { println(n.Name()) }

func main() {
	o := Outer{Base{"o"}, 1}
	use(o)
	use(&o)
	var s Setter = &o
	s.Set("changed")
	println(s.Name(), o.name)

	po := PtrOuter{&Base{"p"}, 2}
	use(po)
	s = po // *Base embedded: Set is in PtrOuter's method set
	s.Set("p2")
	println(po.Name())

	d := &Deep{1, Outer{Base{"deep"}, 3}}
	s = d
	s.Set("deeper")
	println(d.Name(), s.Name())

	w := WithIface{Fixed("fixed"), 0}
	use(w)
	use(&w)

	sh := Shadow{Base{"x"}}
	use(sh)
	use(&sh)

	var sm Summer = Wrap{Two{1, 2, "c"}}
	k, str := sm.Sum(10, "!")
	println(k, str)
	sm = &Wrap{Two{3, 4, "d"}}
	k, str = sm.Sum(1, "?")
	println(k, str)
	f := sm.Sum
	k, str = f(100, "fm")
	println(k, str)
	var n Namer = s
	println(n.Name())
}
