// evalorder: function arguments and operands are evaluated left to right;
// tuple assignment evaluates all right-hand sides before assigning (swap,
// Fibonacci step); op-assignment forms.
package main

var trace = ""

func v(name string, n int) int {
	trace += name
	return n
}

func three(a, b, c int) int {
	return a*100 + b*10 + c
}

func main() {
	r := three(v("a", 1), v("b", 2), v("c", 3))
	println(r, trace)
	trace = ""
	s := v("x", 5) - v("y", 3)*v("z", 2)
	println(s, trace)

	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x, y := 0, 1
	for i := 0; i < 10; i++ {
		x, y = y, x+y
	}
	println(x, y)

	n := 10
	n += 5
	n -= 3
	n *= 4
	n /= 6
	n %= 5
	println(n)
	m := 0x0F
	m <<= 4
	m |= 1
	m &= 0xF1
	m ^= 0xFF
	m >>= 1
	m &^= 2
	println(m)
	i := 5
	i++
	i--
	i--
	println(i)
}
