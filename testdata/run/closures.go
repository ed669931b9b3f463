package main

// Closures capture variables by reference; counters, generators, closures
// modifying outer variables, closures outliving their frame.

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func pair() (func(), func() int) {
	x := 0
	return func() { x += 10 }, func() int { return x }
}

func fibgen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	c1, c2 := counter(), counter()
	println(c1(), c1(), c1(), c2(), c1())
	inc, get := pair()
	inc()
	inc()
	println("shared x:", get())
	g := fibgen()
	for i := 0; i < 10; i++ {
		print(g(), " ")
	}
	println()
	y := 1
	double := func() { y *= 2 }
	double()
	double()
	println("y:", y)
	fs := []func(int) int{adder(1), func(x int) int { return x * 3 }, adder(-2)}
	println("apply:", apply(fs, 5))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println("recursive closure:", fact(10))
	total := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(x int) { total += x * x })
	println("total:", total)
	func() {
		y = 100
	}()
	println("iife:", y)
	mk := func() func() func() int {
		n := 0
		return func() func() int {
			n++
			return func() int { n *= 10; return n }
		}
	}
	l1 := mk()
	l2 := l1()
	println("nested:", l2(), l1()(), l2())
	var nilf func()
	println("nil func:", nilf == nil, double != nil)
}
