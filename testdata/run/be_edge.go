package main

func empty() {}

func blank(_ int, b int) (_ int, r int) {
	r = b * 2
	return
}

func pair() (int, string) { return 4, "four" }

func passthru() (int, string) { return pair() }

func long() string {
	return "this is a rather long string constant that is longer than sixty-four bytes in total"
}

func nul() string { return "a\x00b\xffc héllo" }

func sw() int {
	switch {
	}
	n := 0
	switch x := 3; {
	case x > 2:
		n = x
	}
	return n
}

func main() {
	empty()
	_, r := blank(1, 21)
	println(r)
	a, s := passthru()
	println(a, s)
	_ = long()
	println(long(), len(long()))
	x := nul()
	println(len(x), x[1], x[3], x == "a\x00b\xffc héllo", "a" < x)
	println(sw())
	var p, q = 1, "q"
	var u, v int
	p, u, v = v, p, u
	println(p, q, u, v)
	i := 0
L:
	if i < 3 {
		i++
		goto L
	}
	println(i)
}
