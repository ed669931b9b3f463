package main

type I interface{ M() }

type T int

func main() {
	var e interface{} = T(1)
	_ = e.(I)
}
