package main

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, x, y int) int { return f(x, y) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base float64) func(float64) float64 {
	return func(x float64) float64 { return base + x }
}

var op func(int, int) int

func main() {
	println(apply(add, 3, 4), apply(mul, 3, 4))
	f := add
	println(f(10, 20), f != nil)
	op = mul
	println(op(6, 7))
	c := counter()
	c()
	c()
	println(c(), counter()())
	a := adder(1.5)
	println(a(2))
	sq := func(x int) int { return x * x }
	println(sq(9))
	total := 0
	for i := 0; i < 5; i++ {
		func() { total += i }()
	}
	println(total)
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		fs[i] = func() int { return i }
	}
	println(fs[0](), fs[1](), fs[2]())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	var nf func()
	println(nf == nil)
	nf()
}
