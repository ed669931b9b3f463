package main

type I interface{ M(s ...int) }
type T struct{ n int }

func (t T) M(s ...int) { println("M", t.n, len(s)) }

type S struct {
	I
	k int
}

func main() {
	s := S{T{3}, 1}
	defer s.M(1, 2)
	defer s.I.M()
	s.I = T{4}
	s.M()
}
