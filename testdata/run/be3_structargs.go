package main

// Struct parameters after other struct parameters: every argument register
// must be read before the body boxes the first one.

type P struct{ X, Y int }

type V struct {
	A float64
	B int
	C float32
}

func add(p, q P) P { return P{p.X + q.X, p.Y + q.Y} }

func mix(a V, k int, b V, f float64) V {
	return V{a.A*f + b.A, a.B*k + b.B, a.C + b.C}
}

func (p P) Dot(q P) int { return p.X*q.X + p.Y*q.Y }

func main() {
	s := add(P{6, 12}, P{10, 20})
	println(s.X, s.Y, s.Dot(P{2, 3}))
	v := mix(V{1.5, 2, 0.25}, 3, V{10, 20, 0.5}, 2)
	println(v.A, v.B, v.C)
}
