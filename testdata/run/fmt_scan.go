package main

// Sscan, Sscanln and Sscanf on ints, floats, strings, bools and named types,
// with their error texts and counts.

import "fmt"

type Level int

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var lv Level
	n, err := fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("  -3\n\n  4.5e2 word true 9", &a, &f, &s, &ok, &lv)
	fmt.Println(n, err, a, f, s, ok, lv)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b11", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("300", new(int8))
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=5 y=hello", "x=%d y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &a, &b, &lv)
	fmt.Println(n, err, a, b, lv)
	n, err = fmt.Sscanf("3.25 true", "%f %t", &f, &ok)
	fmt.Println(n, err, f, ok)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d-%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 101", "%x %b", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf(`"q s" rest`, "%q %s", &s, new(string))
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	var r rune
	n, err = fmt.Sscanf("é!", "%c", &r)
	fmt.Println(n, err, r, string(r))
	n, err = fmt.Sscan("1.5", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
}
