package main

type T struct{ n int }

func (t *T) Inc()          { t.n++; println("inc", t.n) }
func (t T) Show(s ...string) { println("show", t.n, len(s)) }

type I interface{ Show(s ...string) }

func sum(xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println("sum", t)
}

func big(a, b, c, d, e, f, g, h, i, j int, s string) {
	println("big", a+b+c+d+e+f+g+h+i+j, s)
}

type S struct{ a, b, c, d int }

func st(s S) { println("st", s.a, s.b, s.c, s.d) }

func two() (int, string) { return 5, "five" }
func pair(n int, s string) { println("pair", n, s) }

func main() {
	x := 1
	defer println("println at defer time:", x, "c", 1.5, true)
	x = 2
	defer print("print\n")
	defer sum(1, 2, 3)
	defer sum()
	ints := []int{4, 5}
	defer sum(ints...)
	defer big(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "ten")
	s := S{1, 2, 3, 4}
	defer st(s)
	s.a = 100
	t := &T{}
	defer t.Inc()
	defer t.Show("a", "b")
	defer pair(two())
	defer recover()
	f := func(xs ...int) { println("closure", len(xs)) }
	defer f(1, 2, 3)
	defer func() { println("x now", x) }()
}
