// divmod: integer division truncates toward zero and the remainder has the
// sign of the dividend, for every sign combination; the most negative int
// divided by -1.
package main

func show(a, b int) {
	println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(6, 3)
	show(-6, 3)
	show(0, -5)
	show(1, 7)
	show(-1, 7)
	min := -1 << 63
	m1 := -1
	println(min/m1, min%m1)
	println(min/2, min%10)
	println(-9/4, -9%4, 9/-4, 9%-4)
}
