package main

// Calling a method on a nil interface value.

type I interface{ M() }

func main() {
	var i I
	i.M()
}
