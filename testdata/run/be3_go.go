package main

// go statements: a declared function, a closure, a func value and a method
// call, with arguments evaluated at the go statement. main starts one
// goroutine at a time and waits for it through a package variable, so the
// output order is fixed.

var done int
var sum float64

type W struct{ id int }

func (w *W) run(k int) {
	println("method", w.id, k)
	done++
}

func worker(id int, f float64) {
	println("worker", id, f)
	sum += f
	done++
}

func waitFor(t int) {
	for done != t {
		spin()
	}
}

func nop() {}

// spin calls nop so that it has a stack check: with one P, main is
// preempted there (cooperatively) and the goroutines get to run.
func spin() {
	nop()
	for i := 0; i < 100; i++ {
	}
}

func main() {
	x := 10
	go worker(0, 1.5)
	waitFor(1)
	go func() {
		println("closure", x)
		done++
	}()
	waitFor(2)
	w := &W{7}
	go w.run(3)
	w = &W{8} // the receiver was evaluated at the go statement
	waitFor(3)
	f := worker
	go f(2, 2.5)
	waitFor(4)
	k := 5
	go func(a int) {
		println("literal call", a, k)
		done++
	}(k * 2)
	waitFor(5)
	println("all done", sum)
}
