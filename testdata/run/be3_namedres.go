package main

func f() (r int, s float64) {
	set := func() { r = 42; s = 2.5 }
	set()
	return
}

func g() (n int) {
	add := func(k int) { n += k }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	return n * 2
}

func main() {
	a, b := f()
	println(a, b, g())
}
