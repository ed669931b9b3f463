package main

// defer runs in LIFO order at function return; arguments are evaluated when
// the defer statement executes; deferred closures see later updates; defers
// in loops.

func show(s string, n int) { println(s, n) }

func f() {
	x := 1
	defer show("arg evaluated at defer:", x)
	defer func() { show("closure sees final x:", x) }()
	x = 2
	for i := 0; i < 3; i++ {
		defer show("loop defer", i)
	}
	x = 3
	println("f body done")
}

type T struct{ name string }

func (t T) Close()   { println("close", t.name) }
func (t *T) PClose() { println("pclose", t.name) }

func g() {
	t := T{"first"}
	defer t.Close()  // receiver copied now
	defer t.PClose() // pointer: sees rename
	t.name = "renamed"
	println("g body")
}

func main() {
	f()
	g()
	func() {
		defer println("deferred builtin println")
		println("anon body")
	}()
	println("main end")
}
