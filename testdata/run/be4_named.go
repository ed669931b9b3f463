package main

// Deferred closures read and modify named results after return sets them;
// an unnamed result is fixed by the return statement.
func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s += " +d1" }()
	defer func() { s += " +d2" }()
	s = "body"
	return s + " returned"
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func pair(a, b int) (q int, tag string) {
	defer func() {
		if b == 0 {
			q, tag = -1, "fixed"
		}
	}()
	if b == 0 {
		return
	}
	return a / b, "ok"
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func early(k int) (r int) {
	for i := 0; ; i++ {
		if i == k {
			return i * 10
		}
		defer func(j int) { r += j }(i)
	}
}

func main() {
	println("double:", double())
	println("trace:", trace())
	println("counter:", counter())
	q, t := pair(10, 2)
	println("pair 10/2:", q, t)
	q, t = pair(1, 0)
	println("pair 1/0:", q, t)
	println("unnamed:", unnamed())
	println("early:", early(4))
}
