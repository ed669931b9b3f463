// Package-level arrays get their full size (a sized-on-demand type once got 8 bytes).
package main

var ians [18]int
var pass string

func index(t1, t2, t3 int) int { return ((t1*3)+t2)*2 + t3 }

func testi(i int, t1, t2, t3 int) {
	n := ((t1 * 3) + t2) * 2 + t3
	if i != ians[n] {
		print("itest ", t1, t2, t3, pass, " is ", i, " sb ", ians[n], "\n")
	}
}

func main() {
	pass = "con"
	testi(1234, 0, 0, 0)
	testi(int(1234)<<5, 0, 1, 0)
	println(ians[0], ians[2])
}

func init() {
	ians[index(0, 0, 0)] = 1234
	ians[index(0, 1, 0)] = 39488
}
