package main

// if/else chains with init statements, scoping of init variables through
// else branches, shadowing.

func classify(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else if y := x * x; y > 100 {
		return "big"
	} else {
		_ = y
		return "small"
	}
}

func lookup(m map[string]int, k string) int {
	if v, ok := m[k]; !ok {
		return -1
	} else if v > 10 {
		return v * 2
	} else {
		return v
	}
}

func main() {
	for _, x := range []int{-5, 0, 3, 11} {
		print(classify(x), " ")
	}
	println()
	m := map[string]int{"a": 5, "b": 20}
	println(lookup(m, "a"), lookup(m, "b"), lookup(m, "c"))
	x := 1
	if x := 2; x > 1 {
		println("inner x:", x)
	}
	println("outer x:", x)
	if a, b := 3, 4; a*a+b*b == 25 {
		println("pythagoras")
	}
	t := true
	if !t {
		println("no")
	} else if !!t {
		println("double negation")
	}
	n := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 && i%3 == 0 || i == 7 {
			n += i
		}
	}
	println("n:", n)
}
