package main

type R struct {
	Name string
	Vals [20]int16
}

func main() {
	var a, b [100]int
	println(a == b)
	b[99] = 1
	println(a == b, a != b)
	a[99] = 1
	println(a == b)
	var x, y [30]R
	x[29].Name = "n"
	println(x == y)
	y[29].Name = "n"
	y[3].Vals[19] = 4
	println(x == y)
	x[3].Vals[19] = 4
	println(x == y)
}
