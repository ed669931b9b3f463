package main

var g = func() int { return 1 }
var h = func() func() int {
	return func() int { return 2 }
}

type T struct{ n int }

func (t *T) inc() { t.n++ }

func counter() func() int {
	n := 0
	return func() int {
		n++
		f := func() int { return n * 2 }
		return f()
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	c := counter()
	t := &T{}
	m := t.inc
	m()
	sq := func(x int) int { return x * x }
	defer println("done")
	go func() {}()
	println(c(), c(), g(), h()(), apply(sq, 3), t.n)
}
