package main

// recover() called directly by a deferred function stops the panic: the
// deferring function returns zero results and its caller goes on.
func stop() {
	println("stopping")
	recover()
}

func safe(n int) int {
	defer stop()
	defer println2("deferred in safe", n)
	if n > 2 {
		panic(n)
	}
	return n * 10
}

func println2(s string, n int) { println(s, n) }

func nested() {
	defer func() {
		recover()
		println("closure recovered")
	}()
	var a []int
	_ = a[5]
}

func main() {
	println(safe(1))
	println(safe(7))
	nested()
	recover()
	println("main end")
}
