package main

// Structs: literals (keyed, positional, partial), zero values, comparison,
// anonymous structs, nested structs, struct copies, pointer access.

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r *Rect, d int) {
	r.Max.X += d
	r.Max.Y += d
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	println("p:", p.X, p.Y, "q:", q.X, q.Y, "z:", z.X, z.Y)
	println("p==q:", p == q, "p==Point{1,2}:", p == Point{1, 2}, "z==Point{}:", z == Point{})
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	println("area:", r.Area())
	r2 := r
	grow(&r2, 2)
	println("r area:", r.Area(), "r2 area:", r2.Area(), "equal:", r == r2)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	println("anon:", anon.A, anon.B)
	other := struct {
		A int
		B string
	}{7, "seven"}
	println("anon equal:", anon == other)
	pts := []struct{ x, y int }{{1, 2}, {3, 4}}
	for _, pt := range pts {
		println("pt:", pt.x, pt.y)
	}
	pp := &Point{10, 20}
	pp.X++
	(*pp).Y--
	println("pp:", pp.X, pp.Y)
	rs := []Rect{r, r2}
	rs[0].Max.X = 100
	println("slice elem modified:", rs[0].Max.X, "orig:", r.Max.X)
	type Inner struct{ V [3]int }
	type Outer struct {
		I Inner
		S string
	}
	o1 := Outer{Inner{[3]int{1, 2, 3}}, "s"}
	o2 := o1
	println("outer eq:", o1 == o2)
	o2.I.V[2] = 0
	println("outer eq after change:", o1 == o2, o1.I.V[2])
	var empty struct{}
	var empty2 struct{}
	println("empty structs equal:", empty == empty2)
	type withBlank struct {
		a int
		_ int
		b int
	}
	wb := withBlank{a: 1, b: 2}
	println("blank fields:", wb.a, wb.b)
}
