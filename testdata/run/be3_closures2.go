package main

type S struct{ a, b int }

func outer(p int, f float64) func() (int, float64) {
	s := S{1, 2}
	return func() (int, float64) {
		inner := func(d int) {
			p += d
			f *= 2
			s.a += d
		}
		inner(10)
		return p + s.a, f
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := outer(5, 0.25)
	a, b := c()
	println(a, b)
	a, b = c()
	println(a, b)
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	println(h(4))
	var acc []func() int
	for _, v := range []int{3, 4, 5} {
		acc = append(acc, func() int { return v })
	}
	for _, g := range acc {
		println(g())
	}
}
