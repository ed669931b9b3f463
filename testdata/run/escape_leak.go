package main

// Locals whose address outlives the call must stay on the heap: pointers
// returned, stored in globals, slices and structs, captured by closures and
// goroutines, method values, slices of local arrays, and leaking callees.

type T struct {
	id   int
	next *T
}

var global *T
var gint *int
var saved []*int

func newT(id int) *T {
	var t T
	t.id = id
	return &t
}

func keep(p *int) { gint = p }

func (t *T) register() { global = t }

func (t *T) get() int { return t.id }

func slicer() []int {
	var a [4]int
	for i := range a {
		a[i] = i * i
	}
	return a[1:3]
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

var done int

func waitFor(t int) {
	for done != t {
		nop()
	}
}

func nop() {}

func chain(n int) *T {
	var head *T
	for i := 0; i < n; i++ {
		var t T
		t.id = i
		t.next = head
		head = &t
	}
	return head
}

func main() {
	t1, t2 := newT(1), newT(2)
	println("distinct", t1 != t2, t1.id, t2.id)

	for i := 0; i < 3; i++ {
		x := i * 10
		saved = append(saved, &x)
	}
	println("saved", *saved[0], *saved[1], *saved[2])

	y := 7
	keep(&y)
	y = 8
	println("global int", *gint)

	var t T
	t.id = 42
	t.register()
	t.id = 43
	println("registered", global.id)

	s := slicer()
	println("slice", len(s), s[0], s[1])

	c := counter()
	c()
	c()
	println("counter", c())

	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i // one j per iteration
		fs = append(fs, func() int { return j * 100 })
	}
	println("closures", fs[0](), fs[1](), fs[2]())

	var gs []func() int
	for i := 0; i < 3; i++ { // Go 1.19: one i for the whole loop
		gs = append(gs, func() int { return i })
	}
	println("loopvar", gs[0](), gs[1](), gs[2]())

	u := T{id: 5}
	m := u.get // method value of a pointer method: takes &u
	u.id = 6
	println("method value", m())

	z := 3
	go func() {
		z++
		done++
	}()
	waitFor(1)
	println("goroutine", z)

	w := T{id: 9}
	go w.register()
	waitFor(1)
	for global.id != 9 {
		nop()
	}
	println("go method", global.id)

	h := chain(4)
	n := 0
	for p := h; p != nil; p = p.next {
		n = n*10 + p.id
	}
	println("chain", n)

	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 50
	println("array slice", arr[0], len(sl))
}
