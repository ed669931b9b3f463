package main

func main() {
	var x int = 1
	println(x<<1., x<<(1+0i), x<<0i, x<<((1+0i)<<x), x<<(0i<<x), x<<(1.<<x))
	var s uint = 2
	var i64 int64 = 1.0 << s
	var u8 uint8 = (4 + 0i) >> s
	println(i64, u8)
}
