package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var x, y = pair()

func f() int {
	d++
	return d
}

func pair() (int, int) { return a, b }

func main() {
	println(a, b, c, d, x, y)
}
