package main

type T int

func show(s string, n int) { println("deferred", s, n) }

func f(x int) int {
	defer show("first", x)
	x++
	defer show("second", x)
	if x > 5 {
		return x * 2
	}
	for i := 0; i < 3; i++ {
		defer show("loop", i)
	}
	return x
}

func g() {
	defer show("g", 1)
	var p *T
	panic(p)
}

func main() {
	println(f(1))
	println(f(10))
	defer show("main", 0)
	g()
}
