package main

func many(a, b, c, d, e, f, g, h, i int, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13 float64) float64 {
	return float64(a+b+c+d+e+f+g+h+i) + x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12 + x13
}

func main() {
	k := 100.0
	cl := func(a, b, c, d, e, f, g, h, i int, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13 float64) float64 {
		return k + many(a, b, c, d, e, f, g, h, i, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13)
	}
	println(cl(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.25))
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.25))
}
