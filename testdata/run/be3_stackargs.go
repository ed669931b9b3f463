package main

type Big struct {
	A, B, C, D, E int
	F         float64
}

func f(a, b, c, d, e, g, h, i, j int, x float64, k int, y float32, s Big, t Big) (float64, Big) {
	return float64(a+b+c+d+e+g+h+i+j+k) + x + float64(y) + s.F + t.F, Big{s.A + t.A, 0, 0, 0, 0, s.F * t.F}
}

func main() {
	r, bg := f(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 10, 0.25, Big{1, 2, 3, 4, 5, 1.5}, Big{10, 20, 30, 40, 50, 2.5})
	println(r, bg.A, bg.F)
	fv := f
	r, bg = fv(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 10, 0.25, Big{1, 2, 3, 4, 5, 1.5}, Big{10, 20, 30, 40, 50, 2.5})
	println(r, bg.A, bg.F)
}
