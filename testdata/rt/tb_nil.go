package main

var p *int

//go:noinline
func f() int {
	return *p
}

//go:noinline
func g() int {
	return f()
}

//go:noinline
func h() int {
	return g()
}

func main() {
	h()
}
