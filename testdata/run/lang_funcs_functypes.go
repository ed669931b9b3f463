package main

// Function values and types: higher-order functions, functions in maps and
// structs, function-local named types, comparing with nil, returning funcs.

type BinOp func(int, int) int

type Calc struct {
	name string
	op   BinOp
}

func fold(xs []int, init int, op BinOp) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for _, k := range []string{"add", "mul", "max"} {
		println(k, fold(xs, map[string]int{"add": 0, "mul": 1, "max": -1}[k], ops[k]))
	}
	calcs := []Calc{{"sub", func(a, b int) int { return a - b }}, {"sq", func(a, _ int) int { return a * a }}}
	for _, c := range calcs {
		println(c.name, c.op(7, 3))
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println("compose:", compose(inc, dbl)(5), compose(dbl, inc)(5))
	ys := mapInts(xs, compose(dbl, dbl))
	println("mapped:", ys[0], ys[7], len(ys))
	type pair struct{ a, b int }
	type pairs []pair
	ps := pairs{{1, 2}, {3, 4}}
	type mapper func(pair) int
	var m mapper = func(p pair) int { return p.a * p.b }
	t := 0
	for _, p := range ps {
		t += m(p)
	}
	println("local types:", t)
	var nf BinOp
	println("nil BinOp:", nf == nil, ops["missing"] == nil)
	func(args ...func() string) {
		for _, a := range args {
			print(a(), ";")
		}
		println()
	}(func() string { return "x" }, func() string { return "y" })
}
