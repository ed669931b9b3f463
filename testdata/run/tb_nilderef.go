package main

// A nil pointer dereference two calls below main: Go's panic, the
// [signal SIGSEGV ...] line and the frames.

type T struct {
	next *T
	v    int
}

func get(t *T) int {
	return t.next.v
}

func walk(t *T) int {
	s := 0
	s += get(t)
	return s
}

func main() {
	t := &T{v: 1}
	println(walk(t))
}
