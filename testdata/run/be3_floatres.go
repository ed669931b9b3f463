package main

func eight(x float64) (a, b, c, d, e, f, g, h float64) {
	return x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7
}

type V struct{ X, Y, Z float32 }

func (v V) Add(w V) V { return V{v.X + w.X, v.Y + w.Y, v.Z + w.Z} }

func main() {
	a, b, c, d, e, f, g, h := eight(0.5)
	println(a+b+c+d+e+f+g+h, h)
	add := V{1, 2, 3}.Add
	r := add(V{0.5, 0.25, 0.125})
	println(r.X, r.Y, r.Z)
}
