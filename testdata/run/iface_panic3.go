package main

type T struct{ a int }

func (t T) M() int { return t.a }

type I interface{ M() int }

//go:noinline
func call(i I) int { return i.M() }

func main() {
	var p *T
	println("calling")
	println(call(p))
}
