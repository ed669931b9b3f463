package main

// Sscanf, Sscan and Sscanln on simple inputs: ints, floats, strings, runes,
// mismatches and counts.

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 go 2.5", "%d %d %s %f", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanf("x=7,y=-3", "x=%d,y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	var h int
	n, err = fmt.Sscanf("ff 0x10 777", "%x %v %o", &h, &a, &b)
	fmt.Println(n, err, h, a, b)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err, a)
	var w1, w2 string
	n, err = fmt.Sscan("hello   world\n next", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var x, y, z int
	n, err = fmt.Sscan("1\n2\n3", &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	n, err = fmt.Sscanln("4 5", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanln("6\n7", &x, &y)
	fmt.Println(n, err, x)
	var r rune
	var bl bool
	n, err = fmt.Sscanf("Z true", "%c %t", &r, &bl)
	fmt.Println(n, err, string(r), bl)
	var u uint8
	n, err = fmt.Sscanf("300", "%d", &u)
	fmt.Println(n, err)
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q", &q)
	fmt.Println(n, err, q)
}
