package main

// Go 1.19 loop variable semantics: one variable per loop, shared by all
// closures created in the loop; copying it inside the body gives a fresh one.

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for _, v := range []int{10, 20, 30} {
		ps = append(ps, &v)
	}
	println("range var addr shared:", *ps[0], *ps[1], *ps[2], ps[0] == ps[2])
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() int
	for k := range [4]int{} {
		hs = append(hs, func() int { return k * k })
	}
	println("k*k:", hs[0](), hs[3]())
	// closure modifying the loop variable affects the loop
	n := 0
	for j := 0; j < 10; j++ {
		skip := func() { j++ }
		skip()
		n++
	}
	println("iterations with skip:", n)
}
