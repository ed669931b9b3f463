package main

func f1() interface{} {
	type L int
	return L(1)
}

func main() {
	type L int
	x := f1()
	_, ok := x.(L)
	println(ok)
	_ = x.(L)
}
