package main

// Multiple results, named results (zero-initialised, bare return), results
// passed directly to another call, ignored results.

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func zeroes() (i int, s string, b bool, p *int) { return }

func shadowed(x int) (r int) {
	r = x
	{
		r := r * 100
		_ = r
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func take(a int, b string, c bool) string {
	if c {
		return b
	}
	return "no"
}

func sum2(a, b int) int { return a + b }

func overwrite() (x int) {
	x = 5
	return x * 2
}

func main() {
	q, r := divmod(17, 5)
	println("divmod:", q, r)
	s, c := named(3)
	println("named:", s, c)
	i, str, b, p := zeroes()
	println("zeroes:", i, str == "", b, p == nil)
	println("shadowed:", shadowed(7))
	println("take(three()):", take(three()))
	println("sum2(divmod()):", sum2(divmod(23, 4)))
	_, only := divmod(9, 4)
	println("only rem:", only)
	println("overwrite:", overwrite())
	a, bb := 1, 2
	a, bb = bb, a
	println("swap:", a, bb)
	x, y, z := three()
	println(x, y, z)
}
