package main

func shl(x, s int) int {
	return x << s
}

func main() {
	println(shl(1, 3))
	println(shl(1, -1))
}
