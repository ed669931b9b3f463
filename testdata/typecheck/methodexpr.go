package main

type T struct{ x int }

func (T) M(a int) int { return a }
func (*T) P()          {}

type I interface{ M(int) int }

func main() {
	f := T.M
	g := (*T).P
	h := (*T).M
	k := I.M
	println(f(T{}, 1), h(&T{}, 2), k)
	g(&T{})
}
