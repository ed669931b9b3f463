package main

// Dynamic dispatch through interfaces, several implementations, slices of
// interfaces, interface values holding different dynamic types over time.

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ B, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }
func (s Square) Area() int    { return s.S * s.S }
func (s Square) Name() string { return "square" }
func (t *Tri) Area() int      { return t.B * t.H / 2 }
func (t *Tri) Name() string   { return "tri" }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, Square{4}, &Tri{6, 5}, Rect{1, 1}}
	for i, s := range shapes {
		println(i, s.Name(), s.Area())
	}
	println("total:", total(shapes))
	var s Shape = Square{2}
	println(s.Name(), s.Area())
	s = Rect{5, 5}
	println(s.Name(), s.Area())
	t := &Tri{4, 4}
	s = t
	t.B = 10
	println("pointer receiver sees update:", s.Area())
	r := Rect{1, 2}
	s = r
	r.W = 100
	println("value copied into interface:", s.Area())
	var fn func() int = s.Area
	println("method value from interface:", fn())
	area := Shape.Area
	println("interface method expr:", area(Square{9}))
}
