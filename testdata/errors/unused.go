package main

import "unsafe" // ERROR "imported and not used: .unsafe."

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	y = 2
	z, w := 1, 2 // ERROR "w declared but not used"
	_ = z
}
