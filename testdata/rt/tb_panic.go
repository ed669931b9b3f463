package main

//go:noinline
func f() {
	panic("boom")
}

//go:noinline
func g() {
	f()
}

//go:noinline
func h() {
	g()
}

func main() {
	h()
}
