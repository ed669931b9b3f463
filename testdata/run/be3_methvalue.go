package main

type P struct{ X, Y int }

func (p P) Sum() int           { return p.X + p.Y }
func (p *P) Scale(k int) int   { p.X *= k; p.Y *= k; return p.X }
func (p P) Weighted(w float64) float64 { return float64(p.X)*w + float64(p.Y) }

type T float32

func (t T) Half() T { return t / 2 }

type E struct {
	P
	name string
}

func call(f func() int) int { return f() }

func main() {
	p := P{1, 2}
	s := p.Sum
	p.X = 100
	println(s(), call(p.Sum))
	sc := p.Scale
	println(sc(2), sc(3), p.X, p.Y)
	w := p.Weighted
	println(w(0.5))
	h := T(3).Half
	println(h())
	e := E{P{4, 5}, "e"}
	es := e.Sum
	e.X = 0
	println(es(), e.Sum())
	f := P.Sum
	g := (*P).Scale
	println(f(P{7, 8}), g(&p, 10), p.Y)
	pp := &p
	ps := pp.Sum
	p.Y = 1
	println(ps())
}
