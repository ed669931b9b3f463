package main

// panic of a named int: defers run newest first, then "panic: main.T(42)".
type T int

func cleanup(n int) { println("cleanup", n) }

func work(v T) {
	defer cleanup(int(v))
	if v > 40 {
		panic(v)
	}
	println("work", int(v))
}

func main() {
	defer cleanup(0)
	work(1)
	work(42)
	println("not reached")
}
