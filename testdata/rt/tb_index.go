package main

var a = []int{1, 2, 3}

//go:noinline
func f(i int) int {
	return a[i]
}

//go:noinline
func g(i int) int {
	return f(i) + 1
}

//go:noinline
func h(i int) int {
	return g(i) + 1
}

func main() {
	h(5)
}
