package main

func f15(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o float64) (float64, float64) {
	return a + b + c + d + e + f + g + h + i + j + k + l + m + n, o * 100
}

func f16(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p float32) float32 {
	return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o*10 + p*100
}

func main() {
	x, y := f15(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
	println(x, y)
	fv := f15
	x, y = fv(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0.5)
	println(x, y)
	println(f16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
	k := 2.0
	cl := func(a, b, c, d, e, f, g, h, i, j, k2, l, m, n, o float64) float64 { return o * k }
	println(cl(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 21))
}
