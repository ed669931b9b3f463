package p

func f() int {
	x := 1 /* a
	comment */
	y := 2 // line
	return x +
		y
}
