package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func many(a, b, c, d, e, f, g, h, i int) int {
	return a - b + c - d + e - f + g - h + i
}

func pressure(x int) int {
	a := x + 1
	b := x * 2
	c := x - 3
	d := x ^ 5
	e := x | 6
	f := x & 7
	g := x << 2
	h := x >> 1
	i := a * b
	j := c * d
	k := e * f
	l := g * h
	m := a + b + c + d + e + f + g + h
	n := i + j + k + l
	return m*n + a - b + c - d + e - f + g - h + i - j + k - l
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

var order = initOrder()
var dep = base * 2
var base = 21

func initOrder() int {
	println("initOrder sees dep", dep)
	return dep + 1
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func digits(n int) int {
	c := 0
again:
	c++
	n /= 10
	if n != 0 {
		goto again
	}
	return c
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	x, y := swap("a", "b")
	println(x, y)
	println(sum3(three()))
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9))
	println(pressure(3), pressure(-100))
	println(fact(20))
	println(order, dep, base)
	println(gcd(1071, 462), digits(12345), digits(0))
	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	println(u8)
	var s16 int16 = 32767
	s16 += 2
	println(s16)
	var n = -7
	println(n>>1, n/2, n%2, uint32(n), uint8(n), int16(n))
}
