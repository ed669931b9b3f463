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
	_ = T.P // ERROR "cannot call pointer method P on T"
	_ = T.Q // ERROR "T\.Q undefined \(type T has no field or method Q\)"
	_ = T.x // ERROR "T\.x undefined \(type T has no method x\)"
	println(f(T{}, 1), h(&T{}, 2), k)
	g(&T{})
}
