package main

type Point struct{ X, Y int }

func (p Point) Sum() int        { return p.X + p.Y }
func (p *Point) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Named struct {
	Point
	Name string
}

type Wrap struct {
	*Named
	W float64
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Inc()      { *c += 1 }

type Counter int

func (c *Counter) Bump() int { *c++; return int(*c) }

func main() {
	p := Point{1, 2}
	println(p.Sum())
	p.Scale(3)
	println(p.X, p.Y, p.Sum())
	pp := &p
	pp.Scale(2)
	println(pp.Sum(), p.Add(Point{10, 20}).Sum())
	n := Named{Point{5, 6}, "n"}
	n.Scale(10)
	println(n.Sum(), n.Name, n.X)
	w := Wrap{&n, 1.5}
	w.Scale(2)
	println(w.Sum(), n.Sum(), w.Name)
	c := Celsius(100)
	c.Inc()
	println(c.F())
	var k Counter
	k.Bump()
	println(k.Bump(), k)
	println(Point.Sum(p), Celsius.F(37))
	(*Point).Scale(&p, 2)
	println(p.X)
}
