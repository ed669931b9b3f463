package main

// Register pressure, values live across calls, many float arguments,
// float32 arithmetic, loops with float phis, and conditions on floats.

var total float64
var f32g float32

func many(a, b, c, d, e, f, g, h, i, j, k, l, m, n float64, x int) float64 {
	return a - b + c*d - e/f + g - h + i*j - k + l - m + n + float64(x)
}

func pair(x float32) (float32, float64) { return x * 2, float64(x) / 3 }

func poly(x float64) float64 {
	a, b, c, d, e, f, g, h := x+1, x+2, x+3, x+4, x+5, x+6, x+7, x+8
	i, j, k, l, m, n, o, p := x*1, x*2, x*3, x*4, x*5, x*6, x*7, x*8
	total += a
	println(a, h, p)
	return a*b + c*d + e*f + g*h + i*j + k*l + m*n + o*p
}

func sign(x float64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	case x == 0:
		return 0
	}
	return 99 // NaN
}

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
	p, q := pair(1.5)
	println(p, q)
	println(poly(0.5), poly(-3), total)
	zero := 0.0
	println(sign(-2), sign(3), sign(zero), sign(zero/zero), sign(-zero))
	println(sqrt(2), sqrt(1e10))
	var s float32
	for i := 1; i <= 100; i++ {
		s += 1 / float32(i)
	}
	f32g = s
	println(s, f32g, float64(f32g)*2)
	x := 1e308
	println(x*10, -x*10, x*10-x*10)
	if zero/zero != zero/zero && !(zero < 1 && zero > 1) {
		println("nan ok")
	}
	var big float64 = 18446744073709551615.0
	println(uint64(big/2), uint32(3.99e9), int32(-2.1e9), int8(-big/1.8e17), uint(big/4))
	var u uint64 = 18446744073709551615
	println(float32(u), float64(u), float64(u>>1), float32(uint32(4294967295)))
	n := 7
	println(float64(n)/2, float64(-n)/2, int(float64(n)/2), int(-float64(n)/2))
	y := 0.1
	y++
	y *= 3
	y -= 0.3
	y /= 3
	println(y, y == 1, 0.1+0.2 == 0.3, y+0.2 == 1.2)
}
