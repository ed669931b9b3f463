package main

type I interface{ M() }

func main() {
	var e interface{}
	_ = e.(I)
}
