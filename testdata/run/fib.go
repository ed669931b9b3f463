// fib: recursion, and a loop calling a recursive function.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	for i := 0; i <= 20; i++ {
		print(fib(i), " ")
	}
	println()
	println("fib(30) =", fib(30))
	println("fact(20) =", fact(20))
}
