// The default example: `make example` builds this with gocc and runs it.
package main

const greeting = "Hello from gocc"

var calls int

func fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(greeting + "!")
	for i := 0; i <= 10; i++ {
		print(fib(i), " ")
	}
	println()
	println("fib was called", calls, "times")
}
