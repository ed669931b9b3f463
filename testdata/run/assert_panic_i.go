package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type U int

func (U) M() {}

func main() {
	var i I = T{}
	_ = i.(T)
	println("ok")
	_ = i.(U)
}
