package main

import "os" // ERROR "package os is not in gocc's standard library"

func main() {
	_ = 1i // ERROR "gocc: complex numbers are not supported yet"
	var c complex128 // ERROR "gocc: complex numbers are not supported yet"
	_ = c
	var x comparable // ERROR "gocc: generics \(the comparable constraint\) are not supported yet"
	_ = x
	_ = os.Args
}
