package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var i I
	_ = i.(T)
}
