package main

// Recursion: deep recursion (stack growth), mutual recursion, recursion over
// data structures, memoisation with a map.

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[n%16] - n
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type Tree struct {
	L, R *Tree
	V    int
}

func build(lo, hi int) *Tree {
	if lo > hi {
		return nil
	}
	m := (lo + hi) / 2
	return &Tree{build(lo, m-1), build(m+1, hi), m}
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.L.Sum() + t.V + t.R.Sum()
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.L.Height(), t.R.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func perms(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		nr := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
		perms(append(prefix, rest[i]), nr, out)
	}
}

func main() {
	println("depth 100000:", depth(100000))
	println("even 10001:", isEven(10001), "odd 777:", isOdd(777))
	t := build(1, 1000)
	println("tree sum:", t.Sum(), "height:", t.Height())
	println("fib 90:", fib(90))
	var out []string
	perms(nil, []byte("abcd"), &out)
	println("perms:", len(out), out[0], out[5], out[23])
}
