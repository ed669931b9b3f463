package main

type P struct{ x, y int }

// struct result that escape analysis may keep in the frame
func s1() (p P) {
	defer func() { recover() }()
	p.x = 3
	p.y = 4
	panic("s1")
}

func s2() (p P, n int) {
	defer func() {
		if recover() != nil {
			n = -n
		}
	}()
	p = P{5, 6}
	n = 7
	var f func(a, b, c, d, e, g, h, i int) int = func(a, b, c, d, e, g, h, i int) int { return a + i }
	n += f(1, 2, 3, 4, 5, 6, 7, 8)
	panic("s2")
}

func s3() (a, b, c int, s string) {
	defer func() { recover() }()
	a, b, c, s = 1, 2, 3, "four"
	var m map[string]int
	m["x"] = 1
	return 9, 9, 9, "nine"
}

func main() {
	println(s1().x, s1().y)
	p, n := s2()
	println(p.x, p.y, n)
	a, b, c, s := s3()
	println(a, b, c, s)
}
