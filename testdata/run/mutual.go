// mutual: mutual recursion, recursion with several parameters, Euclid's
// gcd, Ackermann for small arguments, the Towers of Hanoi move count.
package main

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 8 {
		println("move disk 8 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func main() {
	println(isEven(10), isOdd(7), isEven(7), isOdd(0))
	println(gcd(48, 18), gcd(17, 5), gcd(1071, 462), gcd(0, 9))
	println(ack(2, 3), ack(3, 3))
	println(hanoi(10, "A", "C", "B"))
}
