// bigint: int is 64 bits and wraps around on overflow; large products,
// shifts and bit operations.
package main

func pow(b, e int) int {
	r := 1
	for i := 0; i < e; i++ {
		r *= b
	}
	return r
}

func main() {
	max := 1<<63 - 1
	min := -max - 1
	println(max, min)
	max++
	println(max, max == min)
	min--
	println(min)
	println(pow(2, 62), pow(2, 63), pow(2, 64))
	println(pow(3, 40), pow(7, 30))
	x := 1000000007
	println(x*x, x*x*x)
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	println(h)
	println(1<<40, -1<<40, (1<<40)>>20, -(1<<40)>>20)
	a := 0x0F0F
	b := 0x00FF
	println(a&b, a|b, a^b, a&^b, ^a)
	n := -17
	println(n>>1, n<<3, n&0xFF)
}
