package main

// A panic three calls below main: the traceback lists c, b, a, main.

func c(n int) int {
	if n > 2 {
		panic("boom")
	}
	return n
}

func b(n int) int {
	return c(n+1) + 1
}

func a(n int) int {
	x := b(n + 1)
	return x * 2
}

func main() {
	println("start")
	println(a(1))
}
