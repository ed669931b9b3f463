package main

type I interface{ M() }

type J interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_, ok := i.(J)
	println(ok)
	var e interface{} = T{}
	_ = e.(I)
	println("ok")
	_ = i.(J)
}
