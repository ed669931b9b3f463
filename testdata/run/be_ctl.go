package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func sw(n int) int {
	r := 0
	switch n {
	case 1, 2:
		r = 10
		fallthrough
	case 3:
		r += 1
	case 4:
		r = 40
		break
	default:
		r = -1
	}
	return r
}

func loops() {
	s := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		s += i
	}
	println(s)
	j := 0
	for j < 5 {
		j++
	}
	println(j)
	k := 0
	for {
		k++
		if k > 7 {
			break
		}
	}
	println(k)
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			println(a, b)
		}
	}
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	println(n)
}

func named(a int) (x, y int) {
	x = a * 2
	y = a + 1
	if a > 5 {
		return
	}
	return y, x
}

func both(a, b bool) bool { return a && !b || b && !a }

func main() {
	println(classify(-3), classify(0), classify(5), classify(50))
	println(sw(1), sw(2), sw(3), sw(4), sw(9))
	loops()
	p, q := named(3)
	println(p, q)
	p, q = named(7)
	println(p, q)
	println(both(true, false), both(true, true), both(false, false))
	t := 3 > 2
	f := !t
	println(t, f, t == f, t != f)
}
