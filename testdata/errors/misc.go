package main

import "unsafe"

func main() {
	x := 1
	var p unsafe.Pointer = &x // ERROR "cannot use &x \(value of type \*int\) as type unsafe\.Pointer in variable declaration"
	_ = &3 // ERROR "invalid operation: cannot take address of 3 \(untyped int constant\)"
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	s := "abc"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	var arr [3]int
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = arr[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for len"
	_ = p
}
