package main

// defer and recover with locals: deferred closures that change named
// results and locals, deferred pointer-method calls on locals, and
// recovery in a function whose locals live in the frame.

type Box struct{ v [3]int }

func (b *Box) bump() { b.v[0]++ }

func named() (r int) {
	x := 10
	defer func() { r += x }()
	x = 20
	return 1
}

func deferMethod() int {
	var b Box
	defer b.bump()
	b.v[0] = 5
	return b.v[0]
}

func loopDefer() (s int) {
	for i := 0; i < 3; i++ {
		var b Box
		b.v[1] = i
		defer func() { s += b.v[1] }()
	}
	return 0
}

func recovers() (r int) {
	var b Box
	b.v[2] = 7
	defer func() {
		recover()
		r = b.v[2] * 2
	}()
	var a [4]int
	i := 5
	a[i%8] = 1
	return a[0]
}

func main() {
	println(named())
	println(deferMethod())
	println(loopDefer())
	println(recovers())
}
