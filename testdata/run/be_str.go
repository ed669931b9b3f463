package main

var greeting = "hello"
var count int = 42
var computed = fib(10)
var flag bool
var big uint64 = 1 << 63
var empty string

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func cat(a, b string) string { return a + b }

func init() {
	count++
	println("init", count)
}

func main() {
	s := cat(greeting, ", world")
	println(s, len(s), s[0], s[len(s)-1])
	println(s == "hello, world", s != "hello, world", s < "help", s > "hello", "a" <= "a", "b" >= "c")
	println(greeting == "", empty == "", len(empty))
	println(computed, flag, big, count)
	x := "ab"
	x += "cd"
	println(x, "tab\there", "quote\"q")
	var b byte = x[2]
	println(b)
	print("no newline", 1, true, "\n")
	println()
	var u8 uint8 = 200
	var i16 int16 = -5
	var up uintptr = 7
	println(u8, i16, up)
}

func init() {
	println("second init")
}
