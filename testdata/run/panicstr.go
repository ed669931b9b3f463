// panicstr: panic with a string value; the output before it still appears.
package main

func check(n int) {
	if n > 2 {
		panic("n is too big")
	}
	println("n ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
