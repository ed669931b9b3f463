package main

// Deferred functions can read and modify named results after return sets them.

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

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			q, err = -1, "recovered"
		}
	}()
	return a / b, "ok"
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	println("double:", double())
	println("trace:", trace())
	println("counter:", counter())
	q, e := safeDiv(10, 2)
	println("safeDiv 10/2:", q, e)
	q, e = safeDiv(1, 0)
	println("safeDiv 1/0:", q, e)
	println("unnamed:", unnamed())
}
