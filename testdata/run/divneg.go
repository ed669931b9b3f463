package main

// Division and remainder with negative operands truncate toward zero, in all
// widths; -MinInt64 and MinInt/-1 wrap.

func main() {
	vals := []int{7, -7}
	divs := []int{2, -2, 3, -3}
	for _, a := range vals {
		for _, b := range divs {
			println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
		}
	}
	var m int64 = -9223372036854775808
	println("-MinInt64:", -m)
	var d int64 = -1
	println("MinInt64/-1:", m/d, "MinInt64%-1:", m%d)
	var m8 int8 = -128
	var d8 int8 = -1
	println("MinInt8/-1:", m8/d8, "MinInt8%-1:", m8%d8)
	var m32 int32 = -2147483648
	var d32 int32 = -1
	println("MinInt32/-1:", m32/d32, "%:", m32%d32)
	var a8 int8 = -100
	var b8 int8 = 7
	println("int8 -100/7:", a8/b8, "%", a8%b8)
	var a16 int16 = -30000
	var b16 int16 = -7
	println("int16 -30000/-7:", a16/b16, "%", a16%b16)
	var u uint32 = 4000000000
	println("uint32 /7:", u/7, "%7:", u%7)
	var bigu uint64 = 18446744073709551615
	println("uint64 /10:", bigu/10, "%10:", bigu%10)
	// power-of-two divisors (often strength-reduced)
	for _, x := range []int{-9, -8, -1, 0, 1, 8, 9} {
		println(x, "/4:", x/4, "%4:", x%4, "/8:", x/8, "%8:", x%8, ">>2:", x>>2)
	}
	// constant divisors
	for _, x := range []int64{-1000000007, -5, 5, 1000000007} {
		println(x, "/3", x/3, "%3", x%3, "/10", x/10, "%10", x%10, "/-7", x/-7, "%-7", x%-7)
	}
}
